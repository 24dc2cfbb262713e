/**
 * Live highlighting, wired: the runtime's scheduled haps go into the {@link HapWindow} and, with
 * their locations moved into the current document, to the editor's sounding highlight; the
 * runtime's cancels take back exactly the haps of the blocks they name.
 */
import type { StateEffect } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { addSoundingHaps, cancelSoundingHaps, clearSoundingHaps, dropSoundingHaps, type SoundingHap, type TextRange } from '../editor/index.ts';
import type { CodeRange, Seconds, SoundEvent } from '../audio/index.ts';
import { HapWindow, type WindowCancel, type WindowHap } from './hap-window.ts';
import { soundPlaces } from './sound-places.ts';
import { SourceTracker } from './source-tracker.ts';

/** A scheduled hap as the runtime reports it (a view of the one {@link SoundEvent}), with the key of the evaluation that made it. */
export type ScheduledHap = Readonly<Pick<SoundEvent, 'id' | 'time' | 'duration' | 'block' | 'locations' | 'controls'>> & { readonly key?: string };

/** A batch of scheduled haps with the cancels to apply first, as the runtime reports them. */
export interface ScheduledBatch {
  readonly cancels: readonly WindowCancel[];
  readonly haps: readonly ScheduledHap[];
}

/** How many evaluations may wait for the store to play them before the oldest is forgotten. */
const MAX_WAITING = 16;

/**
 * Connects the runtime's haps to an editor with `soundingHighlight` and keeps the
 * {@link HapWindow} the visuals draw. Each evaluation sent from this view gets a key
 * ({@link LiveHighlights.sent}), with the document as it was then; a hap is lit when it carries a
 * key of this view, placed by that document, whenever it arrives (before the evaluation's answer
 * too), and ignored otherwise (another view's code, or an evaluation forgotten).
 */
export class LiveHighlights {
  readonly window: HapWindow;
  readonly tracker = new SourceTracker();
  /** Keys of this view's evaluations, unique among views. */
  private readonly prefix: string;
  private next = 1;
  /** Keys sent and not yet played by the store, oldest first (a quantized swap waits for its cycle). */
  private waiting: string[] = [];
  /** Keys of this view that the store plays or falls back on (from the runtime's state). */
  private playing = new Set<string>();
  /** The visual calls of each evaluation (`"start:end"`): places its haps carry that are not lit. */
  private readonly visualCalls = new Map<string, ReadonlySet<string>>();
  /** Sound names the engine does not know (since the last evaluation): their haps do not light. */
  private readonly silent = new Set<string>();

  constructor(
    private readonly view: EditorView,
    private readonly now: () => Seconds,
    window = new HapWindow(),
  ) {
    this.window = window;
    this.prefix = `${Math.random().toString(36).slice(2, 10)}:`;
  }

  /** Code is being sent for evaluation now: remembers the document; returns the evaluation's key. */
  sent(): string {
    const key = `${this.prefix}${this.next++}`;
    this.tracker.mark(key, this.view.state.doc.length);
    this.waiting.push(key);
    if (this.waiting.length > MAX_WAITING) this.waiting.shift();
    return key;
  }

  /**
   * Evaluation `key` has visual calls at `calls` (offsets into the code sent): its haps carry
   * them among their locations, to be drawn by those visuals, not lit.
   */
  placed(key: string, calls: readonly CodeRange[]): void {
    if (calls.length > 0) this.visualCalls.set(key, new Set(calls.map((c) => `${c.start}:${c.end}`)));
  }

  /** Evaluation `key` failed: nothing of it plays. */
  failed(key: string): void {
    this.waiting = this.waiting.filter((k) => k !== key);
    this.forget();
  }

  /**
   * The keys the store plays or falls back on now (of every view: see `keysOf` in the runtime's
   * mirror); the documents of this view's other evaluations are forgotten once no hap needs them.
   */
  played(keys: ReadonlySet<string>): void {
    this.playing = new Set([...keys].filter((k) => k.startsWith(this.prefix)));
    this.waiting = this.waiting.filter((k) => !this.playing.has(k));
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
      const evaluation = hap.key;
      if (evaluation === undefined || !this.tracker.has(evaluation)) continue;
      fresh.push({ id: hap.id, time: hap.time, duration: hap.duration, block: hap.block ?? '', evaluation, locations: hap.locations, controls: hap.controls });
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

  /**
   * The engine does not know sound `name` (it reported event `eventId`): the haps that name it
   * stop lighting, now and until {@link LiveHighlights.unsilence}. Returns where that event
   * names the sound in the current document (empty when the event is not this view's).
   */
  silence(name: string, eventId?: number): TextRange[] {
    if (!this.silent.has(name)) {
      this.silent.add(name);
      const ids = new Set(this.window.haps().filter((h) => soundOf(h.controls) === name).map((h) => h.id));
      if (ids.size > 0) this.view.dispatch({ effects: dropSoundingHaps.of(ids) });
    }
    return this.placesOf(eventId, name);
  }

  /**
   * Where event `eventId` names `name` (a sound, a bank, a file) in the current document: those
   * of its places whose text is the name, else (or with no name) all of them; empty when the
   * event is not this view's.
   */
  placesOf(eventId: number | undefined, name?: string): TextRange[] {
    const hap = eventId === undefined ? undefined : this.window.haps().find((h) => h.id === eventId);
    if (hap === undefined) return [];
    const doc = this.view.state.doc;
    const ranges = this.rangesOf(hap);
    if (name === undefined) return ranges;
    const places = soundPlaces((from, to) => doc.sliceString(from, to), ranges.map((r) => ({ start: r.from, end: r.to })), name);
    return places.map((p) => ({ from: p.start, to: p.end }));
  }

  /** Lights every sound again (a new evaluation, or new samples declared: the engine reports what it still does not know). */
  unsilence(): void {
    this.silent.clear();
  }

  /** Forgets every hap (on stop). */
  clear(): void {
    this.window.clear();
    this.view.dispatch({ effects: clearSoundingHaps.of(null) });
  }

  /** Where a hap's code is in the current document (empty when it was deleted). */
  rangesOf(hap: WindowHap): TextRange[] {
    const calls = this.visualCalls.get(hap.evaluation);
    const locations = calls === undefined ? hap.locations : hap.locations.filter((l) => !calls.has(`${l.start}:${l.end}`));
    return this.tracker.toCurrent(hap.evaluation, locations);
  }

  private toEditor(hap: WindowHap): SoundingHap | undefined {
    if (this.silent.size > 0 && this.silent.has(soundOf(hap.controls) ?? '')) return undefined;
    const ranges = this.rangesOf(hap);
    if (ranges.length === 0) return undefined;
    return { id: hap.id, begin: hap.time, end: hap.time + hap.duration, locations: ranges.map((r) => ({ start: r.from, end: r.to })) };
  }

  /** Forgets the documents of evaluations nothing refers to any more. */
  private forget(): void {
    const used = this.window.evaluations();
    for (const key of this.playing) used.add(key);
    for (const key of this.waiting) used.add(key);
    this.tracker.retain(used);
    for (const key of [...this.visualCalls.keys()]) if (!used.has(key)) this.visualCalls.delete(key);
  }
}

/** The sound name a hap's controls give the engine (`s` without its `:n`, after its `bank` and `_`), if any. */
function soundOf(controls: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const s = controls?.['s'];
  const name = typeof s === 'string' ? s.split(':')[0]?.trim() : undefined;
  const bank = controls?.['bank'];
  return name !== undefined && typeof bank === 'string' && bank !== '' ? `${bank}_${name}` : name;
}
