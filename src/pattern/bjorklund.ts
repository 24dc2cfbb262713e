/**
 * Euclidean rhythms of plain numbers: `pulses` onsets spread as evenly as possible over `steps`
 * steps (Toussaint's observation, computed with Bjorklund's algorithm as in Tidal). Below
 * mini-notation (`a(3,8)`) and below euclid.ts, which reads patterned arguments.
 */
import { fast } from './primitives.ts';
import { appRight } from './joins.ts';
import { Hap } from './hap.ts';
import { Pattern, silence } from './pattern.ts';
import { Rational } from './rational.ts';

/**
 * The Euclidean rhythm as booleans: `pulses` trues spread over `steps`, starting with a true.
 * Negative `pulses` give the complement of the rhythm with `-pulses` pulses. Internal to the
 * pattern layer (not in the DSL: Strudel's own `bjorklund` gives 1s and 0s).
 */
export function bjorklund(pulses: number, steps: number): boolean[] {
  if (pulses < 0) return bjorklund(-pulses, steps).map((b) => !b);
  // Groups of steps; `heads` are the groups that start with a pulse, `tails` the remainder.
  let heads: boolean[][] = Array.from({ length: pulses }, () => [true]);
  let tails: boolean[][] = Array.from({ length: Math.max(0, steps - pulses) }, () => [false]);
  while (Math.min(heads.length, tails.length) > 1) {
    const pairs = Math.min(heads.length, tails.length);
    const joined = Array.from({ length: pairs }, (_, i) => [...(heads[i] ?? []), ...(tails[i] ?? [])]);
    const rest = heads.length > tails.length ? heads.slice(pairs) : tails.slice(pairs);
    heads = joined;
    tails = rest;
  }
  return [...heads.flat(), ...tails.flat()];
}

/**
 * Rotates a list right (later) by `n` places, as Strudel does: a rotation by `steps` or more
 * places either way leaves the list as it is (it does not wrap around again).
 */
function rotateRight<T>(list: readonly T[], n: number): T[] {
  return [...list.slice(-n), ...list.slice(0, -n)];
}

function euclidBools(pulses: number, steps: number, rotation: number): boolean[] {
  return rotateRight(bjorklund(pulses, steps), rotation);
}

/**
 * Plays `pat` on the Euclidean rhythm of plain arguments, rotated `rotation` steps later (see
 * {@link rotateRight}): {@link euclidRot} without patterned arguments, and mini-notation's
 * `a(pulses, steps, rotation)`. Structure from the rhythm, values from `pat`, as
 * `struct(sequence(...rhythm), pat)` gives them, without querying the rests.
 */
export function euclidRotPlain<T>(pulses: number, steps: number, rotation: number, pat: Pattern<T>): Pattern<T> {
  const bools = euclidBools(pulses, steps, rotation);
  const n = bools.length;
  if (n === 0) return silence.withSteps(undefined);
  // Cycle c of `pulses` is step c mod n of the rhythm: an event where that step is a pulse.
  const pulsesOnly = new Pattern<true>((state) => {
    const out: Hap<true>[] = [];
    for (const part of state.spanCycles()) {
      const cycle = part.begin.sam().n;
      if (bools[((cycle % n) + n) % n]) out.push(new Hap(part.wholeCycle(), part, true));
    }
    return out;
  });
  const rhythm = fast(Rational.int(n), pulsesOnly).withSteps(Rational.int(n));
  return appRight((v: T) => v, pat, rhythm);
}
