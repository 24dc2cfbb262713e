/**
 * Deterministic randomness: Tidal's time-seeded xorshift, as Strudel computes it.
 *
 * A random value is a function of time alone, so a pattern plays the same every time it is
 * queried. The time `t` (a float, in cycles) becomes a 29-bit integer seed
 * `trunc(frac(t / 300) * 2^29)`, which is scrambled once by a 32-bit xorshift; the random value
 * is `|seed mod 2^29| / 2^29`, in [0, 1). Further values for the same time come from further
 * xorshift rounds ({@link timeToRands}).
 *
 * Random signals sample at the query's begin plus the query's random seed (a number carried in
 * the query state, set by {@link seed}; 0 by default). Mini-notation's `?` and `|` use their own
 * streams, {@link seededRand}, rotated by `0.0001 * seed`.
 *
 * This module builds no pattern at load time (pattern.ts imports it); the constants `rand`,
 * `brand`, `perlin`, ... are in signals.ts.
 */
import { curried } from './curry.ts';
import { appLeft, fmap, innerJoin, outerJoin, splitQueries } from './core.ts';
import { Hap } from './hap.ts';
import { Pattern } from './pattern.ts';
import { Rational } from './rational.ts';
import { Span } from './span.ts';
import { range } from './signal.ts';
import { alwaysPatterned, checkedArg, reify, withArg, type PatternArg } from './reify.ts';
import { countArg, numberArg } from './limits.ts';
import { pure } from './constructors.ts';
import { RAND_SEED_CONTROL, clampIndex, querySeed, randSignal, randcatPlain, timeToRand, timeToRands } from './random-streams.ts';

export { degradeByWith, seededRand, timeToRand, timeToRands, undegradeByWith } from './random-streams.ts';

const SEED = numberArg('seed', 'a seed');
const IRAND = numberArg('irand');
const BRAND_BY = numberArg('brandBy', 'a probability');
const RAND_L = countArg('randL', { min: 0, noun: 'random values' });
const RANDRUN = countArg('randrun', { min: 0, whole: true, noun: 'events a cycle' });

/**
 * Each cycle, plays one of `pats`, picked by `randPat` sampled at the cycle's start:
 * `pats[floor(r * n)]`, played at its own time (inner join, so its events keep their wholes).
 *
 * Mini-notation's `a | b | c` is `randcatWith(seededRand(seed), [a, b, c])`; with `rand` it is
 * Strudel's `randcat`.
 * @example
 * randcatWith(rand.early(1), [s("bd*2"), s("hh*3"), s("sd")])
 */
export function randcatWith<T>(randPat: Pattern<number>, pats: readonly PatternArg<T>[]): Pattern<T> {
  return randcatPlain(randPat, pats.map((p) => reify(p)));
}

/**
 * Like {@link randcatWith}, with a weight for each pattern: `[pattern, weight]` pairs.
 * @example
 * wrandcatWith(rand.early(1), [[s("bd*2"), 3], [s("hh*3"), 1]])
 */
export function wrandcatWith<T>(randPat: Pattern<number>, pairs: readonly Weighted<T>[]): Pattern<T> {
  if (!hasPlainWeights(pairs)) return withWeights(pairs, (plain) => wrandcatWith(randPat, plain));
  const ps = pairs.map(([p]) => reify(p));
  const pickIndex = weightedIndex(pairs.map(([, w]) => w));
  if (ps.length === 0) return new Pattern<T>(() => []);
  const pick = appLeft((_: boolean, r: number) => ps[pickIndex(r)] as Pattern<T>, pure(true), randPat);
  return innerJoin(pick);
}

/** A value (or pattern) with its weight, which may be patterned: `[s("bd"), "<3 0>"]`. */
export type Weighted<T> = readonly [value: PatternArg<T>, weight: PatternArg<number>];

function hasPlainWeights<T>(pairs: readonly Weighted<T>[]): pairs is readonly (readonly [PatternArg<T>, number])[] {
  return pairs.every(([, w]) => typeof w === 'number');
}

/**
 * Patterned weights: the weights' patterns are combined (structure from the first) and each set
 * of weights is used, inner-joined, for the time it holds.
 */
function withWeights<T>(pairs: readonly Weighted<T>[], f: (plain: readonly (readonly [PatternArg<T>, number])[]) => Pattern<T>): Pattern<T> {
  const [first, ...rest] = pairs.map(([, w]) => reify(w));
  if (first === undefined) return f([]);
  let weights: Pattern<number[]> = fmap((w: number) => [w], first);
  for (const w of rest) weights = appLeft((ws: number[], x: number) => [...ws, x], weights, w);
  return innerJoin(fmap((ws: number[]) => f(pairs.map(([x], i) => [x, ws[i] ?? 0] as const)), weights));
}

/**
 * A chooser for values with weights: maps `r` in [0, 1) to the first index whose running total of
 * weights exceeds `r * total` (Tidal's `wchooseBy`).
 */
function weightedIndex(weights: readonly number[]): (r: number) => number {
  const totals: number[] = [];
  let sum = 0;
  for (const w of weights) totals.push((sum += w));
  return (r) => {
    const target = r * sum;
    const i = totals.findIndex((t) => t > target);
    return i < 0 ? totals.length - 1 : i;
  };
}


/**
 * Sets the random seed for every random function inside `pat`: random values are taken at
 * time `t + n` instead of `t`. The innermost `seed` wins.
 * @method
 * @example
 * s("hh*8").degradeBy(0.5).seed("<0 1 2>")
 */
export const seed = curried(function seed<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(n, pat, (n, p) => withSeed(() => n, p), SEED);
});

/**
 * Changes the random seed seen by `pat` with a function of the seed around it (0 at top level).
 * @method
 * @example
 * s("hh*8").sometimes((p) => p.speed(2)).withSeed((s) => s + 10)
 */
export const withSeed = curried(function withSeed<T>(f: (seed: number) => number, pat: Pattern<T>): Pattern<T> {
  return new Pattern<T>(
    (state) => pat.query(state.setControls({ ...state.controls, [RAND_SEED_CONTROL]: f(querySeed(state)) })),
    pat.steps,
  );
});

/**
 * A continuous random integer from 0 to `n - 1`.
 * @example
 * n(irand(8).segment(8)).scale("C:minor")
 */
export function irand(n: PatternArg<number>): Pattern<number> {
  return alwaysPatterned(n, (n: number) => randSignal((t) => Math.floor(timeToRand(t) * n)), IRAND);
}

/**
 * A continuous random boolean, true with probability `p`.
 * @example
 * s("hh*16").struct(brandBy(0.3).segment(16))
 */
export function brandBy(p: PatternArg<number>): Pattern<boolean> {
  return alwaysPatterned(p, (p: number) => randSignal((t) => timeToRand(t) < p), BRAND_BY);
}

/**
 * A continuous list of `n` random values in [0, 1) (Strudel's `randL`), one draw of the random
 * generator for each. As in Strudel, the list is drawn once for the query's begin and cut at
 * cycle boundaries (and where a patterned `n` changes).
 * @example
 * n(randL(4).segment(1).fmap((xs) => Math.floor((xs[0] ?? 0) * 8))).scale("C:minor")
 */
export function randL(n: PatternArg<number>): Pattern<number[]> {
  const lists = randSignal((t) => (n: number) => timeToRands(t, n).map(Math.abs));
  return appLeft((draw: (n: number) => number[], n: number) => draw(n), lists, checkedArg(n, RAND_L));
}

/**
 * Perlin noise driven by `pat`: between the whole numbers `i` and `i + 1` of `pat`'s values it
 * moves smoothly from the random value at `i` to the one at `i + 1` (Tidal's `perlinWith`).
 * `perlin` is `perlinWith(time)`.
 * @example
 * s("hh*8").lpf(perlinWith(time.mul(2)).range(500, 4000))
 */
export function perlinWith(pat: Pattern<number>): Pattern<number> {
  return new Pattern<number>((state) => {
    const s = querySeed(state);
    return pat.query(state).map((h) =>
      h.withValue((x) => {
        const i = Math.floor(x);
        const a = timeToRand(i + s);
        return a + smootherStep(x - i) * (timeToRand(i + 1 + s) - a);
      }),
    );
  });
}

function smootherStep(x: number): number {
  return 6.0 * x ** 5 - 15.0 * x ** 4 + 10.0 * x ** 3;
}

/**
 * A random permutation of `0 .. n-1` each cycle, `n` events per cycle (the order of the random
 * values drawn for the cycle's midpoint).
 * @example
 * n(randrun(8)).scale("C:minor")
 */
export function randrun(n: number): Pattern<number> {
  RANDRUN(n);
  if (n <= 0) return new Pattern<number>(() => []);
  const step = Rational.of(1, n);
  return splitQueries(
    new Pattern<number>((state) => {
      state.budget?.charge(n);
      const cycle = state.span.begin.sam();
      const rands = timeToRands(cycle.valueOf() + 0.5 + querySeed(state), n);
      const order = rands.map((r, i) => [r, i] as const).sort((a, b) => a[0] - b[0]);
      const out: Hap<number>[] = [];
      order.forEach(([, v], slot) => {
        const whole = new Span(cycle.add(step.mul(Rational.int(slot))), cycle.add(step.mul(Rational.int(slot + 1))));
        const part = whole.intersection(state.span);
        if (part !== undefined) out.push(new Hap(whole, part, v));
      });
      return out;
    }),
  );
}

/**
 * Picks from `xs` with the values of `pat` (0 to 1): `xs[floor(v * n)]`; patterns among `xs`
 * are joined keeping `pat`'s structure (outer join). `choose` is `chooseWith(rand, xs)`.
 * @example
 * note(chooseWith(sine.segment(8), [60, 63, 67, 70]))
 */
export function chooseWith<T>(pat: Pattern<number>, xs: readonly PatternArg<T>[]): Pattern<T> {
  return outerJoin(pickWith(pat, xs));
}

/**
 * Like {@link chooseWith}, but the chosen patterns keep their own structure (inner join).
 * @example
 * s(chooseInWith(saw.segment(2), ["bd*2", "hh*3"]))
 */
export function chooseInWith<T>(pat: Pattern<number>, xs: readonly PatternArg<T>[]): Pattern<T> {
  return innerJoin(pickWith(pat, xs));
}

function pickWith<T>(pat: Pattern<number>, xs: readonly PatternArg<T>[]): Pattern<Pattern<T>> {
  const n = xs.length;
  if (n === 0) return new Pattern<Pattern<T>>(() => []);
  const ps = xs.map((x) => reify(x));
  return fmap((i: number) => ps[clampIndex(Math.floor(i), n)] as Pattern<T>, range(0, n, pat));
}

/**
 * Picks from weighted values with the values of `pat` (0 to 1): a value with twice the weight is
 * picked twice as often. `wchoose` is `wchooseWith(rand, pairs)`.
 * @example
 * note(wchooseWith(rand.segment(8), [[60, 4], [67, 2], [72, 1]]))
 */
export function wchooseWith<T>(pat: Pattern<number>, pairs: readonly Weighted<T>[]): Pattern<T> {
  if (pairs.length === 0) return new Pattern<T>(() => []);
  if (!hasPlainWeights(pairs)) return withWeights(pairs, (plain) => wchooseWith(pat, plain));
  const ps = pairs.map(([x]) => reify(x));
  const pickIndex = weightedIndex(pairs.map(([, w]) => w));
  return outerJoin(fmap((r: number) => ps[pickIndex(r)] as Pattern<T>, range(0, 1, pat)));
}
