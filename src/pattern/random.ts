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
import { appLeft, filterValues, fmap, innerJoin, outerJoin, splitQueries } from './core.ts';
import { Hap } from './hap.ts';
import { Pattern } from './pattern.ts';
import { Rational } from './rational.ts';
import { Span } from './span.ts';
import type { State } from './state.ts';
import { range, stateSignal } from './signal.ts';
import { alwaysPatterned, checkedArg, reify, withArg, type PatternArg } from './reify.ts';
import { countArg, numberArg } from './limits.ts';
import { pure } from './constructors.ts';
import type { AnyTransform } from './transform.ts';

const TWO_POW_29 = 536870912;

const SEED = numberArg('seed', 'a seed');
const IRAND = numberArg('irand');
const BRAND_BY = numberArg('brandBy', 'a probability');
const RAND_L = countArg('randL', { min: 0, noun: 'random values' });
const RANDRUN = countArg('randrun', { min: 0, whole: true, noun: 'events a cycle' });

/** The query-state control that holds the random seed (see {@link seed}). */
const RAND_SEED_CONTROL = 'randSeed';

/** One round of Tidal's xorshift, on 32-bit integers as JavaScript's bit operators give them. */
function xorwise(x: number): number {
  const a = (x << 13) ^ x;
  const b = (a >> 17) ^ a;
  return (b << 5) ^ b;
}

/** The integer seed for time `t` (cycles): the xorshift of `trunc(frac(t / 300) * 2^29)`. */
function timeToIntSeed(t: number): number {
  const x = t / 300;
  return xorwise(Math.trunc((x - Math.trunc(x)) * TWO_POW_29));
}

/**
 * The random value, in [0, 1), at time `t` (cycles): what `rand` gives for a query beginning at `t`.
 * @example
 * note(run(4).fmap((i) => 60 + Math.floor(timeToRand(i) * 12)))
 */
export function timeToRand(t: number): number {
  return Math.abs(timeToIntSeed(t) % TWO_POW_29) / TWO_POW_29;
}

/**
 * `n` random values for time `t`, each in (-1, 1): the first is ±{@link timeToRand}`(t)`, each
 * next one a further xorshift round. Signed, as Strudel's `getRandsAtTime` gives them.
 * @example
 * note(run(4).fmap((i) => 60 + Math.round(timeToRands(i, 2)[1] * 7)))
 */
export function timeToRands(t: number, n: number): number[] {
  let seed = timeToIntSeed(t);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    out.push((seed % TWO_POW_29) / TWO_POW_29);
    seed = xorwise(seed);
  }
  return out;
}

/** The random seed carried by a query (0 unless {@link seed} set one). */
function querySeed(state: State): number {
  const s = state.controls[RAND_SEED_CONTROL];
  return typeof s === 'number' ? s : 0;
}

/**
 * A continuous random signal: `f` of the random value(s) at the query's begin plus the query's
 * seed. The building block of `rand`, `irand`, `brand`, `randL`.
 */
function randSignal<T>(f: (t: number) => T): Pattern<T> {
  return stateSignal((t, state) => f(t + querySeed(state)));
}

function makeRand(): Pattern<number> {
  return randSignal(timeToRand);
}

/**
 * The random stream that mini-notation gives its `seed`-th random operator (`?` or `|`):
 * `rand` shifted earlier by `0.0001 * seed` cycles (Tidal's `rotL (0.0001 * seed) rand`).
 * Seed 0 is plain `rand` (and `seededRand(0)` is how the other modules make `rand` on demand).
 *
 * For the mini-notation parser. Strudel numbers the random operators of one mini-notation
 * string from 0, stepping by 3, in the order their parsing completes: each `?` when it is read,
 * each `a | b | c` group after all of its alternatives. So in `"[a? | b?] c?"` the seeds are
 * a? = 0, b? = 3, the `|` group = 6, c? = 9. Like `rand`, these streams also honour
 * {@link seed}: `"a? b?".seed(5)` shifts every random time by 5 cycles.
 * @example
 * s("hh*8").degradeByWith(seededRand(3), 0.5)
 */
export function seededRand(seed: number): Pattern<number> {
  if (seed === 0) return makeRand();
  const offset = 0.0001 * seed;
  return randSignal((t) => timeToRand(t + offset));
}

/**
 * Removes each event of `pat` whose random value, from `randPat` sampled at the event's start,
 * is not above `amount` (keeps `r > amount`): with `rand`, `amount` is the chance of removal.
 *
 * Mini-notation's `a?0.3` is `degradeByWith(seededRand(seed), 0.3, a)`, applied to the step's
 * own pattern before it is placed in its sequence (so the random value is taken in the step's
 * local time, where its events begin on whole cycles).
 * @example
 * s("hh*16").degradeByWith(rand.early(0.5), 0.3)
 */
export function degradeByWith(randPat: Pattern<number>, amount: number): AnyTransform;
export function degradeByWith<T>(randPat: Pattern<number>, amount: number, pat: Pattern<T>): Pattern<T>;
export function degradeByWith<T>(randPat: Pattern<number>, amount: number, pat?: Pattern<T>): Pattern<T> | AnyTransform {
  if (pat === undefined) return (p) => degradeByWith(randPat, amount, p);
  return keepWhere(randPat, (r) => r > amount, pat);
}

/**
 * Keeps the events of `pat` that {@link degradeByWith} with amount `1 - amount` would remove
 * (keeps `r < 1 - amount`): like it, it removes a share `amount` of the events, but the other
 * ones. This is Strudel's `undegradeBy` with its own random stream.
 * @example
 * undegradeByWith(rand.early(0.5), 0.3, s("hh*16"))
 */
export function undegradeByWith(randPat: Pattern<number>, amount: number): AnyTransform;
export function undegradeByWith<T>(randPat: Pattern<number>, amount: number, pat: Pattern<T>): Pattern<T>;
export function undegradeByWith<T>(randPat: Pattern<number>, amount: number, pat?: Pattern<T>): Pattern<T> | AnyTransform {
  if (pat === undefined) return (p) => undegradeByWith(randPat, amount, p);
  return keepWhere(randPat, (r) => r < 1 - amount, pat);
}

function keepWhere<T>(randPat: Pattern<number>, test: (r: number) => boolean, pat: Pattern<T>): Pattern<T> {
  const paired = appLeft((v: T, r: number) => [v, r] as const, pat, randPat);
  return fmap(([v]) => v, filterValues(([, r]) => test(r), paired));
}

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
  const ps = pats.map((p) => reify(p));
  const n = ps.length;
  if (n === 0) return new Pattern<T>(() => []);
  const pick = appLeft((_: boolean, r: number) => ps[clampIndex(Math.floor(r * n), n)] as Pattern<T>, pure(true), randPat);
  return innerJoin(pick);
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

function clampIndex(i: number, n: number): number {
  return Math.min(Math.max(i, 0), n - 1);
}

/**
 * Sets the random seed for every random function inside `pat`: random values are taken at
 * time `t + n` instead of `t`. The innermost `seed` wins.
 * @example
 * s("hh*8").degradeBy(0.5).seed("<0 1 2>")
 */
export function seed(n: PatternArg<number>): AnyTransform;
export function seed<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T>;
export function seed<T>(n: PatternArg<number>, pat?: Pattern<T>): Pattern<T> | AnyTransform {
  if (pat === undefined) return (p) => seed(n, p);
  return withArg(n, pat, (n, p) => withSeed(() => n, p), SEED);
}

/**
 * Changes the random seed seen by `pat` with a function of the seed around it (0 at top level).
 * @example
 * s("hh*8").sometimes((p) => p.speed(2)).withSeed((s) => s + 10)
 */
export function withSeed(f: (seed: number) => number): AnyTransform;
export function withSeed<T>(f: (seed: number) => number, pat: Pattern<T>): Pattern<T>;
export function withSeed<T>(f: (seed: number) => number, pat?: Pattern<T>): Pattern<T> | AnyTransform {
  if (pat === undefined) return (p) => withSeed(f, p);
  return new Pattern<T>(
    (state) => pat.query(state.setControls({ ...state.controls, [RAND_SEED_CONTROL]: f(querySeed(state)) })),
    pat.steps,
  );
}

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
