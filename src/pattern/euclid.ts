/**
 * Euclidean rhythms: `pulses` onsets spread as evenly as possible over `steps` steps
 * (Toussaint's observation, computed with Bjorklund's algorithm as in Tidal).
 * Functions follow the curried convention described in transform.ts.
 */
import { curried } from './curry.ts';
import * as core from './core.ts';
import { Pattern, silence } from './pattern.ts';
import { Rational } from './rational.ts';
import { isPatterned, reify, type PatternArg } from './reify.ts';
import { ArgumentError, euclidProblem, writtenValue } from './limits.ts';
import { pure } from './constructors.ts';
import { timeCat } from './concat.ts';
import { struct } from './structure.ts';
import { bjorklund, euclidRotPlain } from './bjorklund.ts';

export { bjorklund, euclidRotPlain } from './bjorklund.ts';

/**
 * Applies `f` to the plain values of three patterned arguments, structure from the first, after
 * checking that they make a rhythm (see {@link euclidProblem}): a plain argument now, patterned
 * ones when queried (the error then placed at the values' source locations).
 */
function withArgs3<T>(
  name: string,
  a: PatternArg<number>,
  b: PatternArg<number>,
  c: PatternArg<number>,
  pat: Pattern<T>,
  f: (a: number, b: number, c: number, pat: Pattern<T>) => Pattern<T>,
): Pattern<T> {
  const checked = (x: unknown, y: unknown, z: unknown): Pattern<T> => {
    const problem = euclidProblem(x, y, z);
    if (problem !== undefined) {
      const shown = name.endsWith('Rot') ? [x, y, z] : [x, y];
      throw new ArgumentError(`${name}(${shown.map(writtenValue).join(', ')}): ${problem.text}`);
    }
    return f(x as number, y as number, z as number, pat);
  };
  if (!isPatterned(a) && !isPatterned(b) && !isPatterned(c)) return checked(a, b, c);
  const args = core.appLeft(
    (ab: readonly [number, number], z: number) => [ab[0], ab[1], z] as const,
    core.appLeft((x: number, y: number) => [x, y] as const, reify(a), reify(b)),
    reify(c),
  );
  return core.innerJoin(
    core.mapArg(([x, y, z]: readonly [number, number, number], state) => {
      const rhythm = checked(x, y, z);
      // The rhythm is built step by step.
      state.budget?.charge(Math.abs(y));
      return rhythm;
    }, args),
  );
}

function euclidLegatoStruct<T>(pulses: number, steps: number, rotation: number, pat: Pattern<T>): Pattern<T> {
  if (pulses <= 0) return silence as Pattern<T>;
  // Each pulse lasts until the next one; the rhythm starts with a pulse, so the holds fill the
  // cycle. Rotating shifts the whole result (values too) later by whole steps, as Strudel does.
  const parts: [number, Pattern<boolean>][] = [];
  for (const b of bjorklund(pulses, steps)) {
    const last = parts[parts.length - 1];
    if (b || last === undefined) parts.push([1, pure(true)]);
    else last[0] += 1;
  }
  const held = struct(timeCat(...parts), pat);
  return rotation === 0 ? held : core.late(Rational.of(rotation, steps), held);
}

/**
 * Plays the pattern on a Euclidean rhythm of `pulses` onsets in `steps` steps. As in
 * mini-notation's `a(3,8)`, steps are a whole number from 1 to 10,000 and pulses a whole number
 * no larger either way (negative pulses play the off-beats); other numbers are an error.
 * @method
 * @example
 * note("c3").euclid(3, 8)
 */
export const euclid = curried(function euclid<T>(pulses: PatternArg<number>, steps: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArgs3('euclid', pulses, steps, 0, pat, euclidRotPlain);
});

/**
 * Like {@link euclid}, with the rhythm rotated right (later) by `rotation` steps.
 * @method
 * @example
 * note("c3").euclidRot(3, 16, 14)
 */
export const euclidRot = curried(function euclidRot<T>(pulses: PatternArg<number>, steps: PatternArg<number>, rotation: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArgs3('euclidRot', pulses, steps, rotation, pat, euclidRotPlain);
});

/**
 * Like {@link euclid}, but each pulse is held until the next one.
 * @method
 * @example
 * note("c3").euclidLegato(3, 8)
 */
export const euclidLegato = curried(function euclidLegato<T>(pulses: PatternArg<number>, steps: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArgs3('euclidLegato', pulses, steps, 0, pat, euclidLegatoStruct);
});

/**
 * Like {@link euclidLegato}, shifted later by `rotation` steps (the pattern's values too).
 * @method
 * @example
 * note("c3").euclidLegatoRot(3, 5, 2)
 */
export const euclidLegatoRot = curried(function euclidLegatoRot<T>(pulses: PatternArg<number>, steps: PatternArg<number>, rotation: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArgs3('euclidLegatoRot', pulses, steps, rotation, pat, euclidLegatoStruct);
});
