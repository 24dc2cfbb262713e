/**
 * Building longer stepwise sequences out of steps (Strudel's experimental stepwise functions):
 * shrinking or growing a pattern step by step (`shrink`, `grow`), touring a pattern through a
 * list (`tour`), interleaving the steps of patterns (`zip`) and alternating between lists of
 * patterns (`stepalt`). Each result is concatenated stepwise: a part takes as many steps as it has.
 */
import { curried } from './curry.ts';
import * as core from './core.ts';
import { Pattern } from './pattern.ts';
import { Rational, ONE, ZERO } from './rational.ts';
import { isPatterned, reify, type PatternArg } from './reify.ts';
import { ArgumentError, boundedArg, MAX_EVENTS_PER_CYCLE, readableCount, type ArgCheck } from './limits.ts';
import { timeCat } from './concat.ts';
import { zoom } from './time.ts';
import { drop, stepJoin, take } from './steps.ts';
import { lcmSteps } from './step-count.ts';

/** How many steps to shrink or grow by, optionally with `[by, times]` (mini-notation `"1:2"`). */
export type StepAmount = number | readonly number[];

function stepwise<T>(
  name: string,
  arg: PatternArg<StepAmount>,
  pat: Pattern<T>,
  f: (a: StepAmount, pat: Pattern<T>) => Pattern<T>,
): Pattern<T> {
  const check = stepAmount(name);
  if (!isPatterned(arg)) return f(check(arg), pat);
  return stepJoin(
    core.mapArg((a: unknown, state) => {
      // Shrinking and growing build a copy of the pattern for each of its steps.
      state.budget?.charge(Math.max(1, pat.steps?.valueOf() ?? 1));
      return f(check(a), pat);
    }, reify(arg) as Pattern<unknown>),
  );
}

/** Checks a {@link StepAmount}: a number of steps, or `[by, times]`, each finite and bounded. */
function stepAmount(name: string): ArgCheck<StepAmount> {
  const part = boundedArg(name, 'a number of steps');
  return (x) => (Array.isArray(x) ? x.map(part) : part(x));
}

/** The amounts `0, by, 2·by, ...` (at most `total` of them) that stay below `total` in size. */
function amounts(name: string, by: number, total: number): number[] {
  if (total > MAX_EVENTS_PER_CYCLE) {
    throw new ArgumentError(`${name} of a pattern of ${readableCount(total)} steps asks for as many copies of it; weft makes up to ${readableCount(MAX_EVENTS_PER_CYCLE)}`);
  }
  const out: number[] = [];
  for (let i = 0; i < total; i++) if (Math.abs(i * by) < total) out.push(i * by);
  return out;
}

function shrinkSteps<T>(amount: StepAmount, pat: Pattern<T>): Pattern<T> {
  if (pat.steps === undefined) return pat;
  const [by = 0, times] = Array.isArray(amount) ? amount : [amount as number];
  const list = amounts('shrink', by, pat.steps.valueOf());
  const chosen = times === undefined ? list : list.slice(0, times);
  return timeCat(...chosen.map((n) => drop(n, pat)));
}

/**
 * Plays the pattern, then again with `n` steps dropped, then `2n`, ... until nothing is left
 * (or `times` times, given as `"n:times"`); a negative `n` drops from the end. All in one cycle.
 * @method
 * @example
 * sound("tha dhi thom nam".shrink("1 -1")).bank("mridangam").pace(4)
 */
export const shrink = curried(function shrink<T>(amount: PatternArg<StepAmount>, pat: Pattern<T>): Pattern<T> {
  return stepwise('shrink', amount, pat, shrinkSteps);
});

function growSteps<T>(amount: StepAmount, pat: Pattern<T>): Pattern<T> {
  if (pat.steps === undefined) return pat;
  // As in Strudel, a second value divides the step (`"1:2"` grows by half steps).
  const [n = 0, divisor = 1] = Array.isArray(amount) ? amount : [amount as number];
  const total = pat.steps.valueOf();
  const sign = n < 0 ? -1 : 1;
  const list = amounts('grow', Math.abs(n / divisor), total).reverse();
  return timeCat(...list.map((a) => take(sign * (total - a), pat)));
}

/**
 * Plays the first `n` steps of the pattern, then the first `2n`, ... up to the whole pattern; a
 * negative `n` takes steps from the end. All in one cycle.
 * @method
 * @example
 * sound("tha dhi thom nam".grow("1 -1")).bank("mridangam").pace(4)
 */
export const grow = curried(function grow<T>(amount: PatternArg<StepAmount>, pat: Pattern<T>): Pattern<T> {
  return stepwise('grow', amount, pat, growSteps);
});

/**
 * Inserts a pattern into a list of patterns, first at the end, then one place earlier each time
 * until it is first, all concatenated stepwise into one cycle (use `pace` to slow it down).
 * @method
 * @example
 * note("[c g]".tour("e f", "e f g", "g f e c")).sound("folkharp").pace(8)
 */
export function tour<T>(pat: Pattern<T>, ...many: PatternArg<T>[]): Pattern<T> {
  const pats = many.map((p) => reify(p));
  const rounds: Pattern<T>[] = [];
  for (let i = pats.length; i >= 0; i--) rounds.push(...pats.slice(0, i), pat, ...pats.slice(i));
  return timeCat(...rounds);
}

/**
 * Interleaves the steps of patterns: the first step of each, then the second of each, and so on
 * until every pattern has come round to its start together, all in one dense cycle per pattern.
 * @example
 * note(zip("e f", "e f g", "g [f e] a f4 c")).sound("folkharp").pace(8)
 */
export function zip<T>(...items: PatternArg<T>[]): Pattern<T> {
  const pats = items.map((p) => reify(p)).filter((p) => p.steps !== undefined && p.steps.n !== 0);
  const steps = lcmSteps(pats.map((p) => p.steps));
  if (steps === undefined) return new Pattern<T>(() => []);
  const count = steps.valueOf();
  if (count > MAX_EVENTS_PER_CYCLE) {
    throw new ArgumentError(`zip of these patterns takes ${readableCount(count)} steps to come round; weft plays up to ${readableCount(MAX_EVENTS_PER_CYCLE)}`);
  }
  const stretched = pats.map((p) => core.fast(steps.div(p.steps ?? ONE), p));
  const pieces: [number, Pattern<T>][] = [];
  for (let i = 0; i < count; i++) {
    const b = Rational.of(i, count);
    const e = Rational.of(i + 1, count);
    for (const p of stretched) pieces.push([1, zoom(b, e, p)]);
  }
  return core.fast(Rational.of(1, pats.length), timeCat(...pieces)).withSteps(steps);
}

/** An argument to {@link stepalt}: a pattern, or a list of patterns to alternate between. */
export type AltArg<T> = PatternArg<T> | readonly PatternArg<T>[];

/**
 * Concatenates patterns stepwise; a list of patterns stands for one of them, the next each time
 * round, until all lists come back to their starts (all in one cycle).
 * @example
 * sound(stepalt(["bd cp", "mt"], "bd"))
 */
export function stepalt<T>(...items: AltArg<T>[]): Pattern<T> {
  const lists = items.map((x) => (Array.isArray(x) ? (x as readonly PatternArg<T>[]) : [x as PatternArg<T>]).map((p) => reify(p)));
  const lengths = lists.map((l) => Rational.int(l.length)).filter((n) => n.gt(ZERO));
  const rounds = (lcmSteps(lengths) ?? ZERO).valueOf();
  if (rounds * lists.length > MAX_EVENTS_PER_CYCLE) {
    throw new ArgumentError(`stepalt of these lists takes ${readableCount(rounds)} rounds to come back; weft plays up to ${readableCount(MAX_EVENTS_PER_CYCLE)} steps`);
  }
  const parts: Pattern<T>[] = [];
  for (let i = 0; i < rounds; i++) for (const l of lists) if (l.length > 0) parts.push(l[i % l.length] as Pattern<T>);
  return timeCat(...parts);
}
