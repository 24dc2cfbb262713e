/**
 * The primitives every combinator is built from: querying, mapping time and values,
 * applicative combination and the monadic joins. Free functions over {@link Pattern}.
 */
import { Hap, combineContexts, type Location } from './hap.ts';
import { Pattern } from './pattern.ts';
import { ArgumentError, checkZoomWidth } from './limits.ts';
import { ONE, ZERO, type Rational } from './rational.ts';
import { Span } from './span.ts';
import { State } from './state.ts';

/**
 * Splits queries at cycle boundaries, so the query function sees one cycle at a time.
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
 * @example
 * s("bd sd hh cp").withQueryTime((t) => t.add(rational(1, 4))).withHapTime((t) => t.sub(rational(1, 4)))
 */
export function withQueryTime<T>(f: (t: Rational) => Rational, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => pat.query(state.withSpan((s) => s.withTime(f))));
}

/**
 * Changes the spans of the haps that come back.
 * @example
 * s("bd sd hh cp").withHapSpan((arc) => span(arc.begin, arc.begin.add(rational(1, 16))))
 */
export function withHapSpan<T>(f: (s: Span) => Span, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => charged(state, pat.query(state)).map((h) => h.withSpan(f)));
}

/**
 * Changes the begins and ends of the haps that come back.
 * @example
 * s("bd sd hh cp").withQueryTime((t) => t.mul(rational(2))).withHapTime((t) => t.div(rational(2)))
 */
export function withHapTime<T>(f: (t: Rational) => Rational, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => charged(state, pat.query(state)).map((h) => h.withSpan((s) => s.withTime(f))));
}

/**
 * Changes the list of haps that come back.
 * @example
 * note("48 52 55".withHaps((haps) => haps.flatMap((hap) => [hap, hap.withValue((v) => v + 7)])))
 */
export function withHaps<T, U>(f: (haps: Hap<T>[], state: State) => Hap<U>[], pat: Pattern<T>): Pattern<U> {
  return new Pattern((state) => f(pat.query(state), state));
}

/**
 * Keeps the haps whose value passes a test.
 * @example
 * note("48 50 52 53 55 57".filterValues((v) => v > 50))
 */
export function filterValues<T>(test: (v: T) => boolean, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => charged(state, pat.query(state)).filter((h) => test(h.value)), pat.steps);
}

/**
 * Keeps the haps that pass a test.
 * @example
 * s("bd [hh hh] sd [hh hh hh]").filterHaps((hap) => hap.duration().valueOf() < 0.25)
 */
export function filterHaps<T>(test: (h: Hap<T>) => boolean, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => charged(state, pat.query(state)).filter(test), pat.steps);
}

/**
 * Keeps only haps that contain their onset (drops fragments and continuous values).
 * @example
 * s("bd").fast("2 1").filterOnsets()
 */
export function filterOnsets<T>(pat: Pattern<T>): Pattern<T> {
  return filterHaps((h) => h.hasOnset(), pat);
}

/**
 * Adds a source location to every hap, for highlighting.
 * @example
 * s("bd sd").withLocation({ start: 0, end: 1 })
 */
export function withLocation<T>(location: Location, pat: Pattern<T>): Pattern<T> {
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

type WholeChooser = (outer: Span | undefined, inner: Span | undefined) => Span | undefined;

function bindWhole<T, U>(choose: WholeChooser, f: (v: T) => Pattern<U>, pat: Pattern<T>): Pattern<U> {
  return new Pattern((state) => {
    const out: Hap<U>[] = [];
    for (const outer of charged(state, pat.query(state))) {
      for (const inner of charged(state, f(outer.value).query(state.setSpan(outer.part)))) {
        const part = inner.part.intersection(outer.part);
        if (part === undefined) continue;
        out.push(new Hap(choose(outer.whole, inner.whole), part, inner.value, combineContexts(outer.context, inner.context)));
      }
    }
    return out;
  });
}

/**
 * Monadic bind: wholes are the intersection of outer and inner wholes.
 * @example
 * note("48 55".bind((root) => "0 4 7".add(root)))
 */
export function bind<T, U>(f: (v: T) => Pattern<U>, pat: Pattern<T>): Pattern<U> {
  return bindWhole((a, b) => (a === undefined || b === undefined ? undefined : a.sect(b)), f, pat);
}

/**
 * Bind keeping the structure (wholes) of the inner patterns.
 * @example
 * note("<48 53>".innerBind((root) => "0 4 7 12".add(root)))
 */
export function innerBind<T, U>(f: (v: T) => Pattern<U>, pat: Pattern<T>): Pattern<U> {
  return bindWhole((_, b) => b, f, pat);
}

/**
 * Bind keeping the structure (wholes) of the outer pattern.
 * @example
 * note("48 52 55 60".outerBind((v) => "<0 12>".add(v)))
 */
export function outerBind<T, U>(f: (v: T) => Pattern<U>, pat: Pattern<T>): Pattern<U> {
  return new Pattern(bindWhole((a) => a, f, pat).query, pat.steps);
}

/**
 * Flattens a pattern of patterns, structure from both.
 * @example
 * note(join("48 55".fmap((root) => "0 4 7".add(root))))
 */
export function join<T>(pat: Pattern<Pattern<T>>): Pattern<T> {
  return bind((p) => p, pat);
}
/**
 * Flattens a pattern of patterns, structure from the inner patterns.
 * @example
 * note(innerJoin("<48 53>".fmap((root) => "0 4 7 12".add(root))))
 */
export function innerJoin<T>(pat: Pattern<Pattern<T>>): Pattern<T> {
  return innerBind((p) => p, pat);
}
/**
 * Flattens a pattern of patterns, structure from the outer pattern.
 * @example
 * note(outerJoin("48 52 55 60".fmap((v) => "<0 12>".add(v))))
 */
export function outerJoin<T>(pat: Pattern<Pattern<T>>): Pattern<T> {
  return outerBind((p) => p, pat);
}

/**
 * Flattens a pattern of patterns by squeezing a whole cycle of each inner pattern into the
 * event of the outer pattern that holds it.
 * @example
 * note(squeezeJoin("48 53".fmap((root) => "0 4 7".add(root))))
 */
export function squeezeJoin<T>(pat: Pattern<Pattern<T>>): Pattern<T> {
  return new Pattern((state) => {
    const out: Hap<T>[] = [];
    for (const outer of charged(state, pat.query(state))) {
      const inner = focusSpan(outer.wholeOrPart(), outer.value);
      for (const h of charged(state, inner.query(state.setSpan(outer.part)))) {
        const whole = outer.whole && h.whole ? h.whole.intersection(outer.whole) : undefined;
        if (outer.whole && h.whole && whole === undefined) continue;
        const part = h.part.intersection(outer.part);
        if (part === undefined) continue;
        out.push(new Hap(whole, part, h.value, combineContexts(h.context, outer.context)));
      }
    }
    return out;
  });
}

/**
 * Squeeze bind: `f` makes a pattern from each value, squeezed into its event.
 * @example
 * note("48 53".squeezeBind((root) => "0 4 7".add(root)))
 */
export function squeezeBind<T, U>(f: (v: T) => Pattern<U>, pat: Pattern<T>): Pattern<U> {
  return squeezeJoin(fmap(f, pat));
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
 * @example
 * s("bd sd hh cp").compress(0.25, 0.75)
 */
export function compress<T>(b: Rational, e: Rational, pat: Pattern<T>): Pattern<T> {
  if (b.gt(e) || b.gt(ONE) || e.gt(ONE) || b.lt(ZERO) || e.lt(ZERO) || b.eq(e)) return new Pattern<T>(() => []);
  return late(b, fastGap(ONE.div(e.sub(b)), pat));
}

/**
 * Like compress, but the pattern keeps going before and after: cycle `sam(b)` plays in `[b, e)`.
 * @example
 * s("bd sd hh cp").focus(0.25, 0.75)
 */
export function focus<T>(b: Rational, e: Rational, pat: Pattern<T>): Pattern<T> {
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
 * Combines values of two patterns where they overlap, structure from both.
 * @example
 * note("48 [52 55]".appBoth((a, b) => a + b, seq(0, 12, 7)))
 */
export function appBoth<A, B, C>(f: (a: A, b: B) => C, left: Pattern<A>, right: Pattern<B>): Pattern<C> {
  return new Pattern((state) => {
    const out: Hap<C>[] = [];
    const rs = right.query(state);
    const ls = left.query(state);
    // Every pair is compared: charged, so that two dense patterns cannot multiply unbounded.
    state.budget?.charge(ls.length * rs.length);
    for (const l of ls) {
      for (const r of rs) {
        const part = l.part.intersection(r.part);
        if (part === undefined) continue;
        const whole = l.whole && r.whole ? l.whole.intersection(r.whole) : undefined;
        if (l.whole && r.whole && whole === undefined) continue;
        out.push(new Hap(whole, part, f(l.value, r.value), combineContexts(l.context, r.context)));
      }
    }
    return out;
  });
}

/** Whose source locations come first when {@link appLeft} combines a hap of each pattern. */
export type LocationOrder = 'left-first' | 'right-first';

/**
 * Combines values of two patterns, structure from the left: `right` is queried over each left
 * hap's whole. The combined hap lists the left hap's locations first, unless `order` is
 * `'right-first'` (as Strudel's applicatives do in mini-notation's `a:b` and `a(k,n)`).
 * @example
 * note("48 52 55 60".appLeft((a, b) => a + b, cat(0, 5)))
 */
export function appLeft<A, B, C>(
  f: (a: A, b: B) => C,
  left: Pattern<A>,
  right: Pattern<B>,
  order: LocationOrder = 'left-first',
): Pattern<C> {
  return new Pattern((state) => {
    const out: Hap<C>[] = [];
    for (const l of charged(state, left.query(state))) {
      for (const r of charged(state, right.query(state.setSpan(l.wholeOrPart())))) {
        const part = l.part.intersection(r.part);
        if (part === undefined) continue;
        const context = order === 'left-first' ? combineContexts(l.context, r.context) : combineContexts(r.context, l.context);
        out.push(new Hap(l.whole, part, f(l.value, r.value), context));
      }
    }
    return out;
  }, left.steps);
}

/**
 * Combines values of two patterns, structure from the right: {@link appLeft} mirrored.
 * @example
 * note("<48 53>".appRight((a, b) => a + b, seq(0, 4, 7, 12)))
 */
export function appRight<A, B, C>(f: (a: A, b: B) => C, left: Pattern<A>, right: Pattern<B>): Pattern<C> {
  return appLeft((b: B, a: A) => f(a, b), right, left, 'right-first');
}

/**
 * Reverses each cycle.
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
