/**
 * Values given as lists, as mini-notation's `a:b` makes them: naming their items as controls
 * (`as`), dividing them (`ratio`), and the bits of a number as a list (`binaryL`).
 */
import * as core from './core.ts';
import type { Controls } from '../controls/index.ts';
import { Pattern } from './pattern.ts';
import { checkedArg, reify, withArg, type PatternArg } from './reify.ts';
import { numberArg } from './limits.ts';

/** Control names for {@link as}: one name, or several (mini-notation `"note:clip"`). */
export type ControlNames = string | readonly string[];

/**
 * Turns list values into controls, naming the items in order: `"c:.5".as("note:clip")` is
 * `note("c").clip(.5)`. A plain value takes the first name; items without a name are dropped.
 * @method
 * @example
 * "c:.5 a:1 f:.25 e:.8".as("note:clip")
 */
export function as(names: PatternArg<ControlNames>): (pat: Pattern<unknown>) => Pattern<Controls>;
export function as(names: PatternArg<ControlNames>, pat: Pattern<unknown>): Pattern<Controls>;
export function as(names: PatternArg<ControlNames>, pat?: Pattern<unknown>): Pattern<Controls> | ((pat: Pattern<unknown>) => Pattern<Controls>) {
  if (pat === undefined) return (p) => as(names, p);
  return withArg(names, pat, (keys, p) => {
    const list = typeof keys === 'string' ? [keys] : keys;
    return core.fmap((v: unknown) => {
      const items: readonly unknown[] = Array.isArray(v) ? v : [v];
      const out: Record<string, unknown> = {};
      list.forEach((key, i) => {
        if (items[i] !== undefined) out[key] = items[i];
      });
      return out as Controls;
    }, p);
  });
}

/** A number, or a list of numbers to divide (mini-notation `"5:4"`). */
export type Ratio = number | readonly number[];

/**
 * Divides list values through: `"5:4"` becomes 1.25, `"1:2:4"` 0.125; plain numbers stay.
 * @method
 * @example
 * ratio("1, 5:4, 3:2").mul(110).freq().s("piano")
 */
export function ratio(pat: PatternArg<Ratio>): Pattern<number> {
  return core.fmap((v: Ratio) => (Array.isArray(v) ? v.reduce((a: number, b: number) => a / b) : (v as number)), reify(pat));
}

const BINARY_L = numberArg('binaryL');

/** The bits of a number, most significant first (none for 0). */
function bitsOf(n: number): number[] {
  const count = Math.floor(Math.log2(n)) + 1;
  const out: number[] = [];
  for (let i = count - 1; i >= 0; i--) out.push((n >> i) & 1);
  return out;
}

/**
 * The bits of a number as one list value (most significant first), for controls that take lists.
 * @example
 * s("saw").seg(8).partials(binaryL(irand(4096).add(1)))
 */
export function binaryL(n: PatternArg<number>): Pattern<number[]> {
  return core.fmap(bitsOf, checkedArg(n, BINARY_L));
}

