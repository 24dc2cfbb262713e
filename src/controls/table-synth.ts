/**
 * Synthesis: the amplitude envelope, the pitch envelope and vibrato, FM operator 1, pulse width,
 * detune, unison and noise.
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const SYNTH_CONTROLS = {
  attack: {
    kind: 'number', aliases: ['att'], engine: 'voice',
    doc: 'Attack time of the amplitude envelope, in seconds.',
    example: 'note("c3 e3").s("sawtooth").attack("<0 0.1 0.5>")',
  },
  decay: {
    kind: 'number', aliases: ['dec'], engine: 'voice',
    doc: 'Decay time of the amplitude envelope, in seconds.',
    example: 'note("c3*4").s("sawtooth").decay("<0.05 0.2>").sustain(0)',
  },
  sustain: {
    kind: 'number', aliases: ['sus'], engine: 'voice',
    doc: 'Sustain level of the amplitude envelope, from 0 to 1.',
    example: 'note("c3*4").s("sawtooth").decay(0.1).sustain("<0 0.5 1>")',
  },
  release: {
    kind: 'number', aliases: ['rel'], engine: 'voice',
    doc: 'Release time of the amplitude envelope, in seconds.',
    example: 'note("c3 e3").s("sawtooth").clip(0.5).release("<0 0.3 1>")',
  },
  hold: {
    kind: 'number', engine: 'unsupported',
    doc: 'How long the envelope holds at full level after the attack, in seconds.',
    example: 'note("c3 e3").s("sawtooth").hold(0.1).decay(0.1).sustain(0)',
  },
  penv: {
    kind: 'number', engine: 'unsupported',
    doc: 'How far the pitch envelope moves the pitch, in semitones.',
    example: 'note("c3*4").s("sine").penv("<12 -12>").pdecay(0.1)',
  },
  pattack: {
    kind: 'number', aliases: ['patt'], engine: 'unsupported',
    doc: 'Attack time of the pitch envelope, in seconds.',
    example: 'note("c3*4").s("sine").penv(12).pattack("<0.01 0.2>")',
  },
  pdecay: {
    kind: 'number', aliases: ['pdec'], engine: 'unsupported',
    doc: 'Decay time of the pitch envelope, in seconds.',
    example: 'note("c3*4").s("sine").penv(12).pdecay("<0.05 0.3>")',
  },
  psustain: {
    kind: 'number', aliases: ['psus'], engine: 'unsupported',
    doc: 'Sustain level of the pitch envelope, from 0 to 1.',
    example: 'note("c3*4").s("sine").penv(12).pdecay(0.1).psustain(0.5)',
  },
  prelease: {
    kind: 'number', aliases: ['prel'], engine: 'unsupported',
    doc: 'Release time of the pitch envelope, in seconds.',
    example: 'note("c3 e3").s("sine").penv(12).prelease(0.3)',
  },
  pcurve: {
    kind: 'number', engine: 'unsupported',
    doc: "The pitch envelope's curve: 0 linear, 1 exponential.",
    example: 'note("c3*4").s("sine").penv(12).pdecay(0.2).pcurve("<0 1>")',
  },
  panchor: {
    kind: 'number', engine: 'unsupported',
    doc: 'Where the pitch envelope is anchored, from 0 to 1.',
    example: 'note("c3*4").s("sine").penv(12).pdecay(0.2).panchor(0.5)',
  },
  vib: {
    kind: 'number', aliases: ['vibrato', 'v'], spread: ['vib', 'vibmod'], engine: 'unsupported',
    doc: 'Vibrato rate in Hz.',
    example: 'note("c3 e3").s("sawtooth").vib("<0 4 8>")',
  },
  vibmod: {
    kind: 'number', aliases: ['vmod'], spread: ['vibmod', 'vib'], engine: 'unsupported',
    doc: 'Vibrato depth in semitones.',
    example: 'note("c3 e3").s("sawtooth").vib(4).vibmod("<0.25 1>")',
  },
  fmi: {
    kind: 'number', aliases: ['fm', 'fmi1', 'fm1'], spread: ['fmi', 'fmh'], engine: 'voice',
    doc: 'FM modulation index (brightness). `"2:3"` also sets the harmonicity `fmh`.',
    example: 'note("c3 e3").s("sine").fmi("<0 2 8>")',
  },
  fmh: {
    kind: 'number', aliases: ['fmh1'], spread: ['fmh', 'fmi'], engine: 'voice',
    doc: 'FM harmonicity: the modulator\'s frequency ratio. `"2:3"` also sets `fmi`. (Strudel 1.2.6\'s method `.fmh1` sets `fmi` instead; weft\'s sets `fmh`.)',
    example: 'fmh("<1 1.5 2>").note("c3 e3").s("sine").fm(4)',
  },
  fmenv: {
    kind: 'numberOrName', aliases: ['fmenv1'], spread: ['fmenv'], engine: 'unsupported',
    doc: 'The FM envelope\'s shape: `"lin"` or `"exp"`.',
    example: 'note("c3*4").s("sine").fm(8).fmdecay(0.2).fmenv("<lin exp>")',
  },
  fmattack: {
    kind: 'number', aliases: ['fmatt', 'fmattack1', 'fmatt1'], spread: ['fmattack'], engine: 'unsupported',
    doc: 'Attack time of the FM envelope, in seconds.',
    example: 'note("c3*4").s("sine").fm(8).fmattack("<0.01 0.2>")',
  },
  fmdecay: {
    kind: 'number', aliases: ['fmdec', 'fmdecay1', 'fmdec1'], spread: ['fmdecay'], engine: 'unsupported',
    doc: 'Decay time of the FM envelope, in seconds.',
    example: 'note("c3*4").s("sine").fm(8).fmdecay("<0.05 0.3>").fmsustain(0)',
  },
  fmsustain: {
    kind: 'number', aliases: ['fmsus', 'fmsustain1', 'fmsus1'], spread: ['fmsustain'], engine: 'unsupported',
    doc: 'Sustain level of the FM envelope, from 0 to 1.',
    example: 'note("c3*4").s("sine").fm(8).fmdecay(0.1).fmsustain("<0 1>")',
  },
  fmrelease: {
    kind: 'number', aliases: ['fmrel', 'fmrelease1', 'fmrel1'], spread: ['fmrelease'], engine: 'unsupported',
    doc: 'Release time of the FM envelope, in seconds.',
    example: 'note("c3 e3").s("sine").fm(8).fmrelease(0.3)',
  },
  fmwave: {
    kind: 'string', aliases: ['fmwave1'], spread: ['fmwave'], engine: 'unsupported',
    doc: 'The FM modulator\'s waveform: `"sine"`, `"square"`, `"sawtooth"` or `"triangle"`.',
    example: 'note("c3 e3").s("sine").fm(4).fmwave("<sine square>")',
  },
  pw: {
    kind: 'number', spread: ['pw', 'pwrate', 'pwsweep'], engine: 'voice',
    doc: 'Pulse width of the `pulse` synth, from 0 to 1. `"0.3:2:0.2"` also sets `pwrate` and `pwsweep`.',
    example: 'note("c3 e3").s("pulse").pw("<0.1 0.5>")',
  },
  pwrate: {
    kind: 'number', engine: 'unsupported',
    doc: 'Rate of the pulse width modulation, in Hz.',
    example: 'note("c3 e3").s("pulse").pwrate(2).pwsweep(0.3)',
  },
  pwsweep: {
    kind: 'number', engine: 'unsupported',
    doc: 'Depth of the pulse width modulation, from 0 to 1.',
    example: 'note("c3 e3").s("pulse").pwrate(2).pwsweep("<0.1 0.4>")',
  },
  detune: {
    kind: 'number', aliases: ['det'], engine: 'voice',
    doc: 'How far apart the voices of the `supersaw` synth are, in semitones.',
    example: 'note("c3 e3").s("supersaw").detune("<0.1 0.5>")',
  },
  unison: {
    kind: 'number', engine: 'voice',
    doc: 'How many voices the `supersaw` synth plays.',
    example: 'note("c3 e3").s("supersaw").unison("<1 3 7>")',
  },
  spread: {
    kind: 'number', engine: 'unsupported',
    doc: "The stereo spread of the `supersaw` synth's voices, from 0 to 1.",
    example: 'note("c3 e3").s("supersaw").spread("<0 1>")',
  },
  noise: {
    kind: 'number', engine: 'unsupported',
    doc: 'Mixes noise into an oscillator, from 0 to 1.',
    example: 'note("c3 e3").s("sawtooth").noise("<0 0.3>")',
  },
} as const satisfies ControlRows;
