/**
 * Reshaping a pattern's structure: imposing or masking with a boolean pattern, rotating and
 * mirroring cycles, repeating a fragment, and working inside a slower time frame.
 * Functions follow the curried convention described in transform.ts.
 */
import * as core from './core.ts';
import { Pattern } from './pattern.ts';
import { Rational, ONE, ZERO } from './rational.ts';
import { isPatterned, patternify2, reify, withArg, type PatternArg } from './reify.ts';
import { cat, sequence } from './constructors.ts';
import { late, zoom } from './time.ts';
import type { AnyTransform, Transform } from './transform.ts';
import { boundedArg, countArg, MAX_EVENTS_PER_CYCLE, slowArg, speedArg } from './limits.ts';
import { curried } from './curry.ts';

/** A value of a boolean pattern: `true`, or a number or string read as true unless 0 or empty. */
export type Truthy = boolean | number | string;

const r = (x: number): Rational => Rational.from(x);

// As in Tidal, iter by 0 (or less) cycles through no parts: silence.
const ITER = countArg('iter', { noun: 'parts of a cycle' });
const ITER_BACK = countArg('iterBack', { noun: 'parts of a cycle' });
const LINGER = slowArg('linger', { noun: 'repeats a cycle', max: MAX_EVENTS_PER_CYCLE });
// inside and outside slow the pattern down by the factor and speed it up again, or the reverse.
const insideFactor = (name: string) => speedArg(name, { min: 1 / MAX_EVENTS_PER_CYCLE, noun: 'times the speed' });
const INSIDE = insideFactor('inside');
const OUTSIDE = speedArg('outside', { min: 1 / MAX_EVENTS_PER_CYCLE, noun: 'times the speed', zero: 'error' });
const SWING_AMOUNT = boundedArg('swingBy', 'an amount');
const SWING_BY = insideFactor('swingBy');
const SWING = insideFactor('swing');

/** Marks a value dropped by {@link struct} and {@link mask}. */
const DROP: unique symbol = Symbol('drop');

function keepIf<T>(v: T, b: Truthy): T | typeof DROP {
  return b ? v : DROP;
}

function withoutDropped<T>(pat: Pattern<T | typeof DROP>): Pattern<T> {
  return core.filterValues((v): v is T => v !== DROP, pat) as Pattern<T>;
}

/**
 * Gives a pattern the structure of a boolean pattern: an event wherever it is true, with the
 * value `pat` has there.
 * @method
 * @example
 * note("c,eb,g").struct("x ~ x ~ ~ x ~ x ~ ~ ~ x ~ x ~ ~")
 */
export const struct = curried(function struct<T>(on: PatternArg<Truthy>, pat: Pattern<T>): Pattern<T> {
  return withoutDropped(core.appRight(keepIf<T>, pat, reify(on)));
});

/**
 * Silences a pattern wherever a boolean pattern is false (or rests), keeping its structure.
 * @method
 * @example
 * note("c [eb,g] d [eb,g]").mask("<1 [0 1]>")
 */
export const mask = curried(function mask<T>(on: PatternArg<Truthy>, pat: Pattern<T>): Pattern<T> {
  return withoutDropped(core.appLeft(keepIf<T>, pat, reify(on)));
});

function iterWith<T>(backwards: boolean) {
  return (n: number, pat: Pattern<T>): Pattern<T> => {
    const shift = (i: number) => Rational.of(i, n);
    const shifted = Array.from({ length: n }, (_, i) => (backwards ? core.late(shift(i), pat) : core.early(shift(i), pat)));
    return cat(...shifted);
  };
}

/**
 * Divides each cycle into `n` parts and starts one part later each cycle, wrapping around. As in
 * Tidal, 0 parts (or fewer) is silence.
 * @method
 * @example
 * note("0 1 2 3".scale("A:minor")).iter(4)
 */
export const iter = curried(function iter<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(n, pat, iterWith<T>(false), ITER).withSteps(pat.steps);
});

/**
 * Like {@link iter}, but starts one part earlier each cycle.
 * @method
 * @example
 * note("0 1 2 3".scale("A:minor")).iterBack(4)
 */
export const iterBack = curried(function iterBack<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(n, pat, iterWith<T>(true), ITER_BACK).withSteps(pat.steps);
});

function lingerBy<T>(t: number, pat: Pattern<T>): Pattern<T> {
  if (t === 0) return new Pattern<T>(() => []);
  const size = r(Math.abs(t));
  const begin = t < 0 ? ONE.sub(size) : ZERO;
  return core.fast(ONE.div(size), zoom(begin, begin.add(size), pat));
}

/**
 * Repeats the first `fraction` of a cycle to fill the cycle; a negative fraction repeats the
 * last part instead. As in Strudel, cycle `c` plays the pieces of cycles `c/fraction` onwards
 * (it does not restart each cycle).
 * @method
 * @example
 * s("lt ht mt cp, [hh oh]*2").linger("<1 .5 .25 .125>")
 */
export const linger = curried(function linger<T>(fraction: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(fraction, pat, lingerBy, LINGER).withSteps(pat.steps);
});

/**
 * Applies a function inside a slower time frame: the pattern is slowed by `factor`, transformed,
 * and sped up again.
 * @method
 * @example
 * note("0 1 2 3 4 3 2 1").inside(4, rev).scale("C:major")
 */
export function inside(factor: PatternArg<number>, f: AnyTransform): AnyTransform;
export function inside<T>(factor: PatternArg<number>, f: Transform<T>): Transform<T>;
export function inside<T>(factor: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function inside<T>(factor: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => inside(factor, f, p);
  return withArg(factor, pat, (n, p) => insidePlain(n, f, p), INSIDE);
}

/** {@link inside} with a plain factor; as in Tidal, a factor of 0 gives silence. */
function insidePlain<T>(n: number, f: Transform<T>, pat: Pattern<T>): Pattern<T> {
  if (n === 0) return core.fast(ZERO, pat);
  return core.fast(r(n), f(core.fast(ONE.div(r(n)), pat)));
}

/**
 * Applies a function outside the cycle: the pattern is sped up by `factor`, transformed, and
 * slowed down again.
 * @method
 * @example
 * note("<[0 1] 2 [3 4] 5>").outside(2, rev).scale("C:major")
 */
export function outside(factor: PatternArg<number>, f: AnyTransform): AnyTransform;
export function outside<T>(factor: PatternArg<number>, f: Transform<T>): Transform<T>;
export function outside<T>(factor: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function outside<T>(factor: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => outside(factor, f, p);
  return withArg(factor, pat, (n, p) => insidePlain(1 / n, f, p), OUTSIDE);
}

/**
 * Divides the cycle into `n` slices and delays the events in the second half of each slice
 * by `amount` of that half.
 * @method
 * @example
 * s("hh*8").swingBy("<0 1/3>", 4)
 */
export const swingBy = curried(function swingBy<T>(amount: PatternArg<number>, n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  const swung = patternify2(swingPlain<T>, SWING_AMOUNT, SWING_BY)(amount, n, pat);
  return isPatterned(amount) || isPatterned(n) ? swung : swung.withSteps(pat.steps);
});

function swingPlain<T>(amount: number, n: number, pat: Pattern<T>): Pattern<T> {
  return insidePlain(n, (p: Pattern<T>) => late(sequence(0, amount / 2), p), pat);
}

/**
 * Swing: delays the events in the second half of each `1/n` of a cycle by a third of that half
 * (`swingBy(1/3, n)`).
 * @method
 * @example
 * s("hh*8").swing(4)
 */
export const swing = curried(function swing<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return swingBy(1 / 3, isPatterned(n) ? n : SWING(n), pat);
});
