import type { Span } from './span.ts';

/** What a query asks for: a span of time, and the values of external controls. */
export class State {
  readonly span: Span;
  readonly controls: Readonly<Record<string, unknown>>;

  constructor(span: Span, controls: Readonly<Record<string, unknown>> = {}) {
    this.span = span;
    this.controls = controls;
  }

  setSpan(span: Span): State {
    return new State(span, this.controls);
  }

  withSpan(f: (s: Span) => Span): State {
    return new State(f(this.span), this.controls);
  }
}
