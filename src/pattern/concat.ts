/**
 * Joining patterns by their steps: weighted concatenation within a cycle (`timeCat`),
 * across cycles (`arrange`), and aligning the steps of patterns of different lengths
 * (`polymeter`).
 */
import * as core from './core.ts';
import { Pattern, silence } from './pattern.ts';
import { Rational } from './rational.ts';
import { reify, type PatternArg } from './reify.ts';
import { ArgumentError, countArg, MAX_SLOWDOWN } from './limits.ts';
import { stack } from './constructors.ts';
import { timeCatPlain } from './combine.ts';
import { lcmSteps } from './step-count.ts';

export { timeCatPlain } from './combine.ts';

const WEIGHT = countArg('timeCat', { min: 0, max: MAX_SLOWDOWN, noun: 'as a weight' });
const SECTION = countArg('arrange', { min: 0, max: MAX_SLOWDOWN, noun: 'cycles' });

/** A part of a {@link timeCat}: `[weight, pattern]`, or a pattern weighted by its step count. */
export type WeightedArg<T> = readonly [number, PatternArg<T>] | PatternArg<T>;

/**
 * Concatenates patterns into one cycle, each taking time in proportion to its weight. A pattern
 * given without a weight weighs its step count (1 when unknown).
 * @example
 * timeCat([1, s("bd*4")], [1, s("hh27*8")], [1, s("superpiano").n(0)])
 */
export function timeCat<T>(...items: WeightedArg<T>[]): Pattern<T> {
  const parts: [Rational, Pattern<T>][] = [];
  for (const item of items) {
    if (Array.isArray(item)) {
      const [w, p] = item as readonly [number, PatternArg<T>];
      parts.push([Rational.from(WEIGHT(w)), reify(p)]);
    } else {
      const p = reify(item as PatternArg<T>);
      parts.push([p.steps ?? Rational.int(1), p]);
    }
  }
  return timeCatPlain(parts);
}

/**
 * The same as {@link timeCat}.
 * @example
 * timecat([1, s("bd*4")], [2, s("hh*8")])
 */
export function timecat<T>(...items: WeightedArg<T>[]): Pattern<T> {
  return timeCat(...items);
}

/**
 * The same as {@link timeCat}: concatenates patterns by their steps, or by given weights.
 * @example
 * stepcat([1, s("bd*4")], s("hh27*8"))
 */
export function stepcat<T>(...items: WeightedArg<T>[]): Pattern<T> {
  return timeCat(...items);
}

/**
 * Plays sections one after another, each lasting its number of cycles.
 * @example
 * arrange([4, note("<c a f e>(3,8)")], [2, note("<g a>(5,8)")]).s("piano")
 */
export function arrange<T>(...sections: readonly (readonly [number, PatternArg<T>])[]): Pattern<T> {
  const total = sections.reduce((sum, [n]) => sum + SECTION(n), 0);
  if (total === 0) throw new ArgumentError('arrange needs at least one section that lasts more than 0 cycles');
  const parts = sections.map(([n, p]) => [n, core.fast(Rational.from(n), reify(p))] as const);
  return core.fast(Rational.int(1).div(Rational.from(total)), timeCat(...parts));
}

/**
 * Plays patterns at the same time, aligning their steps: each is sped up so that all have the
 * least common multiple of their step counts in a cycle. Patterns with no step count
 * (continuous signals) are left out.
 * @example
 * note(polymeter("c eb g", "c2 g2"))
 */
export function polymeter<T>(...items: PatternArg<T>[]): Pattern<T> {
  const pats = items.map((x) => reify(x)).filter((p) => p.steps !== undefined && p.steps.n !== 0);
  const steps = lcmSteps(pats.map((p) => p.steps));
  if (steps === undefined) return silence as Pattern<T>;
  return stack(...pats.map((p) => core.fast(steps.div(p.steps ?? steps), p))).withSteps(steps);
}
