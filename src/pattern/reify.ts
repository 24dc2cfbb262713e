/**
 * Turning performer arguments into patterns: a value becomes a steady pattern, a string is
 * read as mini-notation, and a pattern stays itself. Patterned arguments go through
 * {@link withArg} and its friends, the one place that makes a function of a plain value accept a
 * pattern, and the one place where arguments are checked (see limits.ts): a plain value when the
 * function is called, the values of a patterned one when they are queried, the error then
 * carrying the source locations of the offending value.
 */
import { mini } from '../mini/index.ts';
import { appLeft, fmap, innerJoin, mapArg } from './core.ts';
import { Pattern } from './pattern.ts';
import { pure } from './combine.ts';
import { buildCost, type ArgCheck } from './limits.ts';
import type { State } from './state.ts';

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
 * A patterned argument as a pattern of checked values. A plain value is checked now (so that
 * the error is thrown where the performer called the function) and becomes one event a cycle.
 */
export function checkedArg<A>(a: PatternArg<A>, check: ArgCheck<A> | undefined): Pattern<A> {
  if (check === undefined) return reify(a);
  if (!isPatterned(a)) return pure(check(a));
  return mapArg((x: unknown, state) => charge(state, check, check(x)), reify(a) as Pattern<unknown>);
}

/** Charges the query for what will be built for a checked value (see `ArgCheck.cost`). */
function charge<A>(state: State, check: ArgCheck<A>, value: A): A {
  state.budget?.charge(buildCost(check, value));
  return value;
}

/**
 * Makes a pattern from each value of a patterned argument and inner-joins them (Tidal's
 * `tParam`), so the argument can change within a cycle. A plain value is patterned too (as
 * Strudel patterns some arguments): it becomes one event per cycle, so the result is cut at cycle
 * boundaries; {@link withArg} passes it straight through instead. With a check, a plain value is
 * checked now and each value of a pattern when it is queried.
 */
export function alwaysPatterned<A, R>(a: PatternArg<A>, f: (a: A) => Pattern<R>, check?: ArgCheck<A>): Pattern<R> {
  if (check === undefined) return innerJoin(isPatterned(a) ? mapArg(f, reify(a)) : fmap(f, reify(a)));
  if (!isPatterned(a)) return innerJoin(fmap(f, pure(check(a))));
  return innerJoin(mapArg((x: unknown, state) => f(charge(state, check, check(x))), reify(a) as Pattern<unknown>));
}

/**
 * Applies `f` to a patterned argument: a plain value goes straight through; a pattern of values
 * is mapped to patterns and inner-joined (Tidal's `tParam`), so the argument can change within
 * a cycle. A `check` (see limits.ts) validates a plain value when `withArg` is called, and each
 * value of a pattern when it is queried.
 * @example
 * const rush = (k: PatternArg<number>, pat: Pattern<Controls>) => withArg(k, pat, (x, p) => p.fast(x).gain(1 / x))
 * rush("<1 2 4>", s("bd sd"))
 */
export function withArg<A, T, R>(
  a: PatternArg<A>,
  pat: Pattern<T>,
  f: (a: A, pat: Pattern<T>) => Pattern<R>,
  check?: ArgCheck<A>,
): Pattern<R> {
  if (!isPatterned(a)) return f(check === undefined ? a : check(a), pat);
  return alwaysPatterned(a, (v: A) => f(v, pat), check);
}

/**
 * Lifts a function of one plain value to one that takes a patterned value: the pattern of
 * arguments is mapped to patterns and inner-joined (Tidal's `tParam`). A plain value is passed
 * straight through. An optional `check` validates the values as {@link withArg} does.
 * @example
 * const rush = patternify((k: number, pat: Pattern<Controls>) => pat.fast(k).gain(1 / k))
 * rush("<1 2 4>", s("bd sd"))
 */
export function patternify<A, T, R>(
  f: (a: A, pat: Pattern<T>) => Pattern<R>,
  check?: ArgCheck<A>,
): (a: PatternArg<A>, pat: Pattern<T>) => Pattern<R> {
  return (a, pat) => withArg(a, pat, f, check);
}

/**
 * Like {@link patternify} for two arguments, combined with structure from the first; optional
 * checks validate each as {@link withArg} does.
 * @example
 * const rush = patternify2((k: number, level: number, pat: Pattern<Controls>) => pat.fast(k).gain(level / k))
 * rush("<1 2 4>", "1 0.5", s("bd sd"))
 */
export function patternify2<A, B, T, R>(
  f: (a: A, b: B, pat: Pattern<T>) => Pattern<R>,
  checkA?: ArgCheck<A>,
  checkB?: ArgCheck<B>,
): (a: PatternArg<A>, b: PatternArg<B>, pat: Pattern<T>) => Pattern<R> {
  return (a, b, pat) => {
    if (!isPatterned(a) && !isPatterned(b)) return f(checkA === undefined ? a : checkA(a), checkB === undefined ? b : checkB(b), pat);
    const args = appLeft((x: A, y: B) => [x, y] as const, checkedArg(a, checkA), checkedArg(b, checkB));
    return innerJoin(mapArg(([x, y]: readonly [A, B]) => f(x, y, pat), args));
  };
}
