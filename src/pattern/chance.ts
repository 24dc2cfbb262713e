/**
 * Random transformations: dropping events, applying functions some of the time, choosing
 * between values or patterns, shuffling. All deterministic (see random.ts): the same pattern
 * plays the same way every time, and `seed` gives another variation.
 *
 * Each function, called without its pattern, returns the transformation waiting for it
 * (`degradeBy(0.3)` is `(pat) => degradeBy(0.3, pat)`): see the convention in transform.ts.
 *
 * This module builds no pattern at load time (pattern.ts imports it).
 */
import { curried } from './curry.ts';
import { appLeft, fmap, squeezeJoin } from './core.ts';
import type { Pattern } from './pattern.ts';
import { Rational } from './rational.ts';
import { alwaysPatterned, withArg, type PatternArg } from './reify.ts';
import { pure, stack } from './constructors.ts';
import { segment, zoom } from './time.ts';
import type { Transform } from './transform.ts';
import { countArg, numberArg } from './limits.ts';
import {
  chooseInWith,
  chooseWith,
  degradeByWith,
  irand,
  randcatWith,
  randrun,
  seededRand,
  undegradeByWith,
  wchooseWith,
  wrandcatWith,
  type Weighted,
} from './random.ts';

const DEGRADE_BY = numberArg('degradeBy', 'an amount');
const UNDEGRADE_BY = numberArg('undegradeBy', 'an amount');
const SOMETIMES_BY = numberArg('sometimesBy', 'an amount');
const SOME_CYCLES_BY = numberArg('someCyclesBy', 'an amount');
// Shuffling 0 parts plays nothing.
const SHUFFLE = countArg('shuffle', { min: 0, whole: true, noun: 'parts of a cycle' });
const SCRAMBLE = countArg('scramble', { min: 0, whole: true, noun: 'parts of a cycle' });

/**
 * Randomly removes events: each event is dropped with probability `amount` (0 keeps all, 1 none),
 * decided by `rand` at the event's start.
 * @method
 * @example
 * s("hh*8").degradeBy("<0.2 0.8>")
 */
export const degradeBy = curried(function degradeBy<T>(amount: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(amount, pat, (x, p) => degradeByWith(seededRand(0), x, p), DEGRADE_BY);
});

/**
 * Randomly removes half of the events.
 * @method
 * @example
 * s("hh*8").degrade()
 */
export function degrade<T>(pat: Pattern<T>): Pattern<T> {
  return degradeBy(0.5, pat);
}

/**
 * The other side of {@link degradeBy}: also removes a share `amount` of the events, but exactly
 * the ones that `degradeBy(1 - amount)` keeps.
 * @method
 * @example
 * stack(s("hh*8").degradeBy(0.3), s("cp*8").undegradeBy(0.7))
 */
export const undegradeBy = curried(function undegradeBy<T>(amount: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(amount, pat, (x, p) => undegradeByWith(seededRand(0), x, p), UNDEGRADE_BY);
});

/**
 * Keeps the half of the events that {@link degrade} removes.
 * @method
 * @example
 * stack(s("hh*8").degrade(), s("cp*8").undegrade())
 */
export function undegrade<T>(pat: Pattern<T>): Pattern<T> {
  return undegradeBy(0.5, pat);
}

/**
 * Applies `f` to each event with probability `x` (decided per event by `rand`); the other
 * events play unchanged. `f` sees only the chosen events.
 * @method
 * @example
 * s("hh*8").sometimesBy(0.4, (p) => p.speed(2))
 */
export function sometimesBy<T>(x: PatternArg<number>, f: Transform<T>): Transform<T>;
export function sometimesBy<T>(x: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function sometimesBy<T>(x: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p: Pattern<T>) => sometimesBy(x, f, p);
  return alwaysPatterned(x, (x: number) => stack(degradeBy(x, pat), f(undegradeBy(1 - x, pat))), SOMETIMES_BY);
}

/**
 * Applies `f` to half of the events, chosen at random.
 * @method
 * @example
 * s("hh*8").sometimes((p) => p.speed(2))
 */
export function sometimes<T>(f: Transform<T>): Transform<T>;
export function sometimes<T>(f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function sometimes<T>(f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p: Pattern<T>) => sometimes(f, p);
  return sometimesBy(0.5, f, pat);
}

/**
 * Applies `f` to 75% of the events, chosen at random.
 * @method
 * @example
 * s("hh*8").often((p) => p.speed(2))
 */
export function often<T>(f: Transform<T>): Transform<T>;
export function often<T>(f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function often<T>(f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p: Pattern<T>) => often(f, p);
  return sometimesBy(0.75, f, pat);
}

/**
 * Applies `f` to 25% of the events, chosen at random.
 * @method
 * @example
 * s("hh*8").rarely((p) => p.speed(2))
 */
export function rarely<T>(f: Transform<T>): Transform<T>;
export function rarely<T>(f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function rarely<T>(f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p: Pattern<T>) => rarely(f, p);
  return sometimesBy(0.25, f, pat);
}

/**
 * Applies `f` to 10% of the events, chosen at random.
 * @method
 * @example
 * s("hh*8").almostNever((p) => p.speed(2))
 */
export function almostNever<T>(f: Transform<T>): Transform<T>;
export function almostNever<T>(f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function almostNever<T>(f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p: Pattern<T>) => almostNever(f, p);
  return sometimesBy(0.1, f, pat);
}

/**
 * Applies `f` to 90% of the events, chosen at random.
 * @method
 * @example
 * s("hh*8").almostAlways((p) => p.speed(2))
 */
export function almostAlways<T>(f: Transform<T>): Transform<T>;
export function almostAlways<T>(f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function almostAlways<T>(f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p: Pattern<T>) => almostAlways(f, p);
  return sometimesBy(0.9, f, pat);
}

/**
 * Applies `f` always: the same as `f(pat)`, to switch from `sometimes` in one edit.
 * @method
 * @example
 * s("hh*8").always((p) => p.speed(2))
 */
export function always<T>(f: Transform<T>): Transform<T>;
export function always<T>(f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function always<T>(f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p: Pattern<T>) => always(f, p);
  return f(pat);
}

/**
 * Never applies `f`: the pattern unchanged, to switch off `sometimes` in one edit.
 * @method
 * @example
 * s("hh*8").never((p) => p.speed(2))
 */
export function never<T>(f: Transform<T>): Transform<T>;
export function never<T>(f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function never<T>(f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p: Pattern<T>) => never(f, p);
  void f;
  return pat;
}

/**
 * Applies `f` to whole cycles with probability `x` (decided by `rand` at each cycle's start);
 * events that cross a cycle boundary are cut there.
 * @method
 * @example
 * s("bd*4").someCyclesBy(0.3, (p) => p.speed(2))
 */
export function someCyclesBy<T>(x: PatternArg<number>, f: Transform<T>): Transform<T>;
export function someCyclesBy<T>(x: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function someCyclesBy<T>(x: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p: Pattern<T>) => someCyclesBy(x, f, p);
  return alwaysPatterned(x, (x: number) => {
    const perCycle = appLeft((_: boolean, r: number) => r, pure(true), seededRand(0));
    return stack(degradeByWith(perCycle, x, pat), f(undegradeByWith(perCycle, 1 - x, pat)));
  }, SOME_CYCLES_BY);
}

/**
 * Applies `f` to half of the cycles, chosen at random.
 * @method
 * @example
 * s("bd*4").someCycles((p) => p.speed(2))
 */
export function someCycles<T>(f: Transform<T>): Transform<T>;
export function someCycles<T>(f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function someCycles<T>(f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p: Pattern<T>) => someCycles(f, p);
  return someCyclesBy(0.5, f, pat);
}

/**
 * A continuous random choice among values (or patterns, joined keeping the random structure):
 * give it structure with `segment` or another pattern.
 * @example
 * note(choose(60, 63, 67).segment(8))
 */
export function choose<T>(...xs: PatternArg<T>[]): Pattern<T> {
  return chooseWith(seededRand(0), xs);
}

/**
 * Like {@link choose}, but chosen patterns keep their own structure (inner join).
 * @example
 * s(chooseIn("bd*2", "hh*3").segment(1))
 */
export function chooseIn<T>(...xs: PatternArg<T>[]): Pattern<T> {
  return chooseInWith(seededRand(0), xs);
}

/**
 * A continuous random choice among weighted values: `[value, weight]` pairs.
 * @example
 * note(wchoose([60, 4], [67, 2], [72, 1]).segment(8))
 */
export function wchoose<T>(...pairs: Weighted<T>[]): Pattern<T> {
  return wchooseWith(seededRand(0), pairs);
}

/**
 * Plays one of the patterns each cycle, picked at random (Strudel's `randcat`).
 * @example
 * randcat(s("bd*2 sd"), s("hh*4"), s("cp ~ cp"))
 */
export function randcat<T>(...pats: PatternArg<T>[]): Pattern<T> {
  return randcatWith(seededRand(0), pats);
}

/**
 * Plays one of the patterns each cycle, picked at random with weights: `[pattern, weight]` pairs.
 * @example
 * wrandcat([s("bd*2 sd"), 3], [s("hh*4"), 1])
 */
export function wrandcat<T>(...pairs: Weighted<T>[]): Pattern<T> {
  return wrandcatWith(seededRand(0), pairs);
}

/**
 * Each cycle, plays a random ordering of the pattern's `n` equal parts: every part once.
 * @method
 * @example
 * n("0 1 2 3 4 5 6 7").shuffle(4).scale("C:minor")
 */
export const shuffle = curried(function shuffle<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(n, pat, (n, p) => squeezeJoin(fmap((i: number) => part(i, n, p), randrun(n))), SHUFFLE);
});

/**
 * Each cycle, plays `n` parts of the pattern picked at random, with repetition.
 * @method
 * @example
 * n("0 1 2 3 4 5 6 7").scramble(4).scale("C:minor")
 */
export const scramble = curried(function scramble<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(n, pat, (n, p) => squeezeJoin(fmap((i: number) => part(i, n, p), segment(n, irand(n)))), SCRAMBLE);
});

function part<T>(i: number, n: number, pat: Pattern<T>): Pattern<T> {
  return zoom(Rational.of(i, n), Rational.of(i + 1, n), pat);
}

/**
 * Another name for {@link randcat}, as Strudel has it.
 * @example
 * chooseCycles(s("bd*2 sd"), s("hh*4"))
 */
export const chooseCycles: typeof randcat = randcat;

/**
 * Another name for {@link wrandcat}, as Strudel has it.
 * @example
 * wchooseCycles([s("bd*2 sd"), 3], [s("hh*4"), 1])
 */
export const wchooseCycles: typeof wrandcat = wrandcat;

/**
 * Another name for {@link choose}, as Strudel has it (the chosen patterns are outer-joined).
 * @example
 * note(chooseOut(60, 64, 67).segment(4))
 */
export const chooseOut: typeof choose = choose;
