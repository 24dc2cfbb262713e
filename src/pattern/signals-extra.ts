/**
 * More signals: how long the events they are sampled by last (`cyclesPer`, `per`), and Berlin
 * noise (`berlin`). This module builds patterns at load time, so pattern.ts must not import it
 * (it is exported from index.ts only).
 */
import { Hap } from './hap.ts';
import { Pattern } from './pattern.ts';
import { Rational } from './rational.ts';
import { Span } from './span.ts';
import type { State } from './state.ts';
import { rand, time } from './signals.ts';

/**
 * The duration of the events it is sampled by, in cycles: it has no structure of its own, so it
 * takes the events of the pattern it is combined with (`"1 [1 1]"` gives 0.5, 0.25, 0.25).
 * @example
 * sound("saw saw [saw saw] saw").note(cyclesPer.range(50, 100))
 */
export const cyclesPer: Pattern<number> = new Pattern((state) => [new Hap(undefined, state.span, state.span.duration().valueOf())]);

/**
 * How many of the events it is sampled by fit in a cycle (the reciprocal of {@link cyclesPer}).
 * @example
 * n("0 0*2 0 0*2 0 [0 0 0]@2").sound("bd").distort(per.div(2))
 */
export const per: Pattern<number> = new Pattern((state) => {
  const d = state.span.duration();
  return [new Hap(undefined, state.span, d.n === 0 ? Infinity : d.d / d.n)];
});

/**
 * The same as {@link per}.
 * @example
 * n("0 0*2 0 [0 0 0]").sound("bd").distort(perCycle.div(2))
 */
export const perCycle: Pattern<number> = per;

/** The random value `rand` gives at whole cycle `i` for the seed of the query `state`. */
function randAt(i: number, state: State): number {
  const t = Rational.int(i);
  const [hap] = rand.query(state.setSpan(new Span(t, t)));
  return hap?.value ?? 0;
}

/**
 * Berlin noise driven by `pat`: from the whole number `i` of `pat`'s value to the next it rises
 * like a sawtooth, from half the random value at `i` by half the random value at `i + 1`.
 * `berlin` is `berlinWith(time)`.
 * @example
 * n("0!16".add(berlinWith(time.mul(4)).mul(14))).scale("d:minor")
 */
export function berlinWith(pat: Pattern<number>): Pattern<number> {
  return new Pattern<number>((state) =>
    pat.query(state).map((h) =>
      h.withValue((x) => {
        const i = Math.floor(x);
        return (randAt(i, state) + (x - i) * randAt(i + 1, state)) / 2;
      }),
    ),
  );
}

/**
 * Berlin noise, from 0 to 1: like perlin noise, but made of sawtooth ramps between random values
 * at whole cycles.
 * @example
 * n("0!16".add(berlin.fast(4).mul(14))).scale("d:minor")
 */
export const berlin: Pattern<number> = berlinWith(time);
