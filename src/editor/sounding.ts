/**
 * Which ranges of the document are sounding at a given time: a time-sorted set of haps whose
 * source ranges follow the performer's edits. Pure data, used by {@link soundingHighlight}.
 */
import { ChangeSet, type ChangeDesc } from '@codemirror/state';
import type { Seconds, SoundEvent } from '../controls/event.ts';
import type { TextRange } from './text-range.ts';

export type { Seconds };

/**
 * A hap as the app pushes it: when it sounds (audio seconds, from `begin` to `end`) and which
 * characters made it (a view of the one {@link SoundEvent}: its locations are offsets into the
 * document as it was when the code was evaluated).
 */
export type SoundingHap = Readonly<Pick<SoundEvent, 'locations'>> & {
  readonly id: string | number;
  readonly begin: Seconds;
  readonly end: Seconds;
};

/** A hap held by a {@link SoundingSet}: its ranges are offsets into the current document. */
export interface HeldHap {
  readonly id: string | number;
  readonly begin: Seconds;
  readonly end: Seconds;
  readonly ranges: readonly TextRange[];
  /** The evaluation it came from, for {@link SoundingSet.cancel}. */
  readonly evaluation: string | undefined;
}

// Whether every character of `range` was deleted or replaced.
function allChanged(range: TextRange, changes: ChangeDesc): boolean {
  let covered = range.from;
  changes.iterChangedRanges((fromA, toA) => {
    if (fromA <= covered && toA > covered) covered = toA;
  });
  return covered >= range.to;
}

/**
 * Maps a source range through the changes made since its evaluation. Inserting at either edge
 * does not grow the range; a range whose text was deleted is gone (undefined).
 */
export function mapRange(range: TextRange, changes: ChangeDesc): TextRange | undefined {
  if (range.from < 0 || range.to > changes.length || range.from >= range.to) return undefined;
  if (allChanged(range, changes)) return undefined;
  const from = changes.mapPos(range.from, 1);
  const to = changes.mapPos(range.to, -1);
  return from < to ? { from, to } : undefined;
}

function mapHap(hap: HeldHap, changes: ChangeDesc): HeldHap | undefined {
  const ranges: TextRange[] = [];
  for (const range of hap.ranges) {
    const mapped = mapRange(range, changes);
    if (mapped) ranges.push(mapped);
  }
  return ranges.length === 0 ? undefined : { ...hap, ranges };
}

function byBegin(a: HeldHap, b: HeldHap): number {
  return a.begin - b.begin;
}

function merge(sorted: readonly HeldHap[], more: HeldHap[]): HeldHap[] {
  more.sort(byBegin);
  const out: HeldHap[] = [];
  let i = 0;
  let j = 0;
  while (i < sorted.length && j < more.length) {
    const a = sorted[i] as HeldHap;
    const b = more[j] as HeldHap;
    if (a.begin <= b.begin) (out.push(a), i++);
    else (out.push(b), j++);
  }
  while (i < sorted.length) out.push(sorted[i++] as HeldHap);
  while (j < more.length) out.push(more[j++] as HeldHap);
  return out;
}

/**
 * The haps waiting to sound (sorted by begin) and those sounding at {@link SoundingSet.time}.
 * Immutable: every change returns a new set, or the same set when nothing changed.
 */
export class SoundingSet {
  /** Audio time when {@link SoundingSet.active} will next change (Infinity: never). */
  readonly nextChange: Seconds;

  private constructor(
    /** Haps that have not started at {@link SoundingSet.time}, sorted by begin. */
    readonly pending: readonly HeldHap[],
    /** Haps sounding at {@link SoundingSet.time}: `begin <= time < end`. */
    readonly active: readonly HeldHap[],
    /** The time of the last {@link SoundingSet.advance}. */
    readonly time: Seconds,
  ) {
    let next = pending[0]?.begin ?? Infinity;
    for (const hap of active) next = Math.min(next, hap.end);
    this.nextChange = next;
  }

  /** No haps, at time -Infinity. */
  static readonly empty: SoundingSet = new SoundingSet([], [], -Infinity);

  /** Adds haps; those already over at {@link SoundingSet.time} are dropped. */
  add(haps: readonly HeldHap[]): SoundingSet {
    const live = haps.filter((hap) => hap.end > this.time && hap.end > hap.begin && hap.ranges.length > 0);
    if (live.length === 0) return this;
    const started = live.filter((hap) => hap.begin <= this.time);
    const waiting = live.filter((hap) => hap.begin > this.time);
    return new SoundingSet(merge(this.pending, waiting), [...this.active, ...started], this.time);
  }

  /** The set at audio time `time`: started haps become active, finished ones leave. */
  advance(time: Seconds): SoundingSet {
    // A clock that went back (a new audio context): sort everything again from the new time.
    if (time < this.time) return SoundingSet.empty.add([...this.active, ...this.pending]).advance(time);
    if (time < this.nextChange) return time === this.time ? this : new SoundingSet(this.pending, this.active, time);
    const active = this.active.filter((hap) => hap.end > time);
    let started = 0;
    while (started < this.pending.length && (this.pending[started] as HeldHap).begin <= time) {
      const hap = this.pending[started++] as HeldHap;
      if (hap.end > time) active.push(hap);
    }
    return new SoundingSet(this.pending.slice(started), active, time);
  }

  /** Moves every range through document changes, dropping haps whose text is all gone. */
  map(changes: ChangeDesc): SoundingSet {
    if (changes.empty) return this;
    const mapAll = (haps: readonly HeldHap[]): HeldHap[] =>
      haps.map((hap) => mapHap(hap, changes)).filter((hap): hap is HeldHap => hap !== undefined);
    return new SoundingSet(mapAll(this.pending), mapAll(this.active), this.time);
  }

  /**
   * Forgets the haps that begin at or after `after` (from evaluation `evaluation` only, when
   * given): the audio engine was told to cancel them.
   */
  cancel(after: Seconds, evaluation?: string): SoundingSet {
    const keep = (hap: HeldHap): boolean =>
      hap.begin < after || (evaluation !== undefined && hap.evaluation !== evaluation);
    return new SoundingSet(this.pending.filter(keep), this.active.filter(keep), this.time);
  }

  /** Forgets the haps `ids` names (the engine could not play them: they must not light). */
  drop(ids: ReadonlySet<string | number>): SoundingSet {
    const keep = (hap: HeldHap): boolean => !ids.has(hap.id);
    return new SoundingSet(this.pending.filter(keep), this.active.filter(keep), this.time);
  }

  /** The ranges lit now: each once, sorted by `from` then `to`. */
  litRanges(): TextRange[] {
    const seen = new Set<string>();
    const ranges: TextRange[] = [];
    for (const hap of this.active) {
      for (const range of hap.ranges) {
        const key = `${range.from}:${range.to}`;
        if (seen.has(key)) continue;
        seen.add(key);
        ranges.push(range);
      }
    }
    return ranges.sort((a, b) => a.from - b.from || a.to - b.to);
  }
}

/**
 * Documents as they were evaluated: for each evaluation name, the changes made since, so that
 * offsets into the evaluated code can be moved into the current document. Keeps the `limit`
 * most recently marked names.
 */
export class EvaluationSnapshots {
  private constructor(
    private readonly since: ReadonlyMap<string, ChangeDesc>,
    private readonly limit: number,
  ) {}

  /** No evaluations, remembering at most `limit`. */
  static empty(limit = 64): EvaluationSnapshots {
    return new EvaluationSnapshots(new Map(), limit);
  }

  /** Remembers the document of length `length` as evaluation `name` (replacing an older one). */
  mark(name: string, length: number): EvaluationSnapshots {
    const since = new Map(this.since);
    since.delete(name);
    since.set(name, ChangeSet.empty(length).desc);
    for (const oldest of since.keys()) {
      if (since.size <= this.limit) break;
      since.delete(oldest);
    }
    return new EvaluationSnapshots(since, this.limit);
  }

  /** Records changes made to the current document. */
  map(changes: ChangeDesc): EvaluationSnapshots {
    if (changes.empty || this.since.size === 0) return this;
    const since = new Map<string, ChangeDesc>();
    for (const [name, desc] of this.since) since.set(name, desc.composeDesc(changes));
    return new EvaluationSnapshots(since, this.limit);
  }

  /** The changes made since evaluation `name`, or undefined if it is not remembered. */
  changesSince(name: string): ChangeDesc | undefined {
    return this.since.get(name);
  }
}

/**
 * A pushed hap as a {@link SoundingSet} holds it: its locations moved through `changes`, the
 * changes made since its code was evaluated (an empty change set of the current length when
 * the locations are current offsets). Undefined when none of its text is left.
 */
export function holdHap(hap: SoundingHap, changes: ChangeDesc, evaluation?: string): HeldHap | undefined {
  const ranges: TextRange[] = [];
  for (const { start, end } of hap.locations) {
    const range = mapRange({ from: start, to: end }, changes);
    if (range) ranges.push(range);
  }
  if (ranges.length === 0) return undefined;
  return { id: hap.id, begin: hap.begin, end: hap.end, ranges, evaluation };
}
