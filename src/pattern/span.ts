import type { QueryBudget } from './budget.ts';
import { Rational } from './rational.ts';

/** A time span `[begin, end)` in cycles. */
export class Span {
  readonly begin: Rational;
  readonly end: Rational;

  constructor(begin: Rational, end: Rational) {
    this.begin = begin;
    this.end = end;
  }

  /**
   * Splits the span at cycle boundaries; a zero-width span comes back as itself. With a budget,
   * each cycle is charged to it before the split is made.
   */
  spanCycles(budget?: QueryBudget): Span[] {
    const { begin, end } = this;
    const first = Math.floor(begin.n / begin.d);
    if (budget !== undefined) budget.charge(Math.max(1, Math.ceil(end.n / end.d) - first));
    if (begin.gte(end)) return begin.eq(end) ? [this] : [];
    // The common query, within one cycle, comes back as itself.
    const limit = (first + 1) * end.d;
    if (Number.isSafeInteger(limit) && end.n <= limit) return [this];
    const spans: Span[] = [];
    let b = begin;
    while (b.lt(end)) {
      const e = b.nextSam().min(end);
      spans.push(new Span(b, e));
      b = e;
    }
    return spans;
  }

  /** Applies a function to both ends. */
  withTime(f: (t: Rational) => Rational): Span {
    return new Span(f(this.begin), f(this.end));
  }

  /** Applies a function to the ends relative to the cycle the span begins in. */
  withCycle(f: (t: Rational) => Rational): Span {
    const sam = this.begin.sam();
    return new Span(sam.add(f(this.begin.sub(sam))), sam.add(f(this.end.sub(sam))));
  }

  /** The whole cycle the span begins in. */
  wholeCycle(): Span {
    return new Span(this.begin.sam(), this.begin.nextSam());
  }

  /** The span shifted so that its cycle starts at zero. */
  cycleArc(): Span {
    const sam = this.begin.sam();
    return new Span(this.begin.sub(sam), this.end.sub(sam));
  }

  /**
   * The overlap of two spans, or undefined when they do not meet. A zero-width span at the
   * other's end does not meet it, following Tidal's `subArc`.
   */
  intersection(o: Span): Span | undefined {
    const b = this.begin.max(o.begin);
    const e = this.end.min(o.end);
    if (b.gt(e)) return undefined;
    if (b.eq(e)) {
      if (b.eq(this.end) && this.begin.lt(this.end)) return undefined;
      if (b.eq(o.end) && o.begin.lt(o.end)) return undefined;
    }
    // Spans are immutable: one that lies within the other is the overlap itself.
    if (b === this.begin && e === this.end) return this;
    if (b === o.begin && e === o.end) return o;
    return new Span(b, e);
  }

  /** The overlap, allowing spans that only touch (Strudel's `sect`). */
  sect(o: Span): Span {
    return new Span(this.begin.max(o.begin), this.end.min(o.end));
  }

  duration(): Rational {
    return this.end.sub(this.begin);
  }

  equals(o: Span): boolean {
    return this.begin.eq(o.begin) && this.end.eq(o.end);
  }

  /** Midpoint of the span. */
  midpoint(): Rational {
    return this.begin.add(this.end.sub(this.begin).div(Rational.int(2)));
  }

  toString(): string {
    return `${this.begin.toString()}→${this.end.toString()}`;
  }
}

/**
 * Makes a span from two times.
 * @example
 * compressSpan(span(0.5, 1), s("bd*2 sd"))
 */
export function span(begin: Rational | number, end: Rational | number): Span {
  return new Span(
    begin instanceof Rational ? begin : Rational.from(begin),
    end instanceof Rational ? end : Rational.from(end),
  );
}
