/**
 * The one place that lists where weft deliberately differs from Strudel on a conformance case,
 * each with its reason. conformance.test.ts compares such a case against the documented
 * expectation instead of Strudel's output, or skips it and shows the reason.
 */

/** How a case is judged when weft deliberately differs from Strudel. */
export interface DeliberateDifference {
  /** Why weft differs: e.g. a Strudel bug, with what Strudel does and what weft does instead. */
  reason: string;
  /**
   * Strudel code whose events weft's events must equal instead of the case's own (e.g. the
   * case written without the construct Strudel gets wrong). Without it, the case is skipped.
   */
  expectedCode?: string;
}

/** Deliberate differences, by case name (see cases.ts). */
export const differences: Readonly<Record<string, DeliberateDifference>> = {};
