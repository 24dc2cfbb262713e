/**
 * The `Pattern<T>` type: a function from a query (a span of cycles) to the haps active in it.
 *
 * The class holds only the query: every operation is a free function (core.ts and the modules of
 * the DSL), and the methods (`pat.fast(2)`) are generated from them into src/pattern/surface/,
 * which mixes them into this class. So this module imports no operation, and no module below the
 * surface may call a method (scripts/dsl-surface.ts checks it).
 */
import type { QueryBudget } from './budget.ts';
import type { Hap } from './hap.ts';
import { Rational, type RationalLike } from './rational.ts';
import { Span } from './span.ts';
import { State } from './state.ts';

/** A query function: the haps active during the state's span. */
export type Query<T> = (state: State) => Hap<T>[];

/** A pattern of values of type `T` over cyclic time. */
export class Pattern<T> {
  /** Answers a query: every hap whose part lies within the span asked for. */
  readonly query: Query<T>;
  /** How many steps a cycle of this pattern has, when known (Strudel's `_steps`). */
  readonly steps: Rational | undefined;

  constructor(query: Query<T>, steps?: Rational) {
    this.query = query;
    this.steps = steps;
  }

  /**
   * The haps between `begin` and `end` (in cycles). With a budget (`QueryBudget.forCycles`),
   * the query throws a `BudgetError` instead of doing more work than the budget allows.
   */
  queryArc(begin: RationalLike, end: RationalLike, controls: Record<string, unknown> = {}, budget?: QueryBudget): Hap<T>[] {
    return this.query(new State(new Span(Rational.from(begin), Rational.from(end)), controls, budget));
  }

  /** The same pattern with a step count. */
  withSteps(steps: Rational | undefined): Pattern<T> {
    return new Pattern(this.query, steps);
  }
}

/**
 * The empty pattern: nothing, ever.
 * @example
 * cat(s("bd sd"), silence)
 */
export const silence: Pattern<never> = new Pattern<never>(() => [], Rational.int(1));
