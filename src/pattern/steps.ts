/**
 * Working with steps (Strudel's experimental stepwise functions): a pattern that knows how many
 * steps its cycle has (`Pattern.steps`) can be paced to a number of steps per cycle, cut to some
 * of its steps, or have its step count changed without changing its sound.
 *
 * A patterned step argument is joined stepwise ({@link stepJoin}): the patterns made from the
 * argument's values are concatenated, each taking as many steps as it has, so that
 * `"a b c d".take("1 2")` is `"a a b"`.
 */
import * as core from './core.ts';
import { Pattern } from './pattern.ts';
import { Rational, ONE, ZERO } from './rational.ts';
import { isPatterned, reify, withArg, type PatternArg } from './reify.ts';
import { ArgumentError, boundedArg, buildCost, scaleArg, checkSpeedUp, MAX_EVENTS_PER_CYCLE, readableCount, speedArg, writtenValue, type ArgCheck } from './limits.ts';
import { stack } from './constructors.ts';
import { timeCat } from './concat.ts';
import { zoom } from './time.ts';
import { lcmSteps } from './step-count.ts';
import { Span } from './span.ts';
import { State } from './state.ts';
import { QueryBudget } from './budget.ts';
import { repeatCyclesPlain } from './primitives.ts';
import { curried } from './curry.ts';

/**
 * A pattern with no events that counts as `steps` steps, for {@link stepcat} and friends.
 * @example
 * stepcat(s("bd sd"), gap(2), s("hh"))
 */
export function gap(steps: number | Rational): Pattern<never> {
  return new Pattern<never>(() => [], typeof steps === 'number' ? Rational.from(GAP(steps)) : steps);
}

/** The empty pattern with a step count of zero, as what is left when every step is taken away. */
function nothing<T>(): Pattern<T> {
  return new Pattern<T>(() => [], ZERO);
}

/**
 * Flattens a pattern of patterns step by step: the events of one cycle of the outer pattern are
 * laid out in order, each holding its inner pattern (the ones at the same time stacked), and the
 * pieces are concatenated in proportion to their step counts. A stretch with no event counts as
 * many steps as the pieces do on average. As in Strudel, the outer cycle read is the one the
 * query begins in (cycle 0 for the step count), and it shapes the whole query.
 * @example
 * note(stepJoin("0 12".fmap((v) => "48 52 55".add(v))))
 */
export function stepJoin<T>(pat: Pattern<Pattern<T>>): Pattern<T> {
  // Cycle 0 is joined now, with a budget as any query has: the pattern is not playing yet.
  const first = stepJoinCycle(pat, new State(new Span(ZERO, ONE), {}, QueryBudget.forCycles(1)));
  return new Pattern((state) => {
    const cycle = state.span.begin.sam();
    const plain = cycle.eq(ZERO) && Object.keys(state.controls).length === 0;
    return (plain ? first : stepJoinCycle(pat, state.setSpan(new Span(cycle, cycle.add(ONE))))).query(state);
  }, first.steps);
}

/** The stepwise concatenation that one cycle of the outer pattern makes (`state` asks for it). */
function stepJoinCycle<T>(pat: Pattern<Pattern<T>>, state: State): Pattern<T> {
  const cycle = state.span.begin;
  const haps = pat
    .query(state)
    .filter((h) => h.part.begin.lt(h.part.end))
    .map((h) => h.withSpan((s) => s.withTime((t) => t.sub(cycle))));
  if (haps.length === 0) return nothing();
  const cuts = [ZERO, ONE, ...haps.flatMap((h) => [h.part.begin, h.part.end])].sort((a, b) => a.compare(b));
  const points = cuts.filter((t, i) => i === 0 || !t.eq(cuts[i - 1] as Rational));
  // Each piece between two points looks at every hap.
  state.budget?.charge(points.length * haps.length);
  const slices: (Pattern<T> | undefined)[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const b = points[i] as Rational;
    const e = points[i + 1] as Rational;
    const inners = haps.filter((h) => h.part.begin.lte(b) && h.part.end.gte(e)).map((h) => h.value);
    if (inners.length === 0) slices.push(undefined);
    else slices.push(stack(...inners).withSteps(lcmSteps(inners.map((p) => p.steps)) ?? ONE));
  }
  const filled = slices.filter((p): p is Pattern<T> => p !== undefined);
  const mean = filled.reduce((sum, p) => sum.add(p.steps ?? ONE), ZERO).div(Rational.int(filled.length));
  return timeCat(...slices.map((p) => p ?? gap(mean)));
}

/**
 * Applies a step function to a plain argument directly, and to a patterned one stepwise, checking
 * the argument's values (see limits.ts).
 */
function stepwise<A, T>(arg: PatternArg<A>, pat: Pattern<T>, f: (a: A, pat: Pattern<T>) => Pattern<T>, check: ArgCheck<A>): Pattern<T> {
  if (!isPatterned(arg)) return f(check(arg), pat);
  return stepJoin(
    core.mapArg((a: unknown, state) => {
      const value = check(a);
      state.budget?.charge(buildCost(check, value));
      return f(value, pat);
    }, reify(arg) as Pattern<unknown>),
  );
}

const GAP = scaleArg('gap', 'a number of steps');

/** A step count is never negative: a check that refuses negative factors. */
function nonNegative(check: ArgCheck<number>, name: string): ArgCheck<number> {
  return (x) => {
    const n = check(x);
    if (n < 0) throw new ArgumentError(`${name}(${n}): a step count cannot be negative`);
    return n;
  };
}
const PACE = boundedArg('pace', 'a number of steps', MAX_EVENTS_PER_CYCLE);
const TAKE = boundedArg('take', 'a number of steps');
const DROP = boundedArg('drop', 'a number of steps');
const EXPAND = nonNegative(scaleArg('expand', 'a factor'), 'expand');
const CONTRACT = nonNegative(scaleArg('contract', 'a factor'), 'contract');
const EXTEND = speedArg('extend', { negative: 'error' });
const REPLICATE = speedArg('replicate', { negative: 'error' });

/**
 * Speeds a pattern up or down so that it plays `steps` steps per cycle.
 * @method
 * @example
 * sound("bd sd cp").pace(4)
 */
export const pace = curried(function pace<T>(steps: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  const out = withArg(
    steps,
    pat,
    (n, p) => {
      if (p.steps === undefined) return p;
      if (p.steps.n === 0) return nothing<T>();
      const target = Rational.from(n);
      const factor = target.div(p.steps);
      checkSpeedUp(`pace(${writtenValue(n)}) of a pattern of ${readableCount(p.steps.valueOf())} steps`, factor.valueOf());
      return core.fast(factor, p).withSteps(target);
    },
    PACE,
  );
  return isPatterned(steps) ? out.withSteps(undefined) : out;
});

function takeSteps<T>(n: number, pat: Pattern<T>): Pattern<T> {
  const total = pat.steps;
  if (total === undefined || n === 0 || total.n === 0) return nothing();
  const count = Rational.from(Math.abs(n));
  if (count.gte(total)) return pat;
  const fraction = count.div(total);
  return n > 0 ? zoom(ZERO, fraction, pat) : zoom(ONE.sub(fraction), ONE, pat);
}

/**
 * Keeps the first `n` steps of a pattern (the last ones when `n` is negative) and drops the rest.
 * @method
 * @example
 * sound("bd cp ht mt".take("1 2 3"))
 */
export const take = curried(function take<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return stepwise(n, pat, takeSteps, TAKE);
});

function dropSteps<T>(n: number, pat: Pattern<T>): Pattern<T> {
  const total = pat.steps;
  if (total === undefined) return nothing();
  const t = total.valueOf();
  return takeSteps(n >= 0 ? -(t - n) : t + n, pat);
}

/**
 * Drops the first `n` steps of a pattern (the last ones when `n` is negative).
 * @method
 * @example
 * sound("tha dhi thom nam".drop("0 1 2 3")).bank("mridangam")
 */
export const drop = curried(function drop<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return stepwise(n, pat, dropSteps, DROP);
});

/**
 * Multiplies a pattern's step count by a factor without changing how it sounds, so that it takes
 * more room when concatenated stepwise.
 * @method
 * @example
 * sound("tha dhi thom nam").bank("mridangam").expand("3 2 1 1 2 3").pace(8)
 */
export const expand = curried(function expand<T>(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return stepwise(factor, pat, (f, p) => p.withSteps(p.steps?.mul(Rational.from(f))), EXPAND);
});

/**
 * Divides a pattern's step count by a factor without changing how it sounds.
 * @method
 * @example
 * sound("tha dhi thom nam").bank("mridangam").contract("3 2 1 1 2 3").pace(8)
 */
export const contract = curried(function contract<T>(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return stepwise(
    factor,
    pat,
    (f, p) => {
      if (f === 0) throw new ArgumentError('contract(0) would divide the step count by zero');
      return p.withSteps(p.steps?.div(Rational.from(f)));
    },
    CONTRACT,
  );
});

/**
 * Speeds a pattern up by a factor and multiplies its step count by it: `"a b".extend(2)` counts
 * as the four steps `"a b a b"`.
 * @method
 * @example
 * stepcat(sound("bd bd - cp").extend(2), sound("bd - sd -")).pace(8)
 */
export const extend = curried(function extend<T>(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return stepwise(
    factor,
    pat,
    (f, p) => {
      const k = Rational.from(f);
      return core.fast(k, p).withSteps(p.steps?.mul(k));
    },
    EXTEND,
  );
});

/**
 * Repeats each cycle of a pattern `factor` times within one cycle, multiplying its step count.
 * @method
 * @example
 * stepcat(sound("bd bd - cp").replicate(2), sound("bd - sd -")).pace(8)
 */
export const replicate = curried(function replicate<T>(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return stepwise(
    factor,
    pat,
    (f, p) => {
      const k = Rational.from(f);
      return core.fast(k, repeatCyclesPlain(f, p)).withSteps(p.steps?.mul(k));
    },
    REPLICATE,
  );
});
