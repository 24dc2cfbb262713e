/**
 * The primitives every operation is built from: querying, splitting queries at cycles, mapping
 * time and values (with the query budget charged), and the plain forms of fast, shift, reverse,
 * compress and focus. Free functions over {@link Pattern}; the joins are in joins.ts, and core.ts
 * gives both.
 */
import type { CodeRange } from '../controls/event.ts';
import { Hap, combineContexts } from './hap.ts';
import { Pattern } from './pattern.ts';
import { ArgumentError, checkZoomWidth, locateError, timeValue } from './limits.ts';
import { ONE, Rational, ZERO, type RationalLike } from './rational.ts';
import { Span } from './span.ts';
import { State } from './state.ts';

/**
 * Splits queries at cycle boundaries, so the query function sees one cycle at a time.
 * @method
 * @example
 * s("bd sd hh cp")
 *   .withQuerySpan((arc) => arc.withCycle((t) => t.div(rational(2))))
 *   .withHapSpan((arc) => arc.withCycle((t) => t.mul(rational(2))))
 *   .splitQueries()
 */
export function splitQueries<T>(pat: Pattern<T>, steps = pat.steps): Pattern<T> {
  return new Pattern((state) => {
    const spans = state.spanCycles();
    if (spans.length === 1) return pat.query(state);
    const out: Hap<T>[] = [];
    for (const s of spans) for (const h of pat.query(state.setSpan(s))) out.push(h);
    return out;
  }, steps);
}

/**
 * Changes the query span.
 * @method
 * @example
 * s("bd sd hh cp")
 *   .withQuerySpan((arc) => arc.withCycle((t) => t.div(rational(2))))
 *   .withHapSpan((arc) => arc.withCycle((t) => t.mul(rational(2))))
 *   .splitQueries()
 */
export function withQuerySpan<T>(f: (s: Span) => Span, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => pat.query(state.withSpan(f)));
}

/**
 * Changes the query's begin and end.
 * @method
 * @example
 * s("bd sd hh cp").withQueryTime((t) => t.add(rational(1, 4))).withHapTime((t) => t.sub(rational(1, 4)))
 */
export function withQueryTime<T>(f: (t: Rational) => Rational, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => pat.query(state.withSpan((s) => s.withTime(f))));
}

/**
 * Changes the spans of the haps that come back.
 * @method
 * @example
 * s("bd sd hh cp").withHapSpan((arc) => span(arc.begin, arc.begin.add(rational(1, 16))))
 */
export function withHapSpan<T>(f: (s: Span) => Span, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => charged(state, pat.query(state)).map((h) => h.withSpan(f)));
}

/**
 * Changes the begins and ends of the haps that come back.
 * @method
 * @example
 * s("bd sd hh cp").withQueryTime((t) => t.mul(rational(2))).withHapTime((t) => t.div(rational(2)))
 */
export function withHapTime<T>(f: (t: Rational) => Rational, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => charged(state, pat.query(state)).map((h) => h.withSpan((s) => s.withTime(f))));
}

/**
 * Changes the list of haps that come back.
 * @method
 * @example
 * note("48 52 55".withHaps((haps) => haps.flatMap((hap) => [hap, hap.withValue((v) => v + 7)])))
 */
export function withHaps<T, U>(f: (haps: Hap<T>[], state: State) => Hap<U>[], pat: Pattern<T>): Pattern<U> {
  return new Pattern((state) => f(pat.query(state), state));
}

/**
 * Changes each hap that comes back (Strudel's `withHap`).
 * @method
 * @example
 * note("48 52 55".withHap((hap) => hap.withValue((v) => v + 12)))
 */
export function withHap<T, U>(f: (hap: Hap<T>) => Hap<U>, pat: Pattern<T>): Pattern<U> {
  return new Pattern((state) => charged(state, pat.query(state)).map((h) => f(h)));
}

/**
 * Keeps the haps whose value passes a test.
 * @method
 * @example
 * note("48 50 52 53 55 57".filterValues((v) => v > 50))
 */
export function filterValues<T>(test: (v: T) => boolean, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => charged(state, pat.query(state)).filter((h) => test(h.value)), pat.steps);
}

/**
 * Keeps the haps that pass a test.
 * @method
 * @example
 * s("bd [hh hh] sd [hh hh hh]").filterHaps((hap) => hap.duration().valueOf() < 0.25)
 */
export function filterHaps<T>(test: (h: Hap<T>) => boolean, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => charged(state, pat.query(state)).filter(test), pat.steps);
}

/**
 * Keeps only haps that contain their onset (drops fragments and continuous values).
 * @method
 * @method onsetsOnly
 * @example
 * s("bd").fast("2 1").filterOnsets()
 */
export function filterOnsets<T>(pat: Pattern<T>): Pattern<T> {
  return filterHaps((h) => h.hasOnset(), pat);
}

/**
 * Adds a source location to every hap, for highlighting.
 * @method
 * @example
 * s("bd sd").withLocation({ start: 0, end: 1 })
 */
export function withLocation<T>(location: CodeRange, pat: Pattern<T>): Pattern<T> {
  const extra = { locations: [location] };
  return new Pattern(
    (state) => charged(state, pat.query(state)).map((h) => h.setContext(combineContexts(h.context, extra))),
    pat.steps,
  );
}

/**
 * Charges the query's budget one unit for each hap a primitive goes through, and gives them
 * back: with the cycles charged by `spanCycles`, this makes a budget bound the work of a query
 * however deep its pattern is.
 */
export function charged<T>(state: State, haps: Hap<T>[]): Hap<T>[] {
  state.budget?.charge(haps.length);
  return haps;
}

/**
 * Plays cycle zero of `pat` compressed into `span`'s place in each cycle, silent elsewhere.
 * @example
 * compressSpan(span(0.25, 0.75), s("bd sd hh cp"))
 */
export function compressSpan<T>(span: Span, pat: Pattern<T>): Pattern<T> {
  const cycle = span.cycleArc();
  return compress(cycle.begin, cycle.end, pat);
}

/**
 * Like {@link compressSpan} but the squeezed pattern keeps running outside the span.
 * @example
 * focusSpan(span(0.25, 0.75), s("bd sd hh cp"))
 */
export function focusSpan<T>(span: Span, pat: Pattern<T>): Pattern<T> {
  return focusPlain(span.begin, span.end, pat);
}

/**
 * Squeezes each cycle into `[b, e)` of that cycle, leaving the rest silent.
 * @method
 * @example
 * s("bd sd hh cp").compress(0.25, 0.75)
 */
export function compress<T>(begin: RationalLike, end: RationalLike, pat: Pattern<T>): Pattern<T> {
  const b = timeValue('compress', begin);
  const e = timeValue('compress', end);
  if (b.gt(e) || b.gt(ONE) || e.gt(ONE) || b.lt(ZERO) || e.lt(ZERO) || b.eq(e)) return new Pattern<T>(() => []);
  return late(b, fastGap(ONE.div(e.sub(b)), pat));
}

/**
 * Like compress, but the pattern keeps going before and after: cycle `sam(b)` plays in `[b, e)`.
 * @method
 * @example
 * s("bd sd hh cp").focus(0.25, 0.75)
 */
export function focus<T>(begin: RationalLike, end: RationalLike, pat: Pattern<T>): Pattern<T> {
  const b = timeValue('focus', begin);
  const e = timeValue('focus', end);
  const width = e.sub(b).valueOf();
  if (width === 0) throw new ArgumentError(`focus(${b.valueOf()}, ${e.valueOf()}) needs a span of time: begin and end are the same`);
  checkZoomWidth('focus', 1 / width);
  return focusPlain(b, e, pat);
}

/** {@link focus} of any span but an empty one, unchecked: squeezing uses it on every event. */
function focusPlain<T>(b: Rational, e: Rational, pat: Pattern<T>): Pattern<T> {
  return late(b, fast(ONE.div(e.sub(b)), early(b.sam(), pat)));
}

/** Speeds up each cycle by `factor`, leaving the rest of the cycle silent (Tidal's `fastGap`). */
export function fastGap<T>(factor: Rational, pat: Pattern<T>): Pattern<T> {
  if (factor.lte(ZERO)) return new Pattern<T>(() => []);
  const r = factor.max(ONE);
  const munge = (t: Rational) => t.sam().add(t.cyclePos().mul(r).min(ONE));
  return splitQueries(
    new Pattern<T>((state) => {
      const cycle = state.span.begin.sam();
      const b = munge(state.span.begin);
      const e = state.span.end.eq(cycle.add(ONE)) ? cycle.add(ONE) : munge(state.span.end);
      if (b.gte(cycle.add(ONE))) return [];
      const back = (t: Rational) => cycle.add(t.sub(cycle).div(r));
      const out: Hap<T>[] = [];
      for (const h of charged(state, pat.query(state.setSpan(new Span(b, e))))) {
        const part = h.part.withTime(back).intersection(state.span);
        if (part === undefined) continue;
        out.push(new Hap(h.whole?.withTime(back), part, h.value, h.context));
      }
      return out;
    }),
  );
}

/**
 * Maps the values of a pattern.
 * @method
 * @method withValue
 * @example
 * note("48 52 55".fmap((v) => v + 12))
 */
export function fmap<T, U>(f: (v: T) => U, pat: Pattern<T>): Pattern<U> {
  return new Pattern((state) => charged(state, pat.query(state)).map((h) => h.withValue(f)), pat.steps);
}

/**
 * Like {@link fmap} for a function that builds something for each value (a pattern of `cost`
 * parts): each hap is charged `cost` units of the query's budget before its value is built, so
 * that many haps each building much cannot run past the budget.
 */
export function fmapBuilding<T, U>(f: (v: T) => U, cost: number, pat: Pattern<T>): Pattern<U> {
  const units = Math.max(1, cost);
  return new Pattern(
    (state) =>
      charged(state, pat.query(state)).map((h) => {
        state.budget?.charge(units);
        return h.withValue(f);
      }),
    pat.steps,
  );
}

/** Speeds a pattern up by a plain factor. */
export function fast<T>(factor: Rational, pat: Pattern<T>): Pattern<T> {
  if (factor.n === 0) return new Pattern<T>(() => []);
  if (factor.n < 0) return rev(fast(factor.neg(), pat));
  const p = withHapTime((t) => t.div(factor), withQueryTime((t) => t.mul(factor), pat));
  return new Pattern(p.query, pat.steps);
}

/** Shifts a pattern earlier in time by a plain amount of cycles. */
export function early<T>(offset: Rational, pat: Pattern<T>): Pattern<T> {
  if (offset.n === 0) return pat;
  const p = withHapTime((t) => t.sub(offset), withQueryTime((t) => t.add(offset), pat));
  return new Pattern(p.query, pat.steps);
}

/** Shifts a pattern later in time by a plain amount of cycles. */
export function late<T>(offset: Rational, pat: Pattern<T>): Pattern<T> {
  return early(offset.neg(), pat);
}

/**
 * Reverses each cycle.
 * @method
 * @example
 * note("c d e g").rev()
 */
export function rev<T>(pat: Pattern<T>): Pattern<T> {
  return splitQueries(
    new Pattern<T>((state) => {
      const cycle = state.span.begin.sam();
      const next = state.span.begin.nextSam();
      const reflect = (t: Rational) => cycle.add(next.sub(t));
      const q = new Span(reflect(state.span.end), reflect(state.span.begin));
      return charged(state, pat.query(state.setSpan(q))).map((h) => {
        const part = new Span(reflect(h.part.end), reflect(h.part.begin));
        if (h.whole === undefined) return new Hap(undefined, part, h.value, h.context);
        const before = h.part.begin.sub(h.whole.begin);
        const after = h.whole.end.sub(h.part.end);
        return new Hap(new Span(part.begin.sub(after), part.end.add(before)), part, h.value, h.context);
      });
    }),
    pat.steps,
  );
}

/**
 * Cycle `c` plays cycle `floor(c / n)` of `pat`: each cycle is heard `n` times (`n` may be
 * fractional). Used by `repeatCycles`, `chunk`, `replicate` and mini-notation's `a!n`; a
 * `Rational` count (mini-notation's) divides exactly, a number as a float.
 */
export function repeatCyclesPlain<T>(n: number | Rational, pat: Pattern<T>): Pattern<T> {
  return splitQueries(
    new Pattern<T>((state) => {
      const cycle = state.span.begin.sam();
      const source = n instanceof Rational ? cycle.div(n).floor() : Rational.int(Math.floor(cycle.n / n));
      const delta = cycle.sub(source);
      const shifted = pat.query(state.withSpan((s) => s.withTime((t) => t.sub(delta))));
      return shifted.map((h) => h.withSpan((s) => s.withTime((t) => t.add(delta))));
    }),
    pat.steps,
  );
}

/**
 * Maps the values of an argument's pattern with `f` (a check, or a check and what is built from
 * the value; it also gets the query, to charge its budget); a weft argument error that `f` throws
 * gets the source locations of the hap whose value it was about, so that it can be shown where
 * that value was written.
 */
export function mapArg<A, B>(f: (a: A, state: State) => B, pat: Pattern<A>): Pattern<B> {
  return new Pattern<B>(
    (state) =>
      pat.query(state).map((h) => {
        let value: B;
        try {
          value = f(h.value, state);
        } catch (error) {
          throw locateError(error, h.context.locations);
        }
        return new Hap(h.whole, h.part, value, h.context);
      }),
    pat.steps,
  );
}
