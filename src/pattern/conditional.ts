/**
 * Applying a transformation only sometimes: in some cycles (`firstOf`, `lastOf`), where a boolean
 * pattern is true (`when`), or to one part of the cycle that moves each cycle (`chunk`).
 * Functions follow the curried convention described in transform.ts.
 */
import * as core from './core.ts';
import { Pattern, silence } from './pattern.ts';
import { Rational } from './rational.ts';
import { reify, withArg, type PatternArg } from './reify.ts';
import { cat, sequence } from './constructors.ts';
import { repeatCyclesPlain } from './primitives.ts';
import { iter, iterBack, type Truthy } from './structure.ts';
import type { AnyTransform, Transform } from './transform.ts';
import { countArg, numberArg, type ArgCheck } from './limits.ts';

export type { Truthy } from './structure.ts';

// Every n cycles: a count of 0 or less never applies the function (the pattern plays as it is).
const EVERY = numberArg('every', 'a count of cycles');
const FIRST_OF = numberArg('firstOf', 'a count of cycles');
const LAST_OF = numberArg('lastOf', 'a count of cycles');
const chunks = (name: string) => countArg(name, { min: 1, noun: 'parts of a cycle' });
const CHUNK = chunks('chunk');
const CHUNK_BACK = chunks('chunkBack');
const FAST_CHUNK = chunks('fastChunk');

/** Applies `f` to the cycles whose number passes `test`; the others play `pat` unchanged. */
function whenCycle<T>(test: (cycle: number) => boolean, f: Transform<T>, pat: Pattern<T>): Pattern<T> {
  const changed = f(pat);
  return core.splitQueries(new Pattern<T>((state) => (test(state.span.begin.sam().n) ? changed : pat).query(state)));
}

const mod = (a: number, n: number): number => ((a % n) + n) % n;

/**
 * Applies a function every `n` cycles, starting with the first (Strudel's name for `firstOf`).
 * @method
 * @example
 * s("bd sd [~ bd] sd").every(3, fast(2))
 */
export function every(n: PatternArg<number>, f: AnyTransform): AnyTransform;
export function every<T>(n: PatternArg<number>, f: Transform<T>): Transform<T>;
export function every<T>(n: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function every<T>(n: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => every(n, f, p);
  return firstOfWith(EVERY, n, f, pat);
}

/**
 * Applies a function in the first of every `n` cycles.
 * @method
 * @example
 * note("c3 d3 e3 g3").firstOf(4, (x) => x.rev())
 */
export function firstOf(n: PatternArg<number>, f: AnyTransform): AnyTransform;
export function firstOf<T>(n: PatternArg<number>, f: Transform<T>): Transform<T>;
export function firstOf<T>(n: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function firstOf<T>(n: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => firstOf(n, f, p);
  return firstOfWith(FIRST_OF, n, f, pat);
}

function firstOfWith<T>(check: ArgCheck<number>, n: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T> {
  return withArg(n, pat, (n, p) => (n <= 0 ? p : whenCycle((c) => mod(c, n) === 0, f, p)), check).withSteps(undefined);
}

/**
 * Applies a function in the last of every `n` cycles.
 * @method
 * @example
 * note("c3 d3 e3 g3").lastOf(4, (x) => x.rev())
 */
export function lastOf(n: PatternArg<number>, f: AnyTransform): AnyTransform;
export function lastOf<T>(n: PatternArg<number>, f: Transform<T>): Transform<T>;
export function lastOf<T>(n: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function lastOf<T>(n: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => lastOf(n, f, p);
  return withArg(n, pat, (n, p) => (n <= 0 ? p : whenCycle((c) => mod(c, n) === n - 1, f, p)), LAST_OF).withSteps(undefined);
}

/**
 * Applies a function wherever a boolean pattern is true (`1`, `true`), keeping `pat` elsewhere.
 * @method
 * @example
 * note("c3 eb3 g3").when("<0 1>/2", (x) => x.sub(5))
 */
export function when(on: PatternArg<Truthy>, f: AnyTransform): AnyTransform;
export function when<T>(on: PatternArg<Truthy>, f: Transform<T>): Transform<T>;
export function when<T>(on: PatternArg<Truthy>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function when<T>(on: PatternArg<Truthy>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => when(on, f, p);
  const changed = f(pat);
  return core.innerJoin(core.fmap((b: Truthy) => (b ? changed : pat), reify(on)));
}

/** The first of `n` equal steps true, the rest false. */
function firstStep(n: number): Pattern<boolean> {
  return sequence(...Array.from({ length: n }, (_, i) => i === 0));
}

function chunkWith<T>(backwards: boolean, repeat: boolean, f: Transform<T>) {
  return (n: number, pat: Pattern<T>): Pattern<T> => {
    const steps = firstStep(n);
    const on = backwards ? iter(n, steps) : iterBack(n, steps);
    return when(on, f, repeat ? repeatCyclesPlain(n, pat) : pat);
  };
}

/**
 * Divides each cycle into `n` parts (at least 1) and applies the function to one part per cycle,
 * moving forward a part each cycle. The pattern itself moves on only once every `n` cycles.
 * @method
 * @example
 * note("0 1 2 3").scale("A:minor").chunk(4, (x) => x.add(7))
 */
export function chunk(n: PatternArg<number>, f: AnyTransform): AnyTransform;
export function chunk<T>(n: PatternArg<number>, f: Transform<T>): Transform<T>;
export function chunk<T>(n: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function chunk<T>(n: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => chunk(n, f, p);
  return withArg(n, pat, chunkWith(false, true, f), CHUNK).withSteps(pat.steps);
}

/**
 * Like {@link chunk}, but the part the function applies to moves backward each cycle.
 * @method
 * @example
 * note("0 1 2 3").scale("A:minor").chunkBack(4, (x) => x.add(7))
 */
export function chunkBack(n: PatternArg<number>, f: AnyTransform): AnyTransform;
export function chunkBack<T>(n: PatternArg<number>, f: Transform<T>): Transform<T>;
export function chunkBack<T>(n: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function chunkBack<T>(n: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => chunkBack(n, f, p);
  return withArg(n, pat, chunkWith(true, true, f), CHUNK_BACK).withSteps(pat.steps);
}

/**
 * Like {@link chunk}, but the pattern keeps moving on every cycle instead of repeating.
 * @method
 * @example
 * note("<0 8> 1 2 3 4 5 6 7").scale("C2:major").fastChunk(4, (x) => x.color("red"))
 */
export function fastChunk(n: PatternArg<number>, f: AnyTransform): AnyTransform;
export function fastChunk<T>(n: PatternArg<number>, f: Transform<T>): Transform<T>;
export function fastChunk<T>(n: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function fastChunk<T>(n: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => fastChunk(n, f, p);
  return withArg(n, pat, chunkWith(false, false, f), FAST_CHUNK).withSteps(pat.steps);
}

/**
 * Plays the pattern forwards, then backwards, alternating each cycle.
 * @method
 * @example
 * note("c d e g").palindrome()
 */
export function palindrome<T>(pat: Pattern<T>): Pattern<T> {
  return lastOf(2, core.rev, pat).withSteps(pat.steps);
}

/**
 * Squashes every other cycle into its first half and shifts it a quarter cycle later: a breakbeat
 * feel.
 * @method
 * @example
 * s("bd sd").brak()
 */
export function brak<T>(pat: Pattern<T>): Pattern<T> {
  const shifted = (x: Pattern<T>) => core.late(Rational.of(1, 4), sequence<T>(x, silence));
  return when(cat(false, true), shifted, pat).withSteps(undefined);
}
