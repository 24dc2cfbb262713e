/**
 * Transformations: functions from a pattern to a pattern, as taken by {@link every}, `off`,
 * `superimpose`, `jux`, `inside`, `chunk`, `echoWith` and friends.
 *
 * The convention (curried free functions): every DSL function takes its pattern LAST, and when it
 * is called WITHOUT that pattern it returns the transformation that is still waiting for it:
 *
 *   fast(2, pat)   // a Pattern
 *   fast(2)        // an AnyTransform: (pat) => fast(2, pat)
 *
 * so that performer code reads as in Strudel and Tidal:
 *
 *   s("bd sd").every(3, fast(2))
 *   note("c e g").off(0.125, add(12))
 *   s("bd*2 hh").jux(rev)              // `rev` takes only a pattern, so it is a transformation itself
 *   note("c e").superimpose((x) => x.add(7))
 *
 * Both forms are typed. A function whose other arguments do not depend on the pattern's value
 * type is written once, with its pattern, and `curried` (curry.ts) makes both forms and their
 * overloads: `export const fast = curried(function fast<T>(factor, pat: Pattern<T>) {...})`; its
 * curried form is an {@link AnyTransform}. A function whose arguments do (`every(n, f: Transform<T>)`)
 * declares its two overloads itself. A function with optional arguments before the pattern is
 * not curried (the forms would clash).
 */
import type { Pattern } from './pattern.ts';

/**
 * A function from a pattern to a pattern of the same value type.
 *
 * Declared through a method signature so that its parameter is compared bivariantly: a plain
 * function type here would make `Pattern<T>` invariant (its methods take transforms), and then
 * `silence: Pattern<never>` would no longer be a `Pattern<unknown>`. Methods of `Pattern` that
 * take functions of patterns should use this type (or {@link EchoTransform}-like types declared
 * the same way) for the same reason.
 */
export type Transform<T> = { bivarianceHack(pat: Pattern<T>): Pattern<T> }['bivarianceHack'];

/** A transformation that works on patterns of any value type, such as what `fast(2)` returns. */
export type AnyTransform = <T>(pat: Pattern<T>) => Pattern<T>;

/** A transformation for patterns whose values are objects (controls), such as `jux(rev)`. */
export type ObjectTransform = <T extends object>(pat: Pattern<T>) => Pattern<T>;

/**
 * The identity: gives back what it is given (Strudel's `id`), for a transformation that leaves a
 * pattern as it is.
 * @example
 * s("bd sd hh cp").every(2, id)
 */
export function id<T>(x: T): T {
  return x;
}
