/**
 * Synthesis controls: the amplitude and pitch envelopes, vibrato, FM, pulse width and the
 * detuned (supersaw) voices. See `CONTROL_TABLE` (src/controls/table.ts) for keys and aliases.
 */
import { control, setControlsWith, type ControlList } from './controls.ts';
import type { Controls } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';
import type { PatternArg } from './reify.ts';

/**
 * Attack time of the amplitude envelope, in seconds.
 * @example
 * note("c3 e3").s("sawtooth").attack("<0 0.1 0.5>")
 */
export const attack = control('attack');
/**
 * Alias of {@link attack}.
 * @example
 * note("c3 e3").s("sawtooth").att(0.1)
 */
export const att = control('attack');
/**
 * Decay time of the amplitude envelope, in seconds.
 * @example
 * note("c3*4").s("sawtooth").decay("<0.05 0.2>").sustain(0)
 */
export const decay = control('decay');
/**
 * Alias of {@link decay}.
 * @example
 * note("c3*4").s("sawtooth").dec(0.1).sus(0)
 */
export const dec = control('decay');
/**
 * Sustain level of the amplitude envelope, from 0 to 1.
 * @example
 * note("c3*4").s("sawtooth").decay(0.1).sustain("<0 0.5 1>")
 */
export const sustain = control('sustain');
/**
 * Alias of {@link sustain}.
 * @example
 * note("c3*4").s("sawtooth").decay(0.1).sus(0.5)
 */
export const sus = control('sustain');
/**
 * Release time of the amplitude envelope, in seconds.
 * @example
 * note("c3 e3").s("sawtooth").clip(0.5).release("<0 0.3 1>")
 */
export const release = control('release');
/**
 * Alias of {@link release}.
 * @example
 * note("c3 e3").s("sawtooth").clip(0.5).rel(0.3)
 */
export const rel = control('release');
/**
 * How long the envelope holds at full level after the attack, in seconds.
 * @example
 * note("c3 e3").s("sawtooth").hold(0.1).decay(0.1).sustain(0)
 */
export const hold = control('hold');
/**
 * How far the pitch envelope moves the pitch, in semitones.
 * @example
 * note("c3*4").s("sine").penv("<12 -12>").pdecay(0.1)
 */
export const penv = control('penv');
/**
 * Attack time of the pitch envelope, in seconds.
 * @example
 * note("c3*4").s("sine").penv(12).pattack("<0.01 0.2>")
 */
export const pattack = control('pattack');
/**
 * Alias of {@link pattack}.
 * @example
 * note("c3*4").s("sine").penv(12).patt(0.1)
 */
export const patt = control('pattack');
/**
 * Decay time of the pitch envelope, in seconds.
 * @example
 * note("c3*4").s("sine").penv(12).pdecay("<0.05 0.3>")
 */
export const pdecay = control('pdecay');
/**
 * Alias of {@link pdecay}.
 * @example
 * note("c3*4").s("sine").penv(12).pdec(0.1)
 */
export const pdec = control('pdecay');
/**
 * Sustain level of the pitch envelope, from 0 to 1.
 * @example
 * note("c3*4").s("sine").penv(12).pdecay(0.1).psustain(0.5)
 */
export const psustain = control('psustain');
/**
 * Alias of {@link psustain}.
 * @example
 * note("c3*4").s("sine").penv(12).pdecay(0.1).psus(0.5)
 */
export const psus = control('psustain');
/**
 * Release time of the pitch envelope, in seconds.
 * @example
 * note("c3 e3").s("sine").penv(12).prelease(0.3)
 */
export const prelease = control('prelease');
/**
 * Alias of {@link prelease}.
 * @example
 * note("c3 e3").s("sine").penv(12).prel(0.3)
 */
export const prel = control('prelease');
/**
 * The pitch envelope's curve: 0 linear, 1 exponential.
 * @example
 * note("c3*4").s("sine").penv(12).pdecay(0.2).pcurve("<0 1>")
 */
export const pcurve = control('pcurve');
/**
 * Where the pitch envelope is anchored, from 0 to 1.
 * @example
 * note("c3*4").s("sine").penv(12).pdecay(0.2).panchor(0.5)
 */
export const panchor = control('panchor');
/**
 * Vibrato rate in Hz.
 * @example
 * note("c3 e3").s("sawtooth").vib("<0 4 8>")
 */
export const vib = control('vib');
/**
 * Alias of {@link vib}.
 * @example
 * note("c3 e3").s("sawtooth").vibrato(4)
 */
export const vibrato = control('vib');
/**
 * Alias of {@link vib}.
 * @example
 * note("c3 e3").s("sawtooth").v(4)
 */
export const v = control('vib');
/**
 * Vibrato depth in semitones.
 * @example
 * note("c3 e3").s("sawtooth").vib(4).vibmod("<0.25 1>")
 */
export const vibmod = control('vibmod');
/**
 * Alias of {@link vibmod}.
 * @example
 * note("c3 e3").s("sawtooth").vib(4).vmod(0.5)
 */
export const vmod = control('vibmod');
/**
 * FM modulation index (brightness). `"2:3"` also sets the harmonicity `fmh`.
 * @example
 * note("c3 e3").s("sine").fmi("<0 2 8>")
 */
export const fmi = control('fmi');
/**
 * Alias of {@link fmi}.
 * @example
 * note("c3 e3").s("sine").fm(4)
 */
export const fm = control('fmi');
/**
 * FM harmonicity: the modulator's frequency ratio. `"2:3"` also sets `fmi`.
 * @example
 * note("c3 e3").s("sine").fm(4).fmh("<1 1.5 2>")
 */
export const fmh = control('fmh');
/**
 * The FM envelope's shape: `"lin"` or `"exp"`.
 * @example
 * note("c3*4").s("sine").fm(8).fmdecay(0.2).fmenv("<lin exp>")
 */
export const fmenv = control('fmenv');
/**
 * Attack time of the FM envelope, in seconds.
 * @example
 * note("c3*4").s("sine").fm(8).fmattack("<0.01 0.2>")
 */
export const fmattack = control('fmattack');
/**
 * Alias of {@link fmattack}.
 * @example
 * note("c3*4").s("sine").fm(8).fmatt(0.1)
 */
export const fmatt = control('fmattack');
/**
 * Decay time of the FM envelope, in seconds.
 * @example
 * note("c3*4").s("sine").fm(8).fmdecay("<0.05 0.3>").fmsustain(0)
 */
export const fmdecay = control('fmdecay');
/**
 * Alias of {@link fmdecay}.
 * @example
 * note("c3*4").s("sine").fm(8).fmdec(0.1).fmsus(0)
 */
export const fmdec = control('fmdecay');
/**
 * Sustain level of the FM envelope, from 0 to 1.
 * @example
 * note("c3*4").s("sine").fm(8).fmdecay(0.1).fmsustain("<0 1>")
 */
export const fmsustain = control('fmsustain');
/**
 * Alias of {@link fmsustain}.
 * @example
 * note("c3*4").s("sine").fm(8).fmdecay(0.1).fmsus(0.5)
 */
export const fmsus = control('fmsustain');
/**
 * Release time of the FM envelope, in seconds.
 * @example
 * note("c3 e3").s("sine").fm(8).fmrelease(0.3)
 */
export const fmrelease = control('fmrelease');
/**
 * Alias of {@link fmrelease}.
 * @example
 * note("c3 e3").s("sine").fm(8).fmrel(0.3)
 */
export const fmrel = control('fmrelease');
/**
 * The FM modulator's waveform: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.
 * @example
 * note("c3 e3").s("sine").fm(4).fmwave("<sine square>")
 */
export const fmwave = control('fmwave');
/**
 * Pulse width of the `pulse` synth, from 0 to 1. `"0.3:2:0.2"` also sets `pwrate` and `pwsweep`.
 * @example
 * note("c3 e3").s("pulse").pw("<0.1 0.5>")
 */
export const pw = control('pw');
/**
 * Rate of the pulse width modulation, in Hz.
 * @example
 * note("c3 e3").s("pulse").pwrate(2).pwsweep(0.3)
 */
export const pwrate = control('pwrate');
/**
 * Depth of the pulse width modulation, from 0 to 1.
 * @example
 * note("c3 e3").s("pulse").pwrate(2).pwsweep("<0.1 0.4>")
 */
export const pwsweep = control('pwsweep');
/**
 * How far apart the voices of the `supersaw` synth are, in semitones.
 * @example
 * note("c3 e3").s("supersaw").detune("<0.1 0.5>")
 */
export const detune = control('detune');
/**
 * Alias of {@link detune}.
 * @example
 * note("c3 e3").s("supersaw").det(0.3)
 */
export const det = control('detune');
/**
 * How many voices the `supersaw` synth plays.
 * @example
 * note("c3 e3").s("supersaw").unison("<1 3 7>")
 */
export const unison = control('unison');
/**
 * The stereo spread of the `supersaw` synth's voices, from 0 to 1.
 * @example
 * note("c3 e3").s("supersaw").spread("<0 1>")
 */
export const spread = control('spread');
/**
 * Mixes noise into an oscillator, from 0 to 1.
 * @example
 * note("c3 e3").s("sawtooth").noise("<0 0.3>")
 */
export const noise = control('noise');

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
 * @example
 * note("[c3 bb2 f3 eb3]*2").s("sawtooth").lpf(600).adsr(".1:.1:.5:.2")
 */
export const adsr: EnvelopeShorthand = shorthand(['attack', 'decay', 'sustain', 'release'], (v) => ({ attack: v }));
/**
 * Sets attack and decay: `"0.1:0.3"`, or one number for both.
 * @example
 * note("c3 e3").s("sawtooth").ad("<0.01:0.2 0.1>")
 */
export const ad: EnvelopeShorthand = shorthand(['attack', 'decay'], (v) => ({ attack: v, decay: v }));
/**
 * Sets attack and release: `"0.1:0.3"`, or one number for both.
 * @example
 * note("c3 e3").s("sawtooth").ar("<0.01:0.5 0.2>")
 */
export const ar: EnvelopeShorthand = shorthand(['attack', 'release'], (v) => ({ attack: v, release: v }));
/**
 * Sets decay and sustain: `"0.2:0.5"`; one number sets the decay with no sustain.
 * @example
 * note("c3*4").s("sawtooth").ds("<0.1 0.2:0.5>")
 */
export const ds: EnvelopeShorthand = shorthand(['decay', 'sustain'], (v) => ({ decay: v, sustain: 0 }));
