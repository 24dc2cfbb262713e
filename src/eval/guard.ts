/**
 * Loop guards: every loop in performer code calls its runtime's check once per iteration (the
 * rewrite puts the call there, see `rewrite-loops.ts`), and the check throws a {@link LoopError}
 * located at the loop once the deadline of the running evaluation or query has passed. Outside
 * {@link LoopGuard.within} there is no deadline, so loops in performer code cost a counter.
 */
import type { CodeRange } from '../audio/protocol.ts';

/** How many iterations pass between two looks at the clock (a power of two). */
export const CHECK_EVERY = 1024;

// Taken once, so that performer code replacing `performance.now` cannot stop the clock.
const performanceNow: () => number = (() => {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  if (perf !== undefined && typeof perf.now === 'function') return perf.now.bind(perf);
  return Date.now;
})();

/**
 * A loop in performer code that ran past the deadline of the evaluation or query it ran in.
 * `locations` holds the loop's head (from its keyword to the end of its parenthesis), as
 * offsets into the code, which is how `Evaluation.locate` places it.
 */
export class LoopError extends Error {
  override readonly name = 'LoopError';
  readonly locations: readonly CodeRange[];

  constructor(message: string, at: CodeRange) {
    super(message);
    this.locations = [{ start: at.start, end: at.end }];
  }
}

/**
 * Holds the deadline that loops in performer code are checked against. One guard serves an
 * evaluation and the queries of its patterns: pass it to `evaluate(code, { guard })` and run
 * the queries inside {@link within}.
 *
 * @example
 * const guard = new LoopGuard();
 * const { pattern } = evaluate('note("c").fmap((x) => { while (true) {} })', { guard });
 * guard.within(200, () => pattern.queryArc(0, 1)); // throws a LoopError located at `while`
 */
export class LoopGuard {
  private deadline = Infinity;
  private budget = Infinity;
  private count = 0;
  private expired = false;
  private readonly now: () => number;

  /** `now` is the clock in milliseconds (the monotonic `performance.now` by default). */
  constructor(now: () => number = performanceNow) {
    this.now = now;
  }

  /**
   * Runs `f` with a deadline `ms` milliseconds from now: a loop in performer code that is still
   * running then throws a {@link LoopError}. Calls may nest; an inner deadline never extends an
   * outer one, and the outer deadline is back in force when `f` returns or throws.
   */
  within<T>(ms: number, f: () => T): T {
    const saved = { deadline: this.deadline, budget: this.budget, expired: this.expired };
    const deadline = this.now() + Math.max(0, ms);
    if (deadline < this.deadline) {
      this.deadline = deadline;
      this.budget = ms;
    }
    try {
      return f();
    } finally {
      this.deadline = saved.deadline;
      this.budget = saved.budget;
      this.expired = saved.expired;
    }
  }

  /** True while some {@link within} is running. */
  get active(): boolean {
    return this.deadline !== Infinity;
  }

  /**
   * Called by every iteration of every loop in performer code: throws a {@link LoopError} at
   * `loop` once the deadline has passed. Looks at the clock every {@link CHECK_EVERY} calls;
   * once the deadline has passed, every call throws (so a loop that catches the error in its
   * body cannot keep going).
   */
  check(loop: CodeRange): void {
    if (this.deadline === Infinity) return;
    if (!this.expired) {
      if ((++this.count & (CHECK_EVERY - 1)) !== 0) return;
      if (this.now() < this.deadline) return;
      this.expired = true;
    }
    throw new LoopError(`this loop ran for more than ${formatDuration(this.budget)} (infinite loop?)`, loop);
  }
}

/** A duration for messages: `250 ms`, `1 s`, `2.5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Math.round(ms / 100) / 10} s`;
}
