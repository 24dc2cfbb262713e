/**
 * Changing time: speed, shift, zoom, repeat and sample. Each takes patterned arguments.
 * Each function, called without its pattern, returns the transformation waiting for it
 * (`fast(2)` is `(pat) => fast(2, pat)`): see the convention in transform.ts.
 */
import * as core from './core.ts';
import { Pattern, silence } from './pattern.ts';
import { Rational, ONE, type RationalLike } from './rational.ts';
import { withArg, type PatternArg } from './reify.ts';
import { pure } from './constructors.ts';
import { ArgumentError, checkZoomWidth, MAX_EVENTS_PER_CYCLE, slowArg, speedArg, timeArg, timeValue, writtenValue } from './limits.ts';
import { curried } from './curry.ts';

const r = (x: RationalLike): Rational => Rational.from(x);

const FAST = speedArg('fast');
const SLOW = slowArg('slow');
const EARLY = timeArg('early');
const LATE = timeArg('late');
const FAST_GAP = speedArg('fastGap', { negative: 'error' });
const PLY = speedArg('ply');
// A slow segment makes long events that sample `pat` over all of their span.
const SEGMENT = speedArg('segment', { min: 1 / MAX_EVENTS_PER_CYCLE });

/**
 * Speeds a pattern up by a factor. As in Tidal, a factor of 0 gives silence and a negative factor
 * plays the pattern reversed.
 * @method
 * @example
 * s("bd sd").fast("<1 2>")
 */
export const fast = curried(function fast<T>(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(factor, pat, (factor, p) => core.fast(r(factor), p), FAST).withSteps(pat.steps);
});

/**
 * Slows a pattern down by a factor. As in Tidal, a factor of 0 gives silence and a negative factor
 * plays the pattern reversed.
 * @method
 * @method sparsity
 * @example
 * note("c e g b").slow(2)
 */
export const slow = curried(function slow<T>(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(factor, pat, (factor, p) => (factor === 0 ? silence : core.fast(ONE.div(r(factor)), p)), SLOW);
});

/**
 * Shifts a pattern earlier by a number of cycles.
 * @method
 * @example
 * s("bd sd hh").early(0.25)
 */
export const early = curried(function early<T>(offset: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(offset, pat, (offset, p) => core.early(r(offset), p), EARLY).withSteps(pat.steps);
});

/**
 * Shifts a pattern later by a number of cycles.
 * @method
 * @example
 * stack(s("hh*4"), s("hh*4").late(0.125))
 */
export const late = curried(function late<T>(offset: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(offset, pat, (offset, p) => core.late(r(offset), p), LATE).withSteps(pat.steps);
});

/**
 * Speeds each cycle up by a factor, leaving a gap at its end. A factor of 0 gives silence.
 * @method
 * @example
 * s("bd sd").fastGap(2)
 */
export const fastGap = curried(function fastGap<T>(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(factor, pat, (factor, p) => core.fastGap(r(factor), p), FAST_GAP);
});

/**
 * Repeats each event a number of times within its own span (at most 10,000; 0 is silence).
 * @method
 * @example
 * s("bd ~ sd cp").ply("<1 2 3>")
 */
export const ply = curried(function ply<T>(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(
    factor,
    pat,
    (factor, p) => core.squeezeJoin(core.fmap((v) => core.fast(r(factor), pure(v)), p)).withSteps(p.steps?.mul(r(factor))),
    PLY,
  );
});

/**
 * Samples a pattern (often a continuous signal) `n` times per cycle.
 * @method
 * @method seg
 * @example
 * note(saw.range(40, 52).segment(8))
 */
export const segment = curried(function segment<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(n, pat, (n, p) => core.appLeft((_: boolean, v) => v, core.fast(r(n), pure(true)), p).withSteps(r(n)), SEGMENT);
});

/**
 * Plays only the part of each cycle between `begin` and `end`, stretched to fill the cycle.
 * @method
 * @example
 * s("bd*2 hh*3 [~ bd] cp").zoom(0.25, 0.75)
 */
export const zoom = curried(function zoom<T>(begin: RationalLike, end: RationalLike, pat: Pattern<T>): Pattern<T> {
  if (!(pat instanceof Pattern)) throw new ArgumentError(`zoom needs a pattern to zoom into, not ${writtenValue(pat)}`);
  const b = timeValue('zoom', begin);
  const d = timeValue('zoom', end).sub(b);
  if (d.n <= 0) return silence;
  checkZoomWidth('zoom', d.valueOf());
  const zoomed = core.withHapSpan(
    (s) => s.withCycle((t) => t.sub(b).div(d)),
    core.withQuerySpan((s) => s.withCycle((t) => t.mul(d).add(b)), pat),
  );
  return core.splitQueries(zoomed, pat.steps?.mul(d));
});
