/**
 * The envelope shorthands: `adsr`, `ad`, `ar` and `ds` set several controls of the amplitude
 * envelope at once (the controls themselves are rows of src/controls/table-synth.ts).
 */
import { setControlsWith, type ControlList } from './controls.ts';
import type { Controls } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';
import type { PatternArg } from './reify.ts';

/** What the envelope shorthands take: a number, a list such as `".1:.2:.5:.3"`, or patterns of them. */
export type EnvelopeArg = PatternArg<number | ControlList>;

/** An envelope shorthand: sets several envelope controls at once; curried without the pattern. */
export interface EnvelopeShorthand {
  (value: EnvelopeArg, pat: Pattern<unknown>): Pattern<Controls>;
  (value: EnvelopeArg): (pat: Pattern<unknown>) => Pattern<Controls>;
}

function shorthand(keys: readonly (keyof Controls)[], single: (v: number) => Controls): EnvelopeShorthand {
  const make = (v: unknown): Controls =>
    Array.isArray(v) ? Object.fromEntries(keys.slice(0, v.length).map((k, i): [string, unknown] => [k, v[i]])) : single(v as number);
  return ((value: EnvelopeArg, pat?: Pattern<unknown>) =>
    pat === undefined ? (p: Pattern<unknown>) => setControlsWith(make, value, p) : setControlsWith(make, value, pat)) as EnvelopeShorthand;
}

/**
 * Sets attack, decay, sustain and release at once from a list (`".1:.1:.5:.2"`); a single
 * number sets only the attack.
 * @method
 * @example
 * note("[c3 bb2 f3 eb3]*2").s("sawtooth").lpf(600).adsr(".1:.1:.5:.2")
 */
export const adsr: EnvelopeShorthand = shorthand(['attack', 'decay', 'sustain', 'release'], (v) => ({ attack: v }));
/**
 * Sets attack and decay: `"0.1:0.3"`, or one number for both.
 * @method
 * @example
 * note("c3 e3").s("sawtooth").ad("<0.01:0.2 0.1>")
 */
export const ad: EnvelopeShorthand = shorthand(['attack', 'decay'], (v) => ({ attack: v, decay: v }));
/**
 * Sets attack and release: `"0.1:0.3"`, or one number for both.
 * @method
 * @example
 * note("c3 e3").s("sawtooth").ar("<0.01:0.5 0.2>")
 */
export const ar: EnvelopeShorthand = shorthand(['attack', 'release'], (v) => ({ attack: v, release: v }));
/**
 * Sets decay and sustain: `"0.2:0.5"`; one number sets the decay with no sustain.
 * @method
 * @example
 * note("c3*4").s("sawtooth").ds("<0.1 0.2:0.5>")
 */
export const ds: EnvelopeShorthand = shorthand(['decay', 'sustain'], (v) => ({ decay: v, sustain: 0 }));
