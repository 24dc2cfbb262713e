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
    kind: 'number', engine: 'voice',
    doc: 'How long the amplitude envelope stays at full level between its attack and its decay, in seconds (default 0).',
    example: 'note("c3 e3").s("sawtooth").hold(0.1).decay(0.1).sustain(0)',
  },
  penv: {
    kind: 'number', engine: 'voice',
    doc: "Depth of the pitch envelope of a synth's oscillator, in semitones: the pitch moves from the note by up to this much as the envelope rises, and back as it falls (see `panchor`).",
    example: 'note("c3*4").s("sine").penv("<12 -12>").pdecay(0.1)',
  },
  pattack: {
    kind: 'number', aliases: ['patt'], engine: 'voice',
    doc: 'Attack time of the pitch envelope, in seconds (default 0: the pitch starts at the top of its range).',
    example: 'note("c3*4").s("sine").penv(12).pattack("<0.01 0.2>")',
  },
  pdecay: {
    kind: 'number', aliases: ['pdec'], engine: 'voice',
    doc: 'Decay time of the pitch envelope, in seconds (default 0.1).',
    example: 'note("c3*4").s("sine").penv(12).pdecay("<0.05 0.3>")',
  },
  psustain: {
    kind: 'number', aliases: ['psus'], engine: 'voice',
    doc: 'Sustain level of the pitch envelope, from 0 to 1 (default 0: the pitch settles back at the note).',
    example: 'note("c3*4").s("sine").penv(12).pdecay(0.1).psustain(0.5)',
  },
  prelease: {
    kind: 'number', aliases: ['prel'], engine: 'voice',
    doc: 'Release time of the pitch envelope after the note ends, in seconds (default 0).',
    example: 'note("c3 e3").s("sine").penv(12).prelease(0.3)',
  },
  pcurve: {
    kind: 'number', engine: 'voice',
    doc: "The pitch envelope's curve: 0 linear (default), 1 exponential; values between mix the two.",
    example: 'note("c3*4").s("sine").penv(12).pdecay(0.2).pcurve("<0 1>")',
  },
  panchor: {
    kind: 'number', engine: 'voice',
    doc: "Where the note sits in the pitch envelope's range, from 0 to 1: at 0 (default) the envelope rises above the note, at 1 it falls below it, at 0.5 it moves half each way.",
    example: 'note("c3*4").s("sine").penv(12).pdecay(0.2).panchor(0.5)',
  },
  vib: {
    kind: 'number', aliases: ['vibrato', 'v'], spread: ['vib', 'vibmod'], engine: 'voice',
    doc: 'Vibrato rate of a synth\'s oscillator, in Hz. `"4:1"` also sets its depth `vibmod` (0.5 semitones if not given).',
    example: 'note("c3 e3").s("sawtooth").vib("<0 4 8>")',
  },
  vibmod: {
    kind: 'number', aliases: ['vmod'], spread: ['vibmod', 'vib'], engine: 'voice',
    doc: 'Vibrato depth in semitones either side of the note (0.5 when only `vib` is given; with no `vib` there is no vibrato).',
    example: 'note("c3 e3").s("sawtooth").vib(4).vibmod("<0.25 1>")',
  },
  fmi: {
    kind: 'number', aliases: ['fm', 'fmi1', 'fm1'], spread: ['fmi', 'fmh'], engine: 'voice',
    doc: 'FM modulation index (brightness) of operator 1, which modulates the carrier\'s frequency (operators 2 to 8, `fmi2`...`fmi8`, add their own). `"2:3"` also sets the harmonicity `fmh`.',
    example: 'note("c3 e3").s("sine").fmi("<0 2 8>")',
  },
  fmh: {
    kind: 'number', aliases: ['fmh1'], spread: ['fmh', 'fmi'], engine: 'voice',
    doc: 'FM harmonicity: the modulator\'s frequency ratio. `"2:3"` also sets `fmi`. (Strudel 1.2.6\'s method `.fmh1` sets `fmi` instead; weft\'s sets `fmh`.)',
    example: 'fmh("<1 1.5 2>").note("c3 e3").s("sine").fm(4)',
  },
  fmenv: {
    kind: 'numberOrName', aliases: ['fmenv1'], spread: ['fmenv'], engine: 'voice',
    doc: 'Curve of the FM envelope (of `fmi`): `"lin"` (default) or `"exp"`, or a number from 0 (linear) to 1 (exponential).',
    example: 'note("c3*4").s("sine").fm(8).fmdecay(0.2).fmenv("<lin exp>")',
  },
  fmattack: {
    kind: 'number', aliases: ['fmatt', 'fmattack1', 'fmatt1'], spread: ['fmattack'], engine: 'voice',
    doc: 'Attack time of the FM envelope, in seconds: the index rises from 0 to `fmi`. Giving any of `fmattack`, `fmdecay`, `fmsustain`, `fmrelease` turns the envelope on (defaults 0, 0.1, 1 and 0.01); without them the index stays at `fmi`.',
    example: 'note("c3*4").s("sine").fm(8).fmattack("<0.01 0.2>")',
  },
  fmdecay: {
    kind: 'number', aliases: ['fmdec', 'fmdecay1', 'fmdec1'], spread: ['fmdecay'], engine: 'voice',
    doc: 'Decay time of the FM envelope, in seconds (default 0.1): the index falls from `fmi` to `fmsustain` times it.',
    example: 'note("c3*4").s("sine").fm(8).fmdecay("<0.05 0.3>").fmsustain(0)',
  },
  fmsustain: {
    kind: 'number', aliases: ['fmsus', 'fmsustain1', 'fmsus1'], spread: ['fmsustain'], engine: 'voice',
    doc: 'Sustain level of the FM envelope, from 0 to 1 (default 1), as a fraction of `fmi`.',
    example: 'note("c3*4").s("sine").fm(8).fmdecay(0.1).fmsustain("<0 1>")',
  },
  fmrelease: {
    kind: 'number', aliases: ['fmrel', 'fmrelease1', 'fmrel1'], spread: ['fmrelease'], engine: 'voice',
    doc: 'Release time of the FM envelope after the note ends, in seconds (default 0.01).',
    example: 'note("c3 e3").s("sine").fm(8).fmrelease(0.3)',
  },
  fmwave: {
    kind: 'string', aliases: ['fmwave1'], spread: ['fmwave'], engine: 'voice',
    doc: 'The FM modulator\'s waveform: `"sine"` (default), `"square"`, `"sawtooth"` or `"triangle"`.',
    example: 'note("c3 e3").s("sine").fm(4).fmwave("<sine square>")',
  },
  pw: {
    kind: 'number', spread: ['pw', 'pwrate', 'pwsweep'], engine: 'voice',
    doc: 'Pulse width of the `pulse` synth, from 0 to 1. `"0.3:2:0.2"` also sets `pwrate` and `pwsweep`.',
    example: 'note("c3 e3").s("pulse").pw("<0.1 0.5>")',
  },
  pwrate: {
    kind: 'number', engine: 'voice',
    doc: 'Rate of the pulse width modulation of the `pulse` synth, in Hz (default 1).',
    example: 'note("c3 e3").s("pulse").pwrate(2).pwsweep(0.3)',
  },
  pwsweep: {
    kind: 'number', engine: 'voice',
    doc: 'Depth of the pulse width modulation of the `pulse` synth: the width swings this much either side of `pw`, from 0 (default: none) to 0.5, kept within 0.01 and 0.99.',
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
    kind: 'number', engine: 'voice',
    doc: "The stereo spread of the `supersaw` synth's copies, from 0 (all in the middle, the default) to 1 (the lowest hard left, the highest hard right).",
    example: 'note("c3 e3").s("supersaw").spread("<0 1>")',
  },
  noise: {
    kind: 'number', engine: 'voice',
    doc: "Mixes pink noise into a synth's oscillator: this much of it is added, from 0 to 1.",
    example: 'note("c3 e3").s("sawtooth").noise("<0 0.3>")',
  },
} as const satisfies ControlRows;
