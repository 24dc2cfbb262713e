/**
 * Counting patterns: `run` (0 up to n - 1) and the bits of a number (`binary`, `binaryN`).
 *
 * Like Strudel, the step index is read from the position in the cycle (a sawtooth sampled at
 * the event's start and rounded), so fractional counts and counts that change within a cycle
 * give the same events as there.
 */
import * as core from './core.ts';
import { Hap } from './hap.ts';
import { Pattern } from './pattern.ts';
import { Rational } from './rational.ts';
import { checkedArg, isPatterned, reify, type PatternArg } from './reify.ts';
import { countArg, numberArg, type ArgCheck } from './limits.ts';
import { pure } from './constructors.ts';

// A count of 0 or less is silence, as in Tidal (`run 0` is the empty list).
const RUN = countArg('run', { noun: 'steps a cycle' });
const BINARY_N_BITS = countArg('binaryN', { noun: 'bits' });
const BINARY_N = numberArg('binaryN');
const BINARY = numberArg('binary');

/** The step index at time `t` (a float) in a cycle of `n` steps. */
function indexAt(t: number, n: number): number {
  return Math.round((t % 1) * n);
}

/** `n` events a cycle, each valued `f(index, n)`. */
function counted<T>(n: number, f: (i: number, n: number) => T): Pattern<T> {
  const steps = Rational.from(n);
  if (n <= 0) return new Pattern<T>(() => [], steps);
  const structure = core.fast(steps, pure(true));
  const valued = new Pattern<T>((state) =>
    structure.query(state).map((h) => new Hap(h.whole, h.part, f(indexAt(h.wholeOrPart().begin.valueOf(), n), n), h.context)),
  );
  return core.splitQueries(valued, steps);
}

/**
 * Like {@link counted} with a patterned count: each event of the count pattern plays its own
 * count; an event cut by the count's event is indexed from where that event starts.
 */
function countedBy<T>(n: PatternArg<number>, f: (i: number, n: number) => T, check: ArgCheck<number>): Pattern<T> {
  if (!isPatterned(n)) return counted(check(n), f);
  const counts = core.mapArg(check, reify(n) as Pattern<unknown>);
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const outer of counts.query(state)) {
      const count = outer.value;
      if (!(count > 0)) continue;
      for (const inner of core.fast(Rational.from(count), pure(true)).query(state.setSpan(outer.part))) {
        const part = inner.part.intersection(outer.part);
        if (part === undefined) continue;
        const start = inner.wholeOrPart().begin.max(outer.wholeOrPart().begin);
        out.push(new Hap(inner.whole, part, f(indexAt(start.valueOf(), count), count), outer.context));
      }
    }
    return out;
  });
}

/**
 * A sequence of the numbers 0 to `n - 1` in one cycle.
 * @example
 * n(run("<4 8>")).scale("C4:pentatonic")
 */
export function run(n: PatternArg<number>): Pattern<number> {
  return countedBy(n, (i) => i, RUN);
}

/** Bit `i` (from the most significant) of `value` written with `bits` bits. */
function bitOf(value: number, i: number, bits: number): number {
  return Math.floor(value / 2 ** (bits - 1 - i)) % 2;
}

/**
 * The bits of a number as a sequence of 1s and 0s, most significant first, padded or cut to
 * `bits` steps.
 * @example
 * s("hh").struct(binaryN(55532, 16))
 */
export function binaryN(n: PatternArg<number>, bits: PatternArg<number>): Pattern<number> {
  const indexed = countedBy(bits, (i, count) => [i, count] as const, BINARY_N_BITS);
  return core.appLeft(([i, count]: readonly [number, number], value: number) => bitOf(value, i, count), indexed, checkedArg(n, BINARY_N));
}

/**
 * The bits of a number as a sequence of 1s and 0s, most significant first.
 * @example
 * s("hh").struct(binary(5))
 */
export function binary(n: PatternArg<number>): Pattern<number> {
  const numbers = checkedArg(n, BINARY);
  // 0 and negative numbers have no bits: silence.
  return binaryN(numbers, core.fmap((x: number) => (x > 0 ? Math.floor(Math.log2(x)) + 1 : 0), numbers));
}
