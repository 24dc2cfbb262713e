/**
 * Live highlighting, wired: the runtime's scheduled haps go into the {@link HapWindow} and, with
 * their locations moved into the current document, to the editor's sounding highlight; the
 * runtime's cancels take back exactly the haps of the blocks they name.
 */
import type { StateEffect } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { addSoundingHaps, cancelSoundingHaps, clearSoundingHaps, type SoundingHap } from '../editor/index.ts';
import type { Seconds } from '../audio/index.ts';
import { HapWindow, type WindowCancel, type WindowHap } from './hap-window.ts';
import { SourceTracker, type DocRange } from './source-tracker.ts';

/** A scheduled hap as the runtime reports it. */
export interface ScheduledHap {
  readonly id: number;
  readonly time: Seconds;
  readonly duration: Seconds;
  readonly block?: string;
  readonly locations: readonly { readonly start: number; readonly end: number }[];
  readonly controls: Readonly<Record<string, unknown>>;
}

/** A batch of scheduled haps with the cancels to apply first, as the runtime reports them. */
export interface ScheduledBatch {
  readonly cancels: readonly WindowCancel[];
  readonly haps: readonly ScheduledHap[];
}

/**
 * Connects the runtime's haps to an editor with `soundingHighlight` and keeps the
 * {@link HapWindow} the visuals draw. Tell it when code is sent ({@link LiveHighlights.sent}) and
 * what the evaluation gave, so each block's haps are placed by the code that made them.
 */
export class LiveHighlights {
  readonly window: HapWindow;
  readonly tracker = new SourceTracker();
  private next = 1;
  /** The evaluation whose code each playing block (by its unique label) comes from. */
  private readonly blocks = new Map<string, string>();
  private readonly waiting = new Set<string>();

  constructor(
    private readonly view: EditorView,
    private readonly now: () => Seconds,
    window = new HapWindow(),
  ) {
    this.window = window;
  }

  /** Code is being sent for evaluation now: remembers the document; returns the evaluation's name. */
  sent(): string {
    const name = `e${this.next++}`;
    this.tracker.mark(name, this.view.state.doc.length);
    this.waiting.add(name);
    return name;
  }

  /**
   * Evaluation `name` set the blocks `labels`; a whole-document evaluation (`whole`) replaced every
   * block, a block evaluation only the ones it names.
   */
  evaluated(name: string, labels: readonly string[], whole: boolean): void {
    this.waiting.delete(name);
    if (whole) this.blocks.clear();
    for (const label of labels) this.blocks.set(label, name);
    this.forget();
  }

  /** Evaluation `name` failed: nothing of it plays. */
  failed(name: string): void {
    this.waiting.delete(name);
    this.forget();
  }

  /**
   * Code from elsewhere (another view) now plays as the blocks `labels` (every block when
   * absent): their new haps are not this view's to light. Haps already held stay until the
   * runtime's cancels take them back.
   */
  disown(labels?: readonly string[]): void {
    if (labels === undefined) this.blocks.clear();
    else for (const label of labels) this.blocks.delete(label);
    this.forget();
  }

  /** Takes a batch from the runtime: cancels first, then the new haps. */
  receive(batch: ScheduledBatch): void {
    let after = Infinity;
    for (const cancel of batch.cancels) {
      if (this.window.cancel(cancel).length > 0 || cancel.block === undefined) after = Math.min(after, cancel.time);
    }
    const fresh: WindowHap[] = [];
    for (const hap of batch.haps) {
      const block = hap.block ?? '';
      const evaluation = this.blocks.get(block);
      if (evaluation === undefined) continue;
      fresh.push({ id: hap.id, time: hap.time, duration: hap.duration, block, evaluation, locations: hap.locations, controls: hap.controls });
    }
    this.window.add(fresh);
    this.window.prune(this.now());
    const effects: StateEffect<unknown>[] = [];
    let lit: readonly WindowHap[] = fresh;
    if (after < Infinity) {
      // The editor cancels by time only: take back everything from there, then give back the rest.
      effects.push(cancelSoundingHaps.of({ after }));
      lit = this.window.from(after);
    }
    const haps = lit.map((h) => this.toEditor(h)).filter((h): h is SoundingHap => h !== undefined);
    if (haps.length > 0) effects.push(addSoundingHaps.of({ haps }));
    if (effects.length > 0) this.view.dispatch({ effects });
  }

  /** Forgets every hap (on stop). */
  clear(): void {
    this.window.clear();
    this.view.dispatch({ effects: clearSoundingHaps.of(null) });
  }

  /** Where a hap's code is in the current document (empty when it was deleted). */
  rangesOf(hap: WindowHap): DocRange[] {
    return this.tracker.toCurrent(hap.evaluation, hap.locations);
  }

  private toEditor(hap: WindowHap): SoundingHap | undefined {
    const ranges = this.rangesOf(hap);
    if (ranges.length === 0) return undefined;
    return { id: hap.id, begin: hap.time, end: hap.time + hap.duration, locations: ranges.map((r) => ({ start: r.from, end: r.to })) };
  }

  /** Forgets the documents of evaluations nothing refers to any more. */
  private forget(): void {
    const used = this.window.evaluations();
    for (const name of this.blocks.values()) used.add(name);
    for (const name of this.waiting) used.add(name);
    this.tracker.retain(used);
  }
}
