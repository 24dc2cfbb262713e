/**
 * Looping a piece of time: `ribbon(offset, cycles)` cuts the `cycles` starting at cycle `offset`
 * out of a pattern, as from a ribbon, and plays that piece over and over from cycle 0.
 */
import { curried } from './curry.ts';
import * as core from './core.ts';
import { pure } from './constructors.ts';
import { silence, type Pattern } from './pattern.ts';
import { ONE, Rational } from './rational.ts';
import { patternify2, type PatternArg } from './reify.ts';
import { slowArg, timeArg } from './limits.ts';
import { restartJoin } from './reset-join.ts';

const OFFSET = timeArg('ribbon');
// A loop of 0 cycles (or less) plays nothing.
const CYCLES = slowArg('ribbon', { noun: 'loops a cycle' });

function ribbonWith<T>(offset: number, cycles: number, pat: Pattern<T>): Pattern<T> {
  if (!(cycles > 0)) return silence;
  const piece = core.early(Rational.from(offset), pat);
  const loops = core.fast(ONE.div(Rational.from(cycles)), pure(true));
  return restartJoin(core.fmap(() => piece, loops));
}

/**
 * Loops the `cycles` cycles of `pat` that start at cycle `offset`: the piece plays from cycle 0
 * and starts over every `cycles` cycles; events crossing its ends are cut. With random patterns
 * it repeats a stretch of randomness.
 * @method
 * @example
 * n(irand(8).segment(4)).scale("c:pentatonic").ribbon(1337, 2)
 */
export const ribbon = curried(function ribbon<T>(offset: PatternArg<number>, cycles: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return patternify2<number, number, T, T>(ribbonWith, OFFSET, CYCLES)(offset, cycles, pat);
});

/**
 * Alias of {@link ribbon}.
 * @method
 * @example
 * note("<c d e f>").rib(1, 2)
 */
export const rib: typeof ribbon = ribbon;
