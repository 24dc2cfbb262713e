/**
 * Live highlighting of the characters that are sounding: the app pushes haps (audio times and
 * source locations) and gives a clock; each location is marked while the clock is inside the
 * hap, redrawn at display rate, and the marks follow the performer's edits.
 */
import { ChangeSet, Facet, StateEffect, StateField, type EditorState, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { EvaluationSnapshots, holdHap, SoundingSet, type HeldHap, type Seconds, type SoundingHap } from './sounding.ts';
import type { TextRange } from './text-range.ts';

/** A batch of haps to light, with the evaluation their locations refer to. */
export interface SoundingBatch {
  /**
   * The name given to {@link markEvaluated} when their code was evaluated: their locations are
   * offsets into the document as it was then. Without it they are offsets into the current
   * document. Haps of a name not (or no longer) remembered are ignored.
   */
  readonly evaluation?: string;
  readonly haps: readonly SoundingHap[];
}

/** What {@link soundingHighlight} needs from the app. */
export interface SoundingHighlightConfig {
  /** The audio clock, in the seconds of {@link SoundingHap.begin} and {@link SoundingHap.end}. */
  readonly now: () => Seconds;
}

/**
 * Remembers the document as it is now under a name (e.g. a block's label), so that haps from
 * code evaluated now can be placed after later edits. Dispatch it when the code is sent for
 * evaluation; a name marked again forgets the older document.
 */
export const markEvaluated = StateEffect.define<string>();

/** Adds haps to light while they sound. */
export const addSoundingHaps = StateEffect.define<SoundingBatch>();

/**
 * Forgets haps beginning at or after `after` (of evaluation `evaluation` only, when given), as
 * when the audio engine is told to cancel them for a new evaluation.
 */
export const cancelSoundingHaps = StateEffect.define<{ readonly after: Seconds; readonly evaluation?: string }>();

/** Forgets the haps of these ids: the engine cannot play them (an unknown sound), so they do not light. */
export const dropSoundingHaps = StateEffect.define<ReadonlySet<string | number>>();

/** Forgets every hap (on stop). */
export const clearSoundingHaps = StateEffect.define<null>();

/** Moves the highlights to an audio time; the display loop of {@link soundingHighlight} sends it. */
export const advanceSounding = StateEffect.define<Seconds>();

/** The configuration of {@link soundingHighlight}; the first one given wins. */
export const soundingHighlightConfig = Facet.define<SoundingHighlightConfig, SoundingHighlightConfig | undefined>({
  combine: (values) => values[0],
});

interface Sounding {
  readonly set: SoundingSet;
  readonly snapshots: EvaluationSnapshots;
  /** The lit ranges as a string, to tell when they change. */
  readonly key: string;
  readonly marks: DecorationSet;
}

const soundingMark = Decoration.mark({ class: 'cm-weft-sounding' });

function withMarks(sounding: Sounding, set: SoundingSet, moved: boolean): Sounding {
  if (set.active === sounding.set.active && !moved) return { ...sounding, set };
  const ranges = set.litRanges();
  const key = ranges.map((r) => `${r.from}:${r.to}`).join(' ');
  if (key === sounding.key && !moved) return { ...sounding, set };
  const marks = Decoration.set(ranges.map((r) => soundingMark.range(r.from, r.to)));
  return { ...sounding, set, key, marks };
}

function held(length: number, snapshots: EvaluationSnapshots, batch: SoundingBatch): HeldHap[] {
  const changes =
    batch.evaluation === undefined ? ChangeSet.empty(length).desc : snapshots.changesSince(batch.evaluation);
  if (!changes) return [];
  const haps: HeldHap[] = [];
  for (const hap of batch.haps) {
    const one = holdHap(hap, changes, batch.evaluation);
    if (one) haps.push(one);
  }
  return haps;
}

/** The haps and their marks. */
export const soundingField = StateField.define<Sounding>({
  create: () => ({ set: SoundingSet.empty, snapshots: EvaluationSnapshots.empty(), key: '', marks: Decoration.none }),
  update(sounding, tr) {
    let set = sounding.set;
    let snapshots = sounding.snapshots;
    if (tr.docChanged) {
      set = set.map(tr.changes);
      snapshots = snapshots.map(tr.changes);
    }
    for (const effect of tr.effects) {
      if (effect.is(markEvaluated)) snapshots = snapshots.mark(effect.value, tr.newDoc.length);
      else if (effect.is(addSoundingHaps)) set = set.add(held(tr.newDoc.length, snapshots, effect.value));
      else if (effect.is(cancelSoundingHaps)) set = set.cancel(effect.value.after, effect.value.evaluation);
      else if (effect.is(dropSoundingHaps)) set = set.drop(effect.value);
      else if (effect.is(clearSoundingHaps)) set = SoundingSet.empty;
      else if (effect.is(advanceSounding)) set = set.advance(effect.value);
    }
    if (set === sounding.set && snapshots === sounding.snapshots) return sounding;
    return withMarks({ ...sounding, snapshots }, set, tr.docChanged);
  },
  provide: (field) => EditorView.decorations.from(field, (sounding) => sounding.marks),
});

/** The ranges of the document lit in `state` (empty without {@link soundingHighlight}). */
export function soundingRanges(state: EditorState): readonly TextRange[] {
  return state.field(soundingField, false)?.set.litRanges() ?? [];
}

// Reads the clock once a frame and advances the highlights when a hap starts or ends.
const displayLoop = ViewPlugin.fromClass(
  class {
    private frame = 0;

    constructor(private readonly view: EditorView) {
      this.schedule();
    }

    update(update: ViewUpdate): void {
      if (update.startState.field(soundingField) !== update.state.field(soundingField)) this.schedule();
    }

    private schedule(): void {
      if (this.frame !== 0 || this.view.state.field(soundingField).set.nextChange === Infinity) return;
      this.frame = requestAnimationFrame(this.tick);
    }

    private readonly tick = (): void => {
      this.frame = 0;
      const config = this.view.state.facet(soundingHighlightConfig);
      const sounding = this.view.state.field(soundingField);
      if (config) {
        const now = config.now();
        if (now >= sounding.set.nextChange) this.view.dispatch({ effects: advanceSounding.of(now) });
      }
      this.schedule();
    };

    destroy(): void {
      if (this.frame !== 0) cancelAnimationFrame(this.frame);
    }
  },
);

const soundingTheme = EditorView.baseTheme({
  '.cm-weft-sounding': {
    outline: '2px solid #ffd23f',
    borderRadius: '2px',
    backgroundColor: '#ffd23f38',
  },
});

/**
 * Lights each source location of the haps pushed with {@link addSoundingHaps} while
 * `config.now()` is in `[begin, end)`. Haps wait in a time-sorted set; the marks are rebuilt only
 * when the lit ranges change, and they move with edits (text that was deleted goes dark).
 *
 * @example
 * soundingHighlight({ now: () => audioContext.currentTime })
 */
export function soundingHighlight(config: SoundingHighlightConfig): Extension {
  return [soundingHighlightConfig.of(config), soundingField, displayLoop, soundingTheme];
}

/** Pushes haps to an editor with {@link soundingHighlight} (see {@link SoundingBatch}). */
export function pushSoundingHaps(view: EditorView, haps: readonly SoundingHap[], evaluation?: string): void {
  view.dispatch({ effects: addSoundingHaps.of(evaluation === undefined ? { haps } : { evaluation, haps }) });
}
