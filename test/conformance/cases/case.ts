/** One piece of performer code that both engines must agree on. */
export interface ConformanceCase {
  /** Unique across the suite; says what the case exercises. */
  name: string;
  /** Performer code, as typed in Strudel's REPL. */
  code: string;
  /** How many cycles to compare, from 0; 8 by default and never fewer. */
  cycles?: number;
  /**
   * Query both engines in windows of this many cycles, one after the other, as they play (see the
   * oracle's `window` option); one query of all the cycles by default.
   */
  window?: number;
}

/** Cases that exercise one feature, e.g. "time" or "mini-notation". */
export interface CaseGroup {
  feature: string;
  cases: readonly ConformanceCase[];
}

/** The fewest cycles a case is compared over, and the default. */
export const MIN_CYCLES = 8;

/** Shorthand for a case. */
export function conformance(name: string, code: string, cycles?: number): ConformanceCase {
  return cycles === undefined ? { name, code } : { name, code, cycles };
}

/** Shorthand for a case queried one cycle at a time, as it plays (see {@link ConformanceCase.window}). */
export function played(name: string, code: string, cycles?: number): ConformanceCase {
  return { ...conformance(name, code, cycles), window: 1 };
}
