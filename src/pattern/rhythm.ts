/**
 * Rhythms from numbers: onsets at given divisions of the cycle (`beat`), a rhythm morphing
 * between two others (`morph`) and a euclidean rhythm morphing towards an even pulse
 * (`euclidish`), and inverting a boolean rhythm (`invert`).
 */
import * as core from './core.ts';
import { Hap } from './hap.ts';
import { Pattern } from './pattern.ts';
import { Rational, ONE, ZERO } from './rational.ts';
import { alwaysPatterned, isPatterned, patternify2, reify, type PatternArg } from './reify.ts';
import { ArgumentError, boundedArg, countArg, euclidProblem, numberArg, writtenValue, type ArgCheck } from './limits.ts';
import { pure } from './constructors.ts';
import { bjorklund } from './bjorklund.ts';
import { struct } from './structure.ts';
import { inv } from './ops.ts';
import { timeFromFloat } from './float-time.ts';
import { Span } from './span.ts';
import type { Truthy } from './conditional.ts';
import { curried } from './curry.ts';

const BEAT = numberArg('beat', 'a step number');
const BEAT_DIV = countArg('beat', { min: 1, max: Number.MAX_SAFE_INTEGER, noun: 'steps' });
const MORPH_BY = boundedArg('morph', 'an amount');
const EUCLIDISH_GROOVE = boundedArg('euclidish', 'a groove amount');

/**
 * Plays the pattern at the given steps of a cycle divided into `div` steps: `beat("0,7,10", 16)`
 * has onsets at the 1st, 8th and 11th sixteenth.
 * @method
 * @example
 * s("bd").beat("0,7,10", 16)
 */
export const beat = curried(function beat<T>(t: PatternArg<number>, div: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return patternify2(
    (t: number, div: number, p: Pattern<T>) => {
      const d = Rational.from(div);
      const b = Rational.from(t % div).div(d);
      return struct(core.compress(b, b.add(ONE.div(d)), pure(true)), p);
    },
    BEAT,
    BEAT_DIV,
  )(t, div, pat).withSteps(undefined);
});

/** A rhythm given as a list of 1s and 0s (or booleans). */
export type Rhythm = readonly Truthy[];

/** One cycle of `morph`: the k-th onset of `from` moved `by` of the way to the k-th of `to`. */
function morphPlain(from: Rhythm, to: Rhythm, by: number): Pattern<boolean> {
  const onsets = (xs: Rhythm) => xs.flatMap((x, i) => (x ? [Rational.of(i, xs.length)] : []));
  const a = onsets(from);
  const b = onsets(to);
  const amount = timeFromFloat(by);
  const begins = a.slice(0, b.length).map((x, k) => x.add((b[k] as Rational).sub(x).mul(amount)));
  const length = from.length === 0 ? ZERO : Rational.of(1, from.length);
  return core.splitQueries(
    new Pattern((state) => {
      const cycle = state.span.begin.sam();
      const out: Hap<boolean>[] = [];
      for (const begin of begins) {
        const event = new Span(cycle.add(begin), cycle.add(begin).add(length));
        const part = event.intersection(state.span);
        if (part !== undefined) out.push(new Hap(event, part, true));
      }
      return out;
    }),
  );
}

function withList<A, R>(x: PatternArg<A>, f: (a: A) => Pattern<R>, check?: ArgCheck<A>): Pattern<R> {
  if (isPatterned(x)) return alwaysPatterned(x, f, check);
  return f(check === undefined ? x : check(x));
}

/**
 * A rhythm between two rhythms (lists of 1s and 0s with the same number of 1s): each onset
 * of `from` moves the fraction `by` of the way to the matching onset of `to`.
 * @example
 * sound("hh").struct(morph([1, 0, 1, 0, 1, 0, 1, 0], [1, 1, 0, 1, 0, 1, 0], 0.25))
 */
export function morph(from: PatternArg<Rhythm>, to: PatternArg<Rhythm>, by: PatternArg<number>): Pattern<boolean> {
  return core.splitQueries(withList(from, (a) => withList(to, (b) => withList(by, (x) => morphPlain(a, b, x), MORPH_BY))));
}

/**
 * A euclidean rhythm (`pulses` onsets spread over `steps` steps) morphed towards an even pulse:
 * `groove` 0 is `euclid(pulses, steps)`, 1 is `pulses` evenly spaced onsets.
 * @method
 * @example
 * sound("hh").euclidish(7, 12, sine.slow(8)).pan(sine.slow(8))
 */
export const euclidish = curried(function euclidish<T>(pulses: PatternArg<number>, steps: PatternArg<number>, groove: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  const ones = (k: number) => Array.from({ length: Math.max(0, k) }, () => 1);
  const rhythm = ([k, n, g]: readonly [unknown, unknown, unknown]) => {
    const problem = euclidProblem(k, n, 0);
    if (problem !== undefined) throw new ArgumentError(`euclidish(${writtenValue(k)}, ${writtenValue(n)}): ${problem.text}`);
    return morph(bjorklund(k as number, n as number), ones(k as number), EUCLIDISH_GROOVE(g));
  };
  const plain = !isPatterned(pulses) && !isPatterned(steps) && !isPatterned(groove);
  if (plain) return struct(rhythm([pulses, steps, groove]), pat).withSteps(Rational.from(steps as number));
  // As Strudel patterns the arguments together, with structure from `pulses`: a continuous
  // groove is sampled where each of its events begins.
  const args = core.appLeft(
    (kn: readonly [number, number], g: number) => [kn[0], kn[1], g] as const,
    core.appLeft((k: number, n: number) => [k, n] as const, reify(pulses), reify(steps)),
    reify(groove),
  );
  return struct(
    core.innerJoin(
      core.mapArg((kng: readonly [number, number, number], state) => {
        const made = rhythm(kng);
        state.budget?.charge(Math.abs(kng[1]));
        return made;
      }, args),
    ),
    pat,
  );
});

/**
 * The same as {@link euclidish}.
 * @method
 * @example
 * sound("hh").eish(5, 8, 0.5)
 */
export const eish: typeof euclidish = euclidish;

/**
 * Swaps true and false (1s and 0s) in a boolean pattern (the same as `inv`).
 * @method
 * @example
 * s("bd").struct("1 0 0 1 0 0 1 0".lastOf(4, invert))
 */
export function invert(pat: Pattern<unknown>): Pattern<boolean> {
  return inv(pat);
}
