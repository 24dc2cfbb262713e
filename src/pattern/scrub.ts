/**
 * Scrubbing a sample like a tape loop: each event of the position pattern plays the sample from
 * that position (0 to 1), optionally at a speed (`"0.5:2"`), structure from the positions.
 */
import * as core from './core.ts';
import type { Controls } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';
import { reify, type PatternArg } from './reify.ts';

/** A position in the sample (0 to 1), or `[position, speed]`. */
export type ScrubPosition = number | readonly number[];

function scrubbed(controls: unknown, position: unknown): Controls {
  const base: Readonly<Record<string, unknown>> =
    controls !== null && typeof controls === 'object' ? (controls as Readonly<Record<string, unknown>>) : { value: controls };
  const [begin, rate = 1] = Array.isArray(position) ? (position as unknown[]) : [position];
  const speed = typeof base.speed === 'number' && typeof rate === 'number' ? base.speed * rate : rate;
  return { ...base, begin, speed, clip: 1 } as Controls;
}

/**
 * Plays the sample of each event from the positions of a pattern, as when scrubbing a tape:
 * sets `begin` to the position, `clip` to 1, and multiplies `speed` by the second value of a
 * list (`"0.8:1.5"`, 1 by default). The structure comes from the positions.
 * @method
 * @example
 * s("swpad:0").scrub("{0.1!2 .25@3 0.7!2 <0.8:1.5>}%8")
 */
export function scrub(position: PatternArg<ScrubPosition>, pat: Pattern<unknown>): Pattern<Controls> {
  return core.appRight(scrubbed, pat, reify<unknown>(position));
}
