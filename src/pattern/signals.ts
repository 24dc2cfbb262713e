/**
 * The signal constants: continuous waveforms and random streams, ready to scale with `range`
 * and to sample with `segment` or another pattern's structure.
 *
 * Every signal samples at the BEGIN of the span it is queried for. Unipolar signals run from 0
 * to 1, their bipolar twins (`sine2`, `saw2`, ...) from -1 to 1.
 *
 * This module builds patterns at load time, so pattern.ts must not import it (it is exported from
 * index.ts only); the functions these constants are made of live in signal.ts and random.ts.
 */
import type { Pattern } from './pattern.ts';
import { sequence } from './constructors.ts';
import { fromBipolar, signal, toBipolar } from './signal.ts';
import { fmap } from './core.ts';
import { perlinWith, seededRand } from './random.ts';

/** The sine wave from -1 to 1: `sin(2πt)`. */
const sine2At = (t: number): number => Math.sin(Math.PI * 2 * t);
/** The sawtooth from 0 to 1 in each cycle (`t % 1`: from 0 to -1 before time 0, as in Strudel). */
const sawAt = (t: number): number => t % 1;
/** The square wave: 0 for the first half of each cycle, 1 for the second. */
const squareAt = (t: number): number => Math.floor((t * 2) % 2);

/**
 * The time itself, in cycles: 0 at the start of cycle 0, 1.5 halfway through cycle 1.
 * @example
 * note(time.segment(8).mul(2).add(60))
 */
export const time: Pattern<number> = signal((t) => t);

/**
 * A sine wave from -1 to 1, one period per cycle, starting at 0.
 * @example
 * note("c3*8").add(sine2.mul(7))
 */
export const sine2: Pattern<number> = signal(sine2At);

/**
 * A sine wave from 0 to 1, one period per cycle, starting at 0.5 and rising.
 * @example
 * n(sine.segment(16).range(0, 7)).scale("C:minor")
 */
export const sine: Pattern<number> = fromBipolar(sine2);

/**
 * A cosine wave from 0 to 1: `sine` a quarter cycle earlier, starting at 1.
 * @example
 * s("hh*8").gain(cosine.range(0.2, 1))
 */
export const cosine: Pattern<number> = signal((t) => (sine2At(t + 0.25) + 1) / 2);

/**
 * A cosine wave from -1 to 1.
 * @example
 * note("c3*8").add(cosine2.mul(5))
 */
export const cosine2: Pattern<number> = signal((t) => sine2At(t + 0.25));

/**
 * A sawtooth rising from 0 to 1 in each cycle.
 * @example
 * note(saw.range(40, 52).segment(8))
 */
export const saw: Pattern<number> = signal(sawAt);

/**
 * A sawtooth rising from -1 to 1 in each cycle.
 * @example
 * note("c3*8").add(saw2.mul(12))
 */
export const saw2: Pattern<number> = toBipolar(saw);

/**
 * An inverted sawtooth, falling from 1 to 0 in each cycle.
 * @example
 * note(isaw.range(40, 52).segment(8))
 */
export const isaw: Pattern<number> = signal((t) => 1 - sawAt(t));

/**
 * An inverted sawtooth, falling from 1 to -1 in each cycle.
 * @example
 * note("c3*8").add(isaw2.mul(12))
 */
export const isaw2: Pattern<number> = toBipolar(isaw);

/**
 * A triangle wave: rises from 0 to 1 in the first half of each cycle, falls back in the second.
 * @example
 * note(tri.range(48, 60).segment(8))
 */
export const tri: Pattern<number> = sequence(saw, isaw);

/**
 * A triangle wave from -1 to 1.
 * @example
 * note("c3*8").add(tri2.mul(7))
 */
export const tri2: Pattern<number> = toBipolar(tri);

/**
 * An inverted triangle: falls from 1 to 0 in the first half of each cycle, rises in the second.
 * @example
 * note(itri.range(48, 60).segment(8))
 */
export const itri: Pattern<number> = sequence(isaw, saw);

/**
 * An inverted triangle from -1 to 1.
 * @example
 * note("c3*8").add(itri2.mul(7))
 */
export const itri2: Pattern<number> = toBipolar(itri);

/**
 * A square wave: 0 for the first half of each cycle, 1 for the second.
 * @example
 * s("hh*8").gain(square.range(0.3, 1))
 */
export const square: Pattern<number> = signal(squareAt);

/**
 * A square wave: -1 for the first half of each cycle, 1 for the second.
 * @example
 * note("c3*8").add(square2.mul(12))
 */
export const square2: Pattern<number> = toBipolar(square);

/**
 * A continuous random value in [0, 1), the same every time for the same time (and seed).
 * @example
 * s("hh*8").gain(rand.range(0.4, 1))
 */
export const rand: Pattern<number> = seededRand(0);

/**
 * A continuous random value in [-1, 1).
 * @example
 * note("c3*8").add(rand2.mul(2))
 */
export const rand2: Pattern<number> = toBipolar(rand);

/**
 * A continuous random boolean, true half of the time.
 * @example
 * s("hh").struct(brand.segment(8))
 */
export const brand: Pattern<boolean> = fmap((r: number) => r < 0.5, rand);

/**
 * Perlin noise from 0 to 1: smooth random movement, a new random target every cycle.
 * @example
 * s("hh*8").lpf(perlin.range(500, 4000))
 */
export const perlin: Pattern<number> = perlinWith(time);
