/**
 * Euclidean rhythms for mini-notation's `a(pulses, steps, rotation)`: the pattern layer's
 * rhythm (Bjorklund's algorithm, src/pattern/euclid.ts), with the arguments mini-notation accepts.
 */
import { euclidRotPlain } from '../pattern/bjorklund.ts';
import { euclidProblem } from '../pattern/limits.ts';
import type { Pattern } from '../pattern/pattern.ts';
import { nothing } from './patterns.ts';

/** True when mini-notation's Euclidean arguments make a rhythm (Strudel rejects the others). */
export function validEuclid(pulses: number, steps: number, rotation: number): boolean {
  return euclidProblem(pulses, steps, rotation) === undefined;
}

/**
 * Plays `pat` with the Euclidean rhythm: `pulses` onsets spread over `steps` steps per cycle
 * (negative pulses play the off-beats), shifted `rotation` steps later as Strudel shifts it
 * (by slicing the list: a rotation of `steps` or more either way leaves it as it is, and a
 * fraction is truncated). Structure comes from the rhythm, values from `pat`; the result has
 * `steps` steps. Silent for arguments that make no rhythm (see {@link validEuclid}).
 */
export function euclidStruct<T>(pulses: number, steps: number, rotation: number, pat: Pattern<T>): Pattern<T> {
  return validEuclid(pulses, steps, rotation) ? euclidRotPlain(pulses, steps, rotation, pat) : nothing();
}
