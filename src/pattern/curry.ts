/**
 * The two forms of a DSL function whose pattern comes last (the convention of transform.ts):
 * called with its pattern it is the pattern (`fast(2, pat)`), called without it is the
 * transformation still waiting for it (`fast(2)`). {@link curried} makes both, with their
 * overloads, from the function written once with its pattern.
 */
import type { Pattern } from './pattern.ts';
import type { AnyTransform } from './transform.ts';

/** A function of arguments `A` then a pattern of any value type, in both forms. */
export interface Curried<A extends unknown[]> {
  (...args: A): AnyTransform;
  <T>(...args: [...args: A, pat: Pattern<T>]): Pattern<T>;
}

/**
 * Both forms of `f`, whose last parameter is the pattern: without it (or with `undefined`), the
 * transformation that calls `f` with the arguments given and then the pattern.
 */
export function curried<A extends unknown[]>(f: <T>(...args: [...A, Pattern<T>]) => Pattern<T>): Curried<A> {
  const call = f as (...args: unknown[]) => Pattern<unknown>;
  const arity = f.length;
  // By arity, without gathering and spreading the arguments: chained methods call these a lot.
  const both: (...args: unknown[]) => unknown =
    arity === 2
      ? (a, pat) => (pat === undefined ? (p: Pattern<unknown>) => call(a, p) : call(a, pat))
      : arity === 3
        ? (a, b, pat) => (pat === undefined ? (p: Pattern<unknown>) => call(a, b, p) : call(a, b, pat))
        : (...args) => {
            if (args[arity - 1] !== undefined) return call(...args);
            const given = args.slice(0, arity - 1);
            return (p: Pattern<unknown>) => call(...given, p);
          };
  return both as Curried<A>;
}
