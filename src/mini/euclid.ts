/**
 * Euclidean rhythms for mini-notation's `a(pulses, steps, rotation)`: Bjorklund's algorithm
 * spreads the pulses as evenly as possible over the steps.
 */
import { appLeft, fast } from '../pattern/core.ts';
import { Pattern } from '../pattern/pattern.ts';
import { nothing } from './patterns.ts';
import { Hap } from '../pattern/hap.ts';
import { Rational } from '../pattern/rational.ts';

/**
 * The Euclidean rhythm of `pulses` onsets in `steps` steps (Bjorklund's algorithm), starting
 * with an onset: `bjorklund(3, 8)` is `x..x..x.`.
 */
export function bjorklund(pulses: number, steps: number): boolean[] {
  // Repeatedly pair the remainder groups with the leading groups, as in Euclid's algorithm.
  let heads: boolean[][] = Array.from({ length: pulses }, () => [true]);
  let tails: boolean[][] = Array.from({ length: steps - pulses }, () => [false]);
  while (Math.min(heads.length, tails.length) > 1) {
    if (heads.length > tails.length) {
      const paired = tails.map((t, i) => [...(heads[i] as boolean[]), ...t]);
      tails = heads.slice(tails.length);
      heads = paired;
    } else {
      const paired = heads.map((h, i) => [...h, ...(tails[i] as boolean[])]);
      tails = tails.slice(heads.length);
      heads = paired;
    }
  }
  return [...heads.flat(), ...tails.flat()];
}

/** True when mini-notation's Euclidean arguments make a rhythm (Strudel rejects the others). */
export function validEuclid(pulses: number, steps: number, rotation: number): boolean {
  return Number.isInteger(pulses) && Number.isInteger(steps) && Number.isFinite(rotation) && steps > 0 && Math.abs(pulses) <= steps;
}

/**
 * The rhythm moved `rotation` steps later, as Strudel moves it: by slicing the list, so a
 * rotation of `steps` or more either way leaves it as it is, and a fraction is truncated.
 */
function rotate(bools: readonly boolean[], rotation: number): boolean[] {
  return [...bools.slice(-rotation), ...bools.slice(0, -rotation)];
}

/**
 * Plays `pat` with the Euclidean rhythm: `pulses` onsets spread over `steps` steps per cycle
 * (negative pulses play the off-beats), shifted `rotation` steps later (see {@link rotate}). Structure comes from
 * the rhythm, values from `pat`; the result has `steps` steps.
 */
export function euclidStruct<T>(pulses: number, steps: number, rotation: number, pat: Pattern<T>): Pattern<T> {
  if (!validEuclid(pulses, steps, rotation)) return nothing();
  const base = bjorklund(Math.abs(pulses), steps).map((on) => (pulses < 0 ? !on : on));
  const bools = rotation === 0 ? base : rotate(base, rotation);
  const n = Rational.int(steps);
  const struct = fast(
    n,
    new Pattern<boolean>((state) => {
      const out: Hap<boolean>[] = [];
      for (const part of state.span.spanCycles()) {
        const cycle = part.begin.sam().n;
        if (bools[((cycle % steps) + steps) % steps]) out.push(new Hap(part.wholeCycle(), part, true));
      }
      return out;
    }),
  );
  return appLeft((_: boolean, v: T) => v, struct, pat).withSteps(n);
}
