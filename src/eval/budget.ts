/**
 * How long performer code may take to evaluate. Two limits, so that a program that is merely slow
 * is told from one that hangs:
 *
 * 1. {@link evaluationBudget}: `evaluate` runs the code's top level inside it with its loop guard,
 *    so a loop still running then throws a located `LoopError` ("this loop ran for more than 1 s").
 *    It grows with the code: a real 1.1 MB program runs its top level for about 0.8 s here
 *    (2.3 s for the whole evaluation on a slower machine) and gets 6.5 s.
 * 2. {@link hardEvaluationLimit}: for an outer watchdog (the runtime's), which cannot tell where
 *    the code was and can only stop it. It must be larger than the budget, so that the loop guard
 *    speaks first whenever it can, and it covers the whole evaluation (parsing, rewriting, type
 *    stripping, running): what it catches is a hang that no loop guard sees, such as a builtin
 *    working through an enormous array (`new Array(3e7).fill(0).sort()` again and again).
 */

/** The base of {@link evaluationBudget}, in milliseconds. */
export const BASE_BUDGET = 1000;
/** What each 1,000 characters of code add to {@link evaluationBudget}, in milliseconds. */
export const BUDGET_PER_KB = 5;

/**
 * How long (ms) the top level of `code` may run loops before the loop guard stops it: 1 s, plus
 * 5 ms for every 1,000 characters (6.5 s for 1.1 MB of code).
 */
export function evaluationBudget(code: string): number {
  return BASE_BUDGET + (BUDGET_PER_KB * code.length) / 1000;
}

/**
 * How long (ms) an outer watchdog should let the whole evaluation of `code` run before it stops
 * it: twice {@link evaluationBudget} plus 1 s (3 s for small code, 14 s for 1.1 MB). See the
 * module comment: only a hang that no loop guard can see should ever reach it.
 */
export function hardEvaluationLimit(code: string): number {
  return 2 * evaluationBudget(code) + 1000;
}
