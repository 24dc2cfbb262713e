import type { QueryBudget } from './budget.ts';
import type { Span } from './span.ts';

/**
 * What a query asks for: a span of time, the values of external controls, and optionally the
 * budget of work it may spend (see budget.ts). Every state derived from it keeps the budget.
 */
export class State {
  readonly span: Span;
  readonly controls: Readonly<Record<string, unknown>>;
  readonly budget: QueryBudget | undefined;

  constructor(span: Span, controls: Readonly<Record<string, unknown>> = {}, budget?: QueryBudget) {
    this.span = span;
    this.controls = controls;
    this.budget = budget;
  }

  setSpan(span: Span): State {
    return new State(span, this.controls, this.budget);
  }

  withSpan(f: (s: Span) => Span): State {
    return new State(f(this.span), this.controls, this.budget);
  }

  /** The same query with other controls (and the same budget). */
  setControls(controls: Readonly<Record<string, unknown>>): State {
    return new State(this.span, controls, this.budget);
  }

  /** The span split at cycle boundaries ({@link Span.spanCycles}), charged to the budget. */
  spanCycles(): Span[] {
    return this.span.spanCycles(this.budget);
  }
}
