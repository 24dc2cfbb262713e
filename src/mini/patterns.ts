/**
 * The pattern building blocks that mini-notation needs beyond `src/pattern`: atoms that carry
 * their source location, replication, `:` lists and `..` ranges.
 */
import type { CodeRange } from '../controls/event.ts';
import { appLeft, bind, fast as fastPlain, fmap, mapArg, squeezeJoin, withLocation } from '../pattern/core.ts';
import { repeatCyclesPlain } from '../pattern/primitives.ts';
import { Hap, type HapContext } from '../pattern/hap.ts';
import { Pattern, silence } from '../pattern/pattern.ts';
import { ONE, Rational, ZERO } from '../pattern/rational.ts';
import { lcmRational } from '../pattern/step-count.ts';
import { checkRangeSize } from '../pattern/limits.ts';

/** A value repeated every cycle, whose haps carry `locations` (the atom's place in the code). */
export function atom<T>(value: T, locations: readonly CodeRange[]): Pattern<T> {
  const context: HapContext = { locations };
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const part of state.spanCycles()) out.push(new Hap(part.wholeCycle(), part, value, context));
    return out;
  }, ONE);
}

/** {@link silence} (one step), typed for any value. */
export function nothing<T>(): Pattern<T> {
  return silence;
}

/** Appends `locations` to the context of every hap (after the hap's own). */
export function withLocations<T>(locations: readonly CodeRange[], pat: Pattern<T>): Pattern<T> {
  return locations.reduce((p, location) => withLocation(location, p), pat);
}

/**
 * Speeds up by a plain (checked) factor as `fast` does: a factor of 0 gives silence and a
 * negative one plays the pattern reversed, as in Tidal.
 */
export function fastBy<T>(factor: number, pat: Pattern<T>): Pattern<T> {
  return fastPlain(Rational.from(factor), pat);
}

/** `pat` played `n` times in the space of one cycle, each time the same cycle of `pat` (`a!n`). */
export function replicate<T>(n: Rational, pat: Pattern<T>): Pattern<T> {
  if (n.eq(ONE)) return pat;
  if (n.lte(ZERO)) return nothing();
  return fastPlain(n, repeatCyclesPlain(n, pat)).withSteps(pat.steps);
}

/**
 * `a:b`: the values of `right` appended to the list (or single value) of `left`, structure from
 * `left`; haps list `right`'s locations first (as Strudel does).
 */
export function tail(left: Pattern<unknown>, right: Pattern<unknown>): Pattern<unknown> {
  return appLeft((a: unknown, b: unknown) => (Array.isArray(a) ? [...(a as unknown[]), b] : [a, b]), left, right, 'right-first');
}

/**
 * The numbers from `from` towards `to`, one apart, up to `to` itself; empty for non-numbers.
 * Throws an argument error when there would be more than a factor may make (see
 * `checkRangeSize`).
 */
export function rangeValues(from: unknown, to: unknown): number[] {
  if (typeof from !== 'number' || typeof to !== 'number' || !Number.isFinite(from) || !Number.isFinite(to)) return [];
  checkRangeSize(from, to);
  // Counted rather than stepped until `to`, which a step of 1 may never change at 1e16.
  const count = Math.floor(Math.abs(to - from)) + 1;
  const step = from <= to ? 1 : -1;
  return Array.from({ length: count }, (_, i) => from + i * step);
}

/**
 * `a .. b`: each event of `from` squeezes in the numbers from its value, one apart, up to
 * `to`'s; `to` is squeezed in with it and joined with structure from both (as Strudel does).
 * Haps list `to`'s locations first; a range too long is an error placed at `to`'s locations.
 */
export function range(from: Pattern<unknown>, to: Pattern<unknown>): Pattern<unknown> {
  const upTo = (a: unknown): Pattern<unknown> =>
    bind(
      (values: number[]) => (values.length === 0 ? nothing<unknown>() : fastPlain(Rational.int(values.length), stepsOf<unknown>(values))),
      mapArg((b: unknown, state) => {
        const values = rangeValues(a, b);
        state.budget?.charge(values.length);
        return values;
      }, to),
    );
  return squeezeJoin(fmap(upTo, from));
}

// Cycle c holds values[c mod n]: `cat` of plain values, built directly (ranges are built anew
// for every event).
function stepsOf<T>(values: readonly T[]): Pattern<T> {
  const n = values.length;
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const part of state.spanCycles()) {
      const c = part.begin.sam().n;
      out.push(new Hap(part.wholeCycle(), part, values[((c % n) + n) % n] as T));
    }
    return out;
  });
}

/**
 * The least common multiple of rational step counts; undefined when any is unknown (unlike the
 * pattern layer's `lcmSteps`, which skips unknown ones).
 */
export function lcmSteps(steps: readonly (Rational | undefined)[]): Rational | undefined {
  let acc: Rational | undefined;
  for (const s of steps) {
    if (s === undefined) return undefined;
    acc = acc === undefined ? s : lcmRational(acc, s);
  }
  return acc;
}
