/**
 * Continuous patterns (signals) and the functions that scale their values.
 *
 * A signal has no structure of its own: asked about any span it answers one hap with no whole,
 * whose part is the span asked for and whose value is the signal sampled at the span's BEGIN
 * (Strudel's choice; Tidal samples the midpoint). Give it structure with `segment`, or take
 * structure from another pattern (`n("0 2 4").add(sine.range(0, 7))`).
 *
 * The signal constants (`sine`, `saw`, `rand`, ...) live in `signals.ts`, which pattern.ts does
 * not import; this module only defines functions, so it builds no pattern at load time.
 * `range` and friends, called without their pattern, return the transformation waiting for it.
 */
import { Pattern } from './pattern.ts';
import { patternify2, type PatternArg } from './reify.ts';
import { appLeft, fmap } from './core.ts';
import { pure } from './constructors.ts';
import type { Transform } from './transform.ts';

export { signal, stateSignal, steady } from './continuous.ts';

/** Maps a value in [0, 1] linearly to [min, max]. */
function lerp(v: number, min: number, max: number): number {
  return v * (max - min) + min;
}

/**
 * Scales a unipolar pattern (values 0 to 1, like `sine` or `rand`) to the range `min`–`max`.
 * As in Strudel, the result is cut at cycle boundaries (a signal keeps the value it had at the
 * query's begin in every piece); patterned bounds split it further, each piece sampled anew.
 * @method
 * @example
 * s("hh*8").lpf(sine.range(500, 4000))
 */
export function range(min: PatternArg<number>, max: PatternArg<number>): Transform<number>;
export function range(min: PatternArg<number>, max: PatternArg<number>, pat: Pattern<number>): Pattern<number>;
export function range(min: PatternArg<number>, max: PatternArg<number>, pat?: Pattern<number>): Pattern<number> | Transform<number> {
  if (pat === undefined) return (p) => range(min, max, p);
  return rangeWith(lerp, min, max, pat);
}

/**
 * Scales a unipolar pattern exponentially to `min`–`max` (both positive): equal steps in the
 * input are equal ratios in the output, which suits frequencies.
 * @method
 * @example
 * s("sawtooth*8").lpf(sine.rangex(200, 8000))
 */
export function rangex(min: PatternArg<number>, max: PatternArg<number>): Transform<number>;
export function rangex(min: PatternArg<number>, max: PatternArg<number>, pat: Pattern<number>): Pattern<number>;
export function rangex(min: PatternArg<number>, max: PatternArg<number>, pat?: Pattern<number>): Pattern<number> | Transform<number> {
  if (pat === undefined) return (p) => rangex(min, max, p);
  return rangeWith((v, lo, hi) => Math.exp(lerp(v, Math.log(lo), Math.log(hi))), min, max, pat);
}

/**
 * Scales a bipolar pattern (values -1 to 1, like `sine2`) to the range `min`–`max`.
 * @method
 * @example
 * note("c3*8").add(sine2.range2(-12, 12))
 */
export function range2(min: PatternArg<number>, max: PatternArg<number>): Transform<number>;
export function range2(min: PatternArg<number>, max: PatternArg<number>, pat: Pattern<number>): Pattern<number>;
export function range2(min: PatternArg<number>, max: PatternArg<number>, pat?: Pattern<number>): Pattern<number> | Transform<number> {
  if (pat === undefined) return (p) => range2(min, max, p);
  return rangeWith(lerp, min, max, fromBipolar(pat));
}

type Scale = (v: number, min: number, max: number) => number;

// Plain bounds: Strudel's `pat.mul(max - min).add(min)`, whose structure comes from `pat` cut at
// cycle boundaries by the plain operands. Patterned bounds: inner-joined (Tidal's tParam).
function rangeWith(f: Scale, min: PatternArg<number>, max: PatternArg<number>, pat: Pattern<number>): Pattern<number> {
  return patternify2((lo: number, hi: number, p: Pattern<number>) => appLeft((v: number) => f(v, lo, hi), p, cycles()))(
    min,
    max,
    pat,
  );
}

/** A pattern with one event per cycle, made on demand (no pattern is built at load time). */
function cycles(): Pattern<true> {
  return pure(true as const);
}

/**
 * Turns a unipolar pattern (0 to 1) into a bipolar one (-1 to 1).
 * @method
 * @example
 * n("0*8").add(saw.toBipolar().mul(7))
 */
export function toBipolar(pat: Pattern<number>): Pattern<number> {
  return fmap((v) => v * 2 - 1, pat);
}

/**
 * Turns a bipolar pattern (-1 to 1) into a unipolar one (0 to 1).
 * @method
 * @example
 * s("hh*8").gain(sine2.fromBipolar())
 */
export function fromBipolar(pat: Pattern<number>): Pattern<number> {
  return fmap((v) => (v + 1) / 2, pat);
}
