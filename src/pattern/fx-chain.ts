/**
 * Effect chains: `pat.FX(lpf(500), distort(1))` lists effects to apply to each event's sound, in
 * order, before the event's own effects (`delay`, `room`, ...). Each effect is a control pattern
 * giving that effect's controls; the chain is the `FX` control, a list that later calls append to.
 * `FXrelease` sets how long the chain's effects (a delay's echoes) ring after the event.
 */
import * as core from './core.ts';
import { control } from './controls.ts';
import type { Controls } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';
import { reify, type PatternArg } from './reify.ts';

/**
 * How long, in seconds, the effects of an `FX` chain keep ringing after the event ends.
 * @example
 * s("bd sd").FX(delay(0.5), room(0.2)).FXrelease(1.7)
 */
export const FXrelease = control('FXrelease');
/**
 * Alias of {@link FXrelease}.
 * @example
 * s("[sbd hh]*4").dec(0.4).FX(phaser(0.5).gain(2), bpf(800), distort(1.3)).fxr(1.7)
 */
export const fxr = control('FXrelease');
/**
 * Alias of {@link FXrelease}.
 * @example
 * s("bd sd").FX(delay(0.5)).FXrel(1)
 */
export const FXrel = control('FXrelease');
/**
 * Alias of {@link FXrelease}.
 * @example
 * s("bd sd").FX(delay(0.5)).FXr(1)
 */
export const FXr = control('FXrelease');

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
