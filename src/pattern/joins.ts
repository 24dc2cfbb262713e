/**
 * The monadic joins and the applicative combinations: flattening patterns of patterns (`bind`,
 * `innerJoin`, `squeezeJoin`, ...) and combining the values of two patterns where they overlap
 * (`appLeft`, `appRight`, `appBoth`). Free functions over {@link Pattern}, built on primitives.ts.
 */
import { Hap, combineContexts } from './hap.ts';
import { Pattern } from './pattern.ts';
import { charged, fmap, focusSpan } from './primitives.ts';
import type { Span } from './span.ts';

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
 * @method
 * @example
 * note("48 55".bind((root) => "0 4 7".add(root)))
 */
export function bind<T, U>(f: (v: T) => Pattern<U>, pat: Pattern<T>): Pattern<U> {
  return bindWhole((a, b) => (a === undefined || b === undefined ? undefined : a.sect(b)), f, pat);
}

/**
 * Bind keeping the structure (wholes) of the inner patterns.
 * @method
 * @example
 * note("<48 53>".innerBind((root) => "0 4 7 12".add(root)))
 */
export function innerBind<T, U>(f: (v: T) => Pattern<U>, pat: Pattern<T>): Pattern<U> {
  return bindWhole((_, b) => b, f, pat);
}

/**
 * Bind keeping the structure (wholes) of the outer pattern.
 * @method
 * @example
 * note("48 52 55 60".outerBind((v) => "<0 12>".add(v)))
 */
export function outerBind<T, U>(f: (v: T) => Pattern<U>, pat: Pattern<T>): Pattern<U> {
  return new Pattern(bindWhole((a) => a, f, pat).query, pat.steps);
}

/**
 * Flattens a pattern of patterns, structure from both.
 * @method
 * @example
 * note(join("48 55".fmap((root) => "0 4 7".add(root))))
 */
export function join<T>(pat: Pattern<Pattern<T>>): Pattern<T> {
  return bind((p) => p, pat);
}
/**
 * Flattens a pattern of patterns, structure from the inner patterns.
 * @method
 * @example
 * note(innerJoin("<48 53>".fmap((root) => "0 4 7 12".add(root))))
 */
export function innerJoin<T>(pat: Pattern<Pattern<T>>): Pattern<T> {
  return innerBind((p) => p, pat);
}
/**
 * Flattens a pattern of patterns, structure from the outer pattern.
 * @method
 * @example
 * note(outerJoin("48 52 55 60".fmap((v) => "<0 12>".add(v))))
 */
export function outerJoin<T>(pat: Pattern<Pattern<T>>): Pattern<T> {
  return outerBind((p) => p, pat);
}

/**
 * Flattens a pattern of patterns by squeezing a whole cycle of each inner pattern into the
 * event of the outer pattern that holds it.
 * @method
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
 * @method
 * @example
 * note("48 53".squeezeBind((root) => "0 4 7".add(root)))
 */
export function squeezeBind<T, U>(f: (v: T) => Pattern<U>, pat: Pattern<T>): Pattern<U> {
  return squeezeJoin(fmap(f, pat));
}

/**
 * Combines values of two patterns where they overlap, structure from both.
 * @method
 * @example
 * note("48 [52 55]".appBoth((a, b) => a + b, seq(0, 12, 7)))
 */
export function appBoth<A, B, C>(f: (a: A, b: B) => C, pat: Pattern<A>, right: Pattern<B>): Pattern<C> {
  return new Pattern((state) => {
    const out: Hap<C>[] = [];
    const rs = right.query(state);
    const ls = pat.query(state);
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
 * @method
 * @example
 * note("48 52 55 60".appLeft((a, b) => a + b, cat(0, 5)))
 */
export function appLeft<A, B, C>(
  f: (a: A, b: B) => C,
  pat: Pattern<A>,
  right: Pattern<B>,
  order: LocationOrder = 'left-first',
): Pattern<C> {
  return new Pattern((state) => {
    const out: Hap<C>[] = [];
    for (const l of charged(state, pat.query(state))) {
      for (const r of charged(state, right.query(state.setSpan(l.wholeOrPart())))) {
        const part = l.part.intersection(r.part);
        if (part === undefined) continue;
        const context = order === 'left-first' ? combineContexts(l.context, r.context) : combineContexts(r.context, l.context);
        out.push(new Hap(l.whole, part, f(l.value, r.value), context));
      }
    }
    return out;
  }, pat.steps);
}

/**
 * Combines values of two patterns, structure from the right: {@link appLeft} mirrored.
 * @method
 * @example
 * note("<48 53>".appRight((a, b) => a + b, seq(0, 4, 7, 12)))
 */
export function appRight<A, B, C>(f: (a: A, b: B) => C, pat: Pattern<A>, right: Pattern<B>): Pattern<C> {
  return appLeft((b: B, a: A) => f(a, b), right, pat, 'right-first');
}
