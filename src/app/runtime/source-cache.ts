/**
 * What the runtime knows of one pattern that lives in the performer realm (a block of one
 * evaluation): the onsets the realm sent for a contiguous window of cycles, and where, if
 * anywhere, the realm said it fails. Its {@link SourceCache.pattern} is what the scheduler
 * plays: it answers from what is known, and the scheduler's horizon keeps it from asking more.
 */
import type { Hap } from '../../pattern/hap.ts';
import { Pattern } from '../../pattern/pattern.ts';
import type { Rational } from '../../pattern/rational.ts';
import type { CodeError } from './messages.ts';

/** Which pattern of which evaluation: the index of a block, or -1 for code with no block. */
export interface SourceKey {
  readonly entry: number;
  readonly index: number;
}

/** Where a pattern fails: from which cycle on, and the error (located in the document). */
export interface SourceFailure {
  readonly at: Rational;
  readonly error: CodeError;
}

/** The index of the first hap whose onset is at or after `t` (haps in onset order). */
function firstAtOrAfter(haps: readonly Hap<unknown>[], t: Rational): number {
  let lo = 0;
  let hi = haps.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (haps[mid]!.begin().lt(t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The known onsets of one pattern of the performer realm. */
export class SourceCache implements SourceKey {
  readonly entry: number;
  readonly index: number;
  /** What the scheduler plays: the known onsets of the span it asks for. */
  readonly pattern: Pattern<unknown>;
  /** Onsets are known for `[from, to)`; nothing is known when undefined. */
  private known: { from: Rational; to: Rational } | undefined;
  private haps: Hap<unknown>[] = [];
  /** Set once the realm said the pattern fails from a window on: nothing is asked from there. */
  failure: SourceFailure | undefined;
  /** The end of the windows asked for and not answered yet (the next window starts there). */
  asked: Rational | undefined;
  /** Queries for spans not known (each a bug: they are answered with what is known). */
  misses = 0;

  constructor(key: SourceKey) {
    this.entry = key.entry;
    this.index = key.index;
    this.pattern = new Pattern((state) => this.onsets(state.span.begin, state.span.end));
  }

  /** The first cycle whose onsets are not known (undefined: none are). */
  get to(): Rational | undefined {
    return this.known?.to;
  }

  /** How far the scheduler may play this pattern: to the end of what is known, or to where it fails. */
  coverage(): Rational | undefined {
    const to = this.known?.to;
    const failed = this.failure?.at;
    if (to === undefined || failed === undefined) return to;
    return failed.lt(to) ? failed : to;
  }

  /** True when the onsets of `[from, to)` are known. */
  covers(from: Rational, to: Rational): boolean {
    return this.known !== undefined && this.known.from.lte(from) && to.lte(this.known.to);
  }

  /** Forgets everything known; knowledge starts again at cycle `at` (nothing known yet). */
  reset(at: Rational): void {
    this.known = { from: at, to: at };
    this.haps = [];
    this.asked = undefined;
  }

  /** Counts the truncations: an answer to a query asked before the last one is stale. */
  generation = 0;

  /** Forgets the onsets from cycle `at` on (they change: a slider moved); they are asked again from there. */
  truncate(at: Rational): void {
    this.generation++;
    this.asked = undefined;
    if (this.known === undefined || !at.lt(this.known.to)) return;
    const cut = at.lt(this.known.from) ? this.known.from : at;
    this.haps.splice(firstAtOrAfter(this.haps, cut));
    this.known = { from: this.known.from, to: cut };
  }

  /** Forgets everything (the pattern no longer plays). */
  clear(): void {
    this.known = undefined;
    this.haps = [];
    this.asked = undefined;
  }

  /**
   * Adds the onsets of `[from, to)`, which must continue what is known (or start it); haps whose
   * onsets lie outside the window, or that end before they start, are left out.
   */
  add(from: Rational, to: Rational, haps: readonly Hap<unknown>[]): void {
    if (this.known === undefined || !this.known.to.eq(from)) this.reset(from);
    const kept = haps.filter((h) => {
      const begin = h.begin();
      return begin.gte(from) && begin.lt(to) && h.whole !== undefined && h.whole.end.gte(begin);
    });
    kept.sort((a, b) => a.begin().compare(b.begin()));
    for (const hap of kept) this.haps.push(hap);
    this.known = { from: this.known?.from ?? from, to };
  }

  /** Forgets the onsets before cycle `t` (they are played). */
  dropBefore(t: Rational): void {
    if (this.known === undefined || !this.known.from.lt(t)) return;
    const cut = t.lt(this.known.to) ? t : this.known.to;
    this.haps.splice(0, firstAtOrAfter(this.haps, cut));
    this.known = { from: cut, to: this.known.to };
  }

  /** The known onsets in `[from, to)`. */
  onsets(from: Rational, to: Rational): Hap<unknown>[] {
    if (!this.covers(from, to)) this.misses++;
    return this.haps.slice(firstAtOrAfter(this.haps, from), firstAtOrAfter(this.haps, to));
  }
}
