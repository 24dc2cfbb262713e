/**
 * The random streams of plain arguments: Tidal's time-seeded xorshift (see random.ts for how a
 * time becomes a value), the signals made from it, and removing or choosing by a stream. Below
 * mini-notation (`?` and `|`) and below random.ts and chance.ts, which read patterned arguments.
 */
import { appLeft, innerJoin } from './joins.ts';
import { filterValues, fmap } from './primitives.ts';
import { pure } from './combine.ts';
import { stateSignal } from './continuous.ts';
import { Pattern } from './pattern.ts';
import type { State } from './state.ts';
import { curried } from './curry.ts';

const TWO_POW_29 = 536870912;

/** The query-state control that holds the random seed (see {@link seed}). */
export const RAND_SEED_CONTROL = 'randSeed';

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
export function querySeed(state: State): number {
  const s = state.controls[RAND_SEED_CONTROL];
  return typeof s === 'number' ? s : 0;
}

/**
 * A continuous random signal: `f` of the random value(s) at the query's begin plus the query's
 * seed. The building block of `rand`, `irand`, `brand`, `randL`.
 */
export function randSignal<T>(f: (t: number) => T): Pattern<T> {
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
 * @method
 * @example
 * s("hh*16").degradeByWith(rand.early(0.5), 0.3)
 */
export const degradeByWith = curried(function degradeByWith<T>(randPat: Pattern<number>, amount: number, pat: Pattern<T>): Pattern<T> {
  return keepWhere(randPat, (r) => r > amount, pat);
});

/**
 * Keeps the events of `pat` that {@link degradeByWith} with amount `1 - amount` would remove
 * (keeps `r < 1 - amount`): like it, it removes a share `amount` of the events, but the other
 * ones. This is Strudel's `undegradeBy` with its own random stream.
 * @example
 * undegradeByWith(rand.early(0.5), 0.3, s("hh*16"))
 */
export const undegradeByWith = curried(function undegradeByWith<T>(randPat: Pattern<number>, amount: number, pat: Pattern<T>): Pattern<T> {
  return keepWhere(randPat, (r) => r < 1 - amount, pat);
});

function keepWhere<T>(randPat: Pattern<number>, test: (r: number) => boolean, pat: Pattern<T>): Pattern<T> {
  const paired = appLeft((v: T, r: number) => [v, r] as const, pat, randPat);
  return fmap(([v]) => v, filterValues(([, r]) => test(r), paired));
}

/** {@link randcatWith} of patterns: each cycle, `pats[floor(r * n)]` for `r` from `randPat`. */
export function randcatPlain<T>(randPat: Pattern<number>, pats: readonly Pattern<T>[]): Pattern<T> {
  const n = pats.length;
  if (n === 0) return new Pattern<T>(() => []);
  const pick = appLeft((_: boolean, r: number) => pats[clampIndex(Math.floor(r * n), n)] as Pattern<T>, pure(true), randPat);
  return innerJoin(pick);
}

/** `i` within the indices of a list of `n` items. */
export function clampIndex(i: number, n: number): number {
  return Math.min(Math.max(i, 0), n - 1);
}
