/**
 * Turning performer arguments into patterns: a value becomes a steady pattern, a string is
 * read as mini-notation, and a pattern stays itself. Patterned arguments go through
 * {@link patternify}, the one helper that makes a function of a plain value accept a pattern.
 */
import { mini } from '../mini/index.ts';
import { fmap, innerJoin } from './core.ts';
import { Pattern } from './pattern.ts';
import { pure } from './constructors.ts';

/** A value, a pattern of values, or a mini-notation string that reads as one. */
export type PatternArg<T> = T | Pattern<T> | string;

/**
 * Makes a pattern of anything: strings are parsed as mini-notation, patterns pass through.
 * @example
 * note(reify(48).add("<0 3 5 7>"))
 */
export function reify<T>(x: PatternArg<T>): Pattern<T> {
  if (x instanceof Pattern) return x;
  if (typeof x === 'string') return mini(x) as Pattern<T>;
  return pure(x);
}

/**
 * True for arguments that need patterning (patterns and mini-notation strings).
 * @example
 * const bright = (cutoff: number | string) => note("c3 e3 g3").s("sawtooth").lpf(isPatterned(cutoff) ? cutoff : cutoff * 2)
 * bright(400)
 */
export function isPatterned(x: unknown): x is Pattern<unknown> | string {
  return x instanceof Pattern || typeof x === 'string';
}

/**
 * Makes a pattern from each value of a patterned argument and inner-joins them (Tidal's
 * `tParam`), so the argument can change within a cycle. A plain value is patterned too (as
 * Strudel patterns some arguments): it becomes one event per cycle, so the result is cut at cycle
 * boundaries; {@link withArg} passes it straight through instead.
 */
export function alwaysPatterned<A, R>(a: PatternArg<A>, f: (a: A) => Pattern<R>): Pattern<R> {
  return innerJoin(fmap(f, reify(a)));
}

/**
 * Applies `f` to a patterned argument: a plain value goes straight through; a pattern of values
 * is mapped to patterns and inner-joined (Tidal's `tParam`), so the argument can change within
 * a cycle.
 * @example
 * const rush = (k: PatternArg<number>, pat: Pattern<Controls>) => withArg(k, pat, (x, p) => p.fast(x).gain(1 / x))
 * rush("<1 2 4>", s("bd sd"))
 */
export function withArg<A, T, R>(a: PatternArg<A>, pat: Pattern<T>, f: (a: A, pat: Pattern<T>) => Pattern<R>): Pattern<R> {
  if (!isPatterned(a)) return f(a, pat);
  return alwaysPatterned(a, (v: A) => f(v, pat));
}

/**
 * Lifts a function of one plain value to one that takes a patterned value: the pattern of
 * arguments is mapped to patterns and inner-joined (Tidal's `tParam`). A plain value is passed
 * straight through.
 * @example
 * const rush = patternify((k: number, pat: Pattern<Controls>) => pat.fast(k).gain(1 / k))
 * rush("<1 2 4>", s("bd sd"))
 */
export function patternify<A, T, R>(f: (a: A, pat: Pattern<T>) => Pattern<R>): (a: PatternArg<A>, pat: Pattern<T>) => Pattern<R> {
  return (a, pat) => withArg(a, pat, f);
}

/**
 * Like {@link patternify} for two arguments, combined with structure from the first.
 * @example
 * const rush = patternify2((k: number, level: number, pat: Pattern<Controls>) => pat.fast(k).gain(level / k))
 * rush("<1 2 4>", "1 0.5", s("bd sd"))
 */
export function patternify2<A, B, T, R>(
  f: (a: A, b: B, pat: Pattern<T>) => Pattern<R>,
): (a: PatternArg<A>, b: PatternArg<B>, pat: Pattern<T>) => Pattern<R> {
  return (a, b, pat) => {
    if (!isPatterned(a) && !isPatterned(b)) return f(a, b, pat);
    const args = reify(a).appLeft((x: A, y: B) => [x, y] as const, reify(b));
    return innerJoin(fmap(([x, y]: readonly [A, B]) => f(x, y, pat), args));
  };
}
