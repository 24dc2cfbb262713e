/**
 * Picking: a pattern of indices (or names) chooses patterns from a list (or a lookup table).
 * The variants differ in how the chosen pattern is fitted into the choosing event: `pick` keeps
 * the chosen pattern's structure (inner join), `pickOut` the index pattern's (outer join),
 * `inhabit` squeezes a whole cycle of it into the event, `pickRestart`/`pickReset` restart it at
 * each event. The `mod` versions wrap indices past the end instead of stopping at the last.
 */
import * as core from './core.ts';
import { Pattern, silence } from './pattern.ts';
import { reify, type PatternArg } from './reify.ts';
import { resetJoin, restartJoin } from './reset-join.ts';

/** What to pick from: a list (by index) or a table (by name) of values, patterns or mini-notation. */
export type Lookup<T> = readonly PatternArg<T>[] | Readonly<Record<string, PatternArg<T>>>;

/**
 * The pattern a lookup holds for one index or name, or silence when it holds none.
 * @example
 * note(squeezeJoin("<0 1> 2".fmap((i) => lookupPattern<number>(["48 52", "53 57 60", "55 59 62 65"], i, false))))
 */
export function lookupPattern<T>(lookup: Lookup<T>, key: unknown, wrap: boolean): Pattern<T> {
  let item: PatternArg<T> | undefined;
  if (isList(lookup)) {
    const len = lookup.length;
    const i = Math.round(Number(key));
    item = lookup[wrap ? ((i % len) + len) % len : Math.max(0, Math.min(len - 1, i))];
  } else {
    item = lookup[String(key)];
  }
  return item === undefined ? silence : reify(item);
}

function isList<T>(lookup: Lookup<T>): lookup is readonly PatternArg<T>[] {
  return Array.isArray(lookup);
}

/** A picking function: with the index pattern it picks, without it is curried. */
export interface Picker {
  <T>(lookup: Lookup<T>, pat: PatternArg<unknown>): Pattern<T>;
  <T>(lookup: Lookup<T>): (pat: PatternArg<unknown>) => Pattern<T>;
}

type Join = <T>(pat: Pattern<Pattern<T>>) => Pattern<T>;

function picker(join: Join, wrap: boolean): Picker {
  const run = <T>(lookup: Lookup<T>, pat: PatternArg<unknown>): Pattern<T> =>
    join(core.fmap((key: unknown) => lookupPattern(lookup, key, wrap), reify(pat)));
  return (<T>(lookup: Lookup<T>, pat?: PatternArg<unknown>) =>
    pat === undefined ? (p: PatternArg<unknown>) => run(lookup, p) : run(lookup, pat)) as Picker;
}

/**
 * Picks patterns from a list by index (rounded, and held at the ends) or from a table by name,
 * keeping the structure of the picked patterns.
 * @method
 * @example
 * note("<0 1 2!2 3>".pick(["g a", "e f", "f g f g", "g c d"]))
 */
export const pick: Picker = picker(core.innerJoin, false);
/**
 * Like {@link pick}, but indices past the end wrap around.
 * @method
 * @example
 * note("<0 1 2 3 4 5>".pickmod(["g a", "e f", "c d e"]))
 */
export const pickmod: Picker = picker(core.innerJoin, true);
/**
 * Like {@link pick}, but keeps the structure of the index pattern (an outer join).
 * @method
 * @example
 * s("<0 1>*4".pickOut(["bd*3", "hh*2"]))
 */
export const pickOut: Picker = picker(core.outerJoin, false);
/**
 * Like {@link pickOut}, but indices past the end wrap around.
 * @method
 * @example
 * s("<0 1 2>*4".pickmodOut(["bd*3", "hh*2"]))
 */
export const pickmodOut: Picker = picker(core.outerJoin, true);
/**
 * Like {@link pick}, but the picked pattern starts again from cycle zero at each event.
 * @method
 * @example
 * "<a@2 b@2>".pickRestart({ a: n("0 1 2 0"), b: n("2 3 4 ~") }).scale("C:major").s("piano")
 */
export const pickRestart: Picker = picker(restartJoin, false);
/**
 * Like {@link pickRestart}, but indices past the end wrap around.
 * @method
 * @example
 * note("<0 1 2>".pickmodRestart(["c d e f", "g a"]))
 */
export const pickmodRestart: Picker = picker(restartJoin, true);
/**
 * Like {@link pick}, but the picked pattern starts again from the current cycle's beginning at
 * each event.
 * @method
 * @example
 * note("<0 1> 0".pickReset(["c d e f", "g a"]))
 */
export const pickReset: Picker = picker(resetJoin, false);
/**
 * Like {@link pickReset}, but indices past the end wrap around.
 * @method
 * @example
 * note("<0 1 2> 0".pickmodReset(["c d e f", "g a"]))
 */
export const pickmodReset: Picker = picker(resetJoin, true);
/**
 * Like {@link pick}, but a whole cycle of the picked pattern is squeezed into each event.
 * @method
 * @example
 * "<a b [a,b]>".inhabit({ a: s("bd(3,8)"), b: s("cp sd") })
 */
export const inhabit: Picker = picker(core.squeezeJoin, false);
/**
 * Like {@link inhabit}, but indices past the end wrap around.
 * @method
 * @example
 * s("<0 1 2>".inhabitmod(["bd(3,8)", "cp sd"]))
 */
export const inhabitmod: Picker = picker(core.squeezeJoin, true);
/**
 * Strudel's other name for {@link inhabit}.
 * @method
 * @example
 * s("<0 1>".pickSqueeze(["bd(3,8)", "cp sd"]))
 */
export const pickSqueeze: Picker = inhabit;
/**
 * Strudel's other name for {@link inhabitmod}.
 * @method
 * @example
 * s("<0 1 2>".pickmodSqueeze(["bd(3,8)", "cp sd"]))
 */
export const pickmodSqueeze: Picker = inhabitmod;

/**
 * Picks from a list by a pattern of indices, squeezing a cycle of each picked pattern into its
 * event (as {@link inhabit}, with the index pattern first).
 * @example
 * note(squeeze("<0@2 [1!2] 2>", ["g a", "f g f g", "g a c d"]))
 */
export function squeeze<T>(pat: PatternArg<unknown>, lookup: Lookup<T>): Pattern<T> {
  return inhabit(lookup, pat);
}

/**
 * A function from a pattern to a pattern, as `pickF` takes a list of them. (Declared as a method
 * type so that lists of them compare bivariantly, keeping `Pattern<T>` covariant.)
 */
export type PatternFunction<T> = { call(pat: Pattern<T>): Pattern<T> }['call'];

function pickFunction<T>(wrap: boolean, lookup: PatternArg<number>, funcs: readonly PatternFunction<T>[], pat: Pattern<T>): Pattern<T> {
  const choose = (i: number): Pattern<T> => {
    const len = funcs.length;
    const j = Math.round(Number(i));
    const f = funcs[wrap ? ((j % len) + len) % len : Math.max(0, Math.min(len - 1, j))];
    return f === undefined ? silence : f(pat);
  };
  return core.innerJoin(core.fmap(choose, reify(lookup)));
}

/**
 * Uses a pattern of indices to choose which function to apply to the pattern.
 * @method
 * @example
 * s("bd [rim hh]").pickF("<0 1 2>", [rev, fast(2), (x) => x.speed(2)])
 */
export function pickF<T>(lookup: PatternArg<number>, funcs: readonly PatternFunction<T>[], pat: Pattern<T>): Pattern<T>;
export function pickF<T>(lookup: PatternArg<number>, funcs: readonly PatternFunction<T>[]): PatternFunction<T>;
export function pickF<T>(lookup: PatternArg<number>, funcs: readonly PatternFunction<T>[], pat?: Pattern<T>): Pattern<T> | PatternFunction<T> {
  return pat === undefined ? (p: Pattern<T>) => pickFunction(false, lookup, funcs, p) : pickFunction(false, lookup, funcs, pat);
}

/**
 * Like {@link pickF}, but indices past the end wrap around.
 * @method
 * @example
 * s("bd [rim hh]").pickmodF("<0 1 2 3>", [rev, fast(2), (x) => x.speed(2)])
 */
export function pickmodF<T>(lookup: PatternArg<number>, funcs: readonly PatternFunction<T>[], pat: Pattern<T>): Pattern<T>;
export function pickmodF<T>(lookup: PatternArg<number>, funcs: readonly PatternFunction<T>[]): PatternFunction<T>;
export function pickmodF<T>(lookup: PatternArg<number>, funcs: readonly PatternFunction<T>[], pat?: Pattern<T>): Pattern<T> | PatternFunction<T> {
  return pat === undefined ? (p: Pattern<T>) => pickFunction(true, lookup, funcs, p) : pickFunction(true, lookup, funcs, pat);
}
