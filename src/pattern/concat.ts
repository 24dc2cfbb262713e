/**
 * Joining patterns by their steps: weighted concatenation within a cycle (`timeCat`),
 * across cycles (`arrange`), and aligning the steps of patterns of different lengths
 * (`polymeter`).
 */
import * as core from './core.ts';
import { Pattern, silence } from './pattern.ts';
import type { Hap } from './hap.ts';
import { ONE, Rational, ZERO } from './rational.ts';
import type { Span } from './span.ts';
import { reify, type PatternArg } from './reify.ts';
import { ArgumentError, countArg, MAX_SLOWDOWN } from './limits.ts';
import { stack } from './constructors.ts';
import { lcmSteps } from './step-count.ts';

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
 * {@link timeCat} of patterns with exact weights (also mini-notation's weighted sequences): parts
 * weighing nothing (or less) are left out; the step count is the sum of the weights.
 */
export function timeCatPlain<T>(parts: readonly (readonly [Rational, Pattern<T>])[]): Pattern<T> {
  // Parts weighing nothing are left out, and so are negative weights (step counts gone wrong),
  // which would make the total zero or the parts overlap.
  const weighted = parts.filter(([w]) => w.n > 0);
  const total = weighted.reduce((sum, [w]) => sum.add(w), ZERO);
  if (weighted.length === 0) return silence.withSteps(total) as Pattern<T>;
  if (weighted.length === 1) return (weighted[0] as readonly [Rational, Pattern<T>])[1].withSteps(total);
  let begin = ZERO;
  const placed: Placed<T>[] = [];
  for (const [w, p] of weighted) {
    const end = begin.add(w);
    const from = begin.div(total);
    const to = end.div(total);
    placed.push({ from, to, pat: core.compress(from, to, p) });
    begin = end;
  }
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const part of placed) {
      if (!meets(part, state.span)) continue;
      for (const h of core.charged(state, part.pat.query(state))) out.push(h);
    }
    return out;
  }, total);
}

/** A part of a {@link timeCatPlain}: its pattern compressed into `[from, to)` of each cycle. */
interface Placed<T> {
  readonly from: Rational;
  readonly to: Rational;
  readonly pat: Pattern<T>;
}

/**
 * False when a query cannot meet the part's place in its cycle, so the part need not be asked
 * (it would answer nothing): a query within one cycle that ends before (or where) the place
 * begins, or begins where it ends or after; a zero-width query only meets a place it is in.
 * Queries over a cycle boundary ask every part.
 */
function meets({ from, to }: { readonly from: Rational; readonly to: Rational }, query: Span): boolean {
  const cycle = query.begin.sam();
  const b = query.begin.sub(cycle);
  const e = query.end.sub(cycle);
  if (e.gt(ONE)) return true;
  if (b.gte(to)) return false;
  return b.eq(e) ? b.gte(from) : e.gt(from);
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
