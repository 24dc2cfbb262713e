/**
 * Distortion by waveshape: `diode(0.3)` is `distort(0.3)` with the `diode` curve. Each function
 * sets `distort` (the amount), `distortvol` (1 unless a list `"0.3:0.5"` gives it) and
 * `distorttype` (its own name unless a list `"0.3:0.5:fold"` gives another).
 */
import * as core from './core.ts';
import { setControlsWith, type ControlArg } from './controls.ts';
import type { Controls } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';
import { pure } from './constructors.ts';

/** The waveshaping curves of the distortion functions. */
export type DistortionShape = 'soft' | 'hard' | 'cubic' | 'diode' | 'asym' | 'fold' | 'sinefold' | 'chebyshev';

/** The controls one amount (or list `amount:volume:type`) sets for a shape. */
function distortionControls(shape: DistortionShape, amount: unknown): Controls {
  if (Array.isArray(amount)) {
    const [distort, volume = 1, type = shape] = amount as unknown[];
    return { distort, distortvol: volume, distorttype: type } as Controls;
  }
  return { distort: amount, distortvol: 1, distorttype: shape } as Controls;
}

function asControls(value: unknown): Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' ? (value as Readonly<Record<string, unknown>>) : { value };
}

/**
 * Sets a distortion of the given shape on the events of `pat` (the methods `.diode`, `.fold`, ...),
 * structure from `pat`; without an amount, only the volume and the shape are set.
 * @example
 * distortWith('diode', "<0.3 0.8>", s("saw").note("F1").lpf(500))
 */
export function distortWith(shape: DistortionShape, amount: ControlArg<'distort'> | undefined, pat: Pattern<unknown>): Pattern<Controls> {
  if (amount === undefined) return core.fmap((v: unknown) => ({ ...asControls(v), distortvol: 1, distorttype: shape }) as Controls, pat);
  return setControlsWith((v) => distortionControls(shape, v), amount, pat);
}

/** A distortion shape's function: on `pat` (its method), or alone on one event per cycle. */
export type ShapeFunction = (amount?: ControlArg<'distort'>, pat?: Pattern<unknown>) => Pattern<Controls>;

// Without a pattern, a shape sets its controls on an empty control pattern, one event per cycle.
function shapeFunction(shape: DistortionShape): ShapeFunction {
  return (amount, pat) => distortWith(shape, amount, pat ?? pure({}));
}

/**
 * Soft-clipping distortion (a gentle saturation); `"amount:volume"` also sets the volume.
 * @method
 * @example
 * s("saw").note("F1").soft("<0.5 2>")
 */
export const soft = shapeFunction('soft');
/**
 * Hard-clipping distortion.
 * @method
 * @example
 * s("saw").note("F1").hard("<0.5 2>")
 */
export const hard = shapeFunction('hard');
/**
 * Cubic waveshaping distortion.
 * @method
 * @example
 * s("saw").note("F1").cubic("<0.5 2>")
 */
export const cubic = shapeFunction('cubic');
/**
 * Diode-emulating distortion.
 * @method
 * @example
 * s("saw").lpf(500).diode(0.3)
 */
export const diode = shapeFunction('diode');
/**
 * Asymmetric distortion, which adds even harmonics.
 * @method
 * @example
 * s("saw").note("F1").asym("<0.5 2>")
 */
export const asym = shapeFunction('asym');
/**
 * Wavefolding distortion: the wave folds back from its peaks.
 * @method
 * @example
 * s("sine").note("F1").fold("<1 4>")
 */
export const fold = shapeFunction('fold');
/**
 * Sine wavefolding distortion.
 * @method
 * @example
 * s("sine").note("F1").sinefold("<1 4>")
 */
export const sinefold = shapeFunction('sinefold');
/**
 * Chebyshev-polynomial distortion, which adds harmonics in a chosen pattern.
 * @method
 * @example
 * s("sine").note("F1").chebyshev("<1 4>")
 */
export const chebyshev = shapeFunction('chebyshev');
