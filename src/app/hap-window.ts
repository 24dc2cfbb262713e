/**
 * The haps around now: those scheduled ahead (up to the runtime's lookahead) and those that
 * sounded in the last few seconds, each with the evaluation its locations refer to. The
 * highlights and the pianoroll read it; the runtime's cancels remove what will not sound.
 */
import type { Seconds, SoundEvent } from '../audio/index.ts';

/** A scheduled hap, as the app keeps it: a view of the one {@link SoundEvent}. */
export type WindowHap = Readonly<Pick<SoundEvent, 'id' | 'time' | 'duration' | 'locations' | 'controls'>> & {
  /** The block that made it (`''` for unlabelled code). */
  readonly block: string;
  /** The evaluation whose code its locations are offsets into. */
  readonly evaluation: string;
};

/** Haps that will not sound after all: those of `block` (of every block when absent) after `time`. */
export interface WindowCancel {
  readonly time: Seconds;
  readonly block?: string;
}

/** How long haps are kept after they end, for the pianoroll's past. */
export const DEFAULT_KEEP: Seconds = 8;

/** The haps of the last {@link DEFAULT_KEEP} seconds and the scheduled ones, sorted by time. */
export class HapWindow {
  private list: WindowHap[] = [];

  constructor(private readonly keep: Seconds = DEFAULT_KEEP) {}

  /** Every hap held, sorted by start time. */
  haps(): readonly WindowHap[] {
    return this.list;
  }

  /**
   * Removes the haps a cancel covers (start strictly after its time, of its block); returns
   * those removed.
   */
  cancel(cancel: WindowCancel): WindowHap[] {
    const removed: WindowHap[] = [];
    const kept: WindowHap[] = [];
    for (const hap of this.list) {
      if (hap.time > cancel.time && (cancel.block === undefined || hap.block === cancel.block)) removed.push(hap);
      else kept.push(hap);
    }
    if (removed.length > 0) this.list = kept;
    return removed;
  }

  /** Adds haps (a hap already held, by id, is replaced). */
  add(haps: readonly WindowHap[]): void {
    if (haps.length === 0) return;
    const ids = new Set(haps.map((h) => h.id));
    const merged = this.list.filter((h) => !ids.has(h.id)).concat(haps);
    merged.sort((a, b) => a.time - b.time || a.id - b.id);
    this.list = merged;
  }

  /** Forgets the haps that ended more than the keep time before `now`. */
  prune(now: Seconds): void {
    const limit = now - this.keep;
    if (this.list.length === 0 || this.list.every((h) => h.time + h.duration >= limit)) return;
    this.list = this.list.filter((h) => h.time + h.duration >= limit);
  }

  /** Forgets every hap. */
  clear(): void {
    this.list = [];
  }

  /** The haps that start at or after `from`, in order. */
  from(time: Seconds): WindowHap[] {
    return this.list.filter((h) => h.time >= time);
  }

  /** The evaluations that held haps refer to. */
  evaluations(): Set<string> {
    return new Set(this.list.map((h) => h.evaluation));
  }
}
