/**
 * Effect chains: `pat.FX(lpf(500), distort(1))` lists effects to apply to each event's sound, in
 * order, before the event's own effects (`delay`, `room`, ...). Each effect is a control pattern
 * giving that effect's controls; the chain is the `FX` control, a list that later calls append to.
 * `FXrelease` (a row of src/controls/table-effects.ts) sets how long the chain's effects ring on.
 */
import * as core from './core.ts';
import type { Controls } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';
import { reify, type PatternArg } from './reify.ts';

function appendEffect(controls: unknown, effect: unknown): Controls {
  const base: Readonly<Record<string, unknown>> =
    controls !== null && typeof controls === 'object' ? (controls as Readonly<Record<string, unknown>>) : { value: controls };
  const chain: unknown = base.FX;
  return { ...base, FX: [...(Array.isArray(chain) ? (chain as unknown[]) : []), effect] } as Controls;
}

/**
 * Appends effects to the `FX` chain of every event of `pat` (the method `.FX`), structure from
 * `pat`: each effect is a control pattern, sampled at the event, whose controls configure one effect.
 * @example
 * s("saw").fm(0.5).delay(0.3).FX(coarse(4)).FX(lpf(500).lpe(4).lpa(1).lpd(2)).FX(distort(1))
 */
export function effectChain(effects: readonly PatternArg<Controls>[], pat: Pattern<unknown>): Pattern<Controls> {
  let out = pat as Pattern<unknown>;
  for (const effect of effects) out = core.appLeft(appendEffect, out, reify(effect));
  return out as Pattern<Controls>;
}
