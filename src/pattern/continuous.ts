/**
 * Continuous patterns (signals): asked about any span, one hap with no whole, whose part is the
 * span asked for and whose value is sampled at the span's begin. Below mini-notation (whose
 * random streams are signals) and below signal.ts, which scales them (`range`).
 */
import { Hap } from './hap.ts';
import { Pattern } from './pattern.ts';
import type { State } from './state.ts';

/**
 * A continuous pattern whose value at time `t` (in cycles, a float) is `f(t)`.
 * Each query gets one hap with no whole, sampled at the query's begin.
 * @example
 * note(signal((t) => 60 + 12 * Math.sin(t)).segment(8))
 */
export function signal<T>(f: (t: number) => T): Pattern<T> {
  return new Pattern<T>((state) => {
    state.budget?.charge(1);
    return [new Hap(undefined, state.span, f(state.span.begin.valueOf()))];
  });
}

/**
 * A continuous pattern like {@link signal} whose value may also depend on the query state
 * (its controls), e.g. the random seed.
 * @example
 * note(stateSignal((t) => 60 + Math.floor(t * 4) % 12).segment(8))
 */
export function stateSignal<T>(f: (t: number, state: State) => T): Pattern<T> {
  return new Pattern<T>((state) => {
    state.budget?.charge(1);
    return [new Hap(undefined, state.span, f(state.span.begin.valueOf(), state))];
  });
}

/**
 * A continuous pattern that always has the same value: unlike `pure`, it has no cycles.
 * @example
 * n("0 2 4").add(steady(12))
 */
export function steady<T>(value: T): Pattern<T> {
  return new Pattern<T>((state) => {
    state.budget?.charge(1);
    return [new Hap(undefined, state.span, value)];
  });
}
