/**
 * Sound sources and sample playback: what to play, its pitch, level, place and timing, the cut
 * groups and busses, and the sources of the crackle, additive and byte-beat synths.
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const SOUND_CONTROLS = {
  s: {
    kind: 'string', aliases: ['sound'], spread: ['s', 'n', 'gain'], engine: 'voice',
    doc: 'The sound to play: a sample name or a synth waveform. `"bd:3"` also sets `n` (and a third value `gain`).',
    example: 's("bd*2 [sd hh] bd:3 sd")',
  },
  n: {
    kind: 'number', engine: 'voice',
    doc: "Which sample of a sound's set to play (counting from 0), or a scale degree for `scale`.",
    example: 's("hh*4").n("0 1 2 3")',
  },
  note: {
    kind: 'note', spread: ['note', 'n'], engine: 'voice',
    doc: 'The pitch, as a MIDI number or a note name (`"c4"`, `"eb3"`).',
    example: 'note("c e g b").s("sawtooth")',
  },
  freq: {
    kind: 'number', engine: 'voice',
    doc: 'The pitch as a frequency in Hz.',
    example: 'freq("220 330 440").s("sine")',
  },
  octave: {
    kind: 'number', aliases: ['oct'], engine: 'unsupported',
    doc: "The octave of a synth's notes when `note` or `n` does not give one.",
    example: 'n("0,4,7").s("supersaw").octave("<2 3 4>")',
  },
  bank: {
    kind: 'string', engine: 'voice',
    doc:
      'A drum machine (sample bank), prefixed to the sound name: `bank("RolandTR909")` with `s("bd")` plays `RolandTR909_bd`, ' +
      'a sample of that name when the code loads one, else weft\'s synthesized model of the machine ' +
      '(`RolandTR808` and `RolandTR909`, also `tr808` and `tr909`: bd sd hh oh cr cp rim lt mt ht, and the 808\'s cb sh perc, the 909\'s rd), ' +
      'and weft\'s own kit, with a warning, for any other bank.',
    example: 's("bd sd").bank("RolandTR909")',
  },
  gain: {
    kind: 'number', engine: 'voice',
    doc: 'Volume, as a gain factor (1 is unchanged).',
    example: 's("hh*8").gain("0.4 1")',
  },
  amp: {
    kind: 'number', engine: 'unsupported',
    doc: 'Volume as a linear amplitude (unlike `gain`).',
    example: 's("bd*8").amp(".1*2 .5 .1*2 .5 .1 .5")',
  },
  velocity: {
    kind: 'number', aliases: ['vel'], engine: 'voice',
    doc: 'Velocity, multiplied with the gain (0 to 1).',
    example: 's("hh*8").velocity("0.4 1")',
  },
  postgain: {
    kind: 'number', engine: 'voice',
    doc: 'Gain applied after the effects.',
    example: 's("bd sd").distort(3).postgain(0.5)',
  },
  pan: {
    kind: 'number', engine: 'voice',
    doc: 'Stereo position, from 0 (left) to 1 (right).',
    example: 's("hh*8").pan(sine)',
  },
  speed: {
    kind: 'number', engine: 'voice',
    doc: 'Sample playback speed: 2 is an octave up, negative plays backwards.',
    example: 's("bd*4").speed("1 2 -1 0.5")',
  },
  stretch: {
    kind: 'number', engine: 'unsupported',
    doc: 'Changes the playback speed of a sample, a cheap way of changing its pitch.',
    example: 's("gm_flute").stretch("1 2 0.5")',
  },
  accelerate: {
    kind: 'number', engine: 'unsupported',
    doc: "Changes the playback speed over the sample's duration.",
    example: 's("sd*2").accelerate("<0 -1 1>")',
  },
  unit: {
    kind: 'string', engine: 'voice',
    doc: 'How `speed` is read: `"r"` (rate, the default), `"c"` (cycles per sample) or `"s"` (seconds).',
    example: 's("bd").speed(1).unit("c")',
  },
  begin: {
    kind: 'number', engine: 'voice',
    doc: 'Where in the sample to start, from 0 to 1.',
    example: 's("bd*4").begin("0 0.25 0.5 0.75")',
  },
  end: {
    kind: 'number', engine: 'voice',
    doc: 'Where in the sample to stop, from 0 to 1.',
    example: 's("bd*4").end("1 0.5 0.25 0.1")',
  },
  loop: {
    kind: 'number', engine: 'voice',
    doc: 'Loops the sample (1) between `loopBegin` and `loopEnd`.',
    example: 's("casio").loop(1).clip(2)',
  },
  loopBegin: {
    kind: 'number', aliases: ['loopb'], engine: 'voice',
    doc: 'Where the sample loop starts, from 0 to 1.',
    example: 's("casio").loop(1).loopBegin(0.25)',
  },
  loopEnd: {
    kind: 'number', aliases: ['loope'], engine: 'voice',
    doc: 'Where the sample loop ends, from 0 to 1.',
    example: 's("casio").loop(1).loopEnd(0.5)',
  },
  cut: {
    kind: 'number', engine: 'voice',
    doc: 'A cut group: a sound stops the sounds still playing in its group.',
    example: 's("hh*4 oh").cut(1)',
  },
  clip: {
    kind: 'number', aliases: ['legato'], engine: 'voice',
    doc: "Multiplies each event's duration, cutting sounds off when it ends.",
    example: 'note("c a f e").s("sawtooth").clip("<0.5 1 2>")',
  },
  duration: {
    kind: 'number', aliases: ['dur'], engine: 'unsupported',
    doc: "The event's duration in seconds, overriding the pattern's.",
    example: 'note("c e").s("sawtooth").duration(0.1)',
  },
  orbit: {
    kind: 'number', aliases: ['o'], engine: 'orbit',
    doc: 'The effect bus (orbit) a sound goes through; each has its own delay and reverb.',
    example: 'stack(s("bd*2").orbit(1), s("hh*4").room(0.5).orbit(2))',
  },
  bus: {
    kind: 'number', engine: 'unsupported',
    doc: 'An audio bus to send the sound to, for modulating other sounds with it.',
    example: 's("bd*4").bus(1)',
  },
  busgain: {
    kind: 'number', aliases: ['bgain'], engine: 'unsupported',
    doc: 'Gain applied to the sound before it is sent to its `bus`.',
    example: 's("bd*4").bus(1).busgain(0.5)',
  },
  channel: {
    kind: 'number', engine: 'unsupported',
    doc: 'The output channel to play on.',
    example: 's("bd hh").channel("1 2")',
  },
  channels: {
    kind: 'number', aliases: ['ch'], engine: 'unsupported',
    doc: 'The output channels to play on.',
    example: 's("bd hh").channels(2)',
  },
  cps: {
    kind: 'number', engine: 'voice',
    doc: 'Cycles per second, carried on the events (for outputs that read it).',
    example: 's("bd sd").cps(0.75)',
  },
  nudge: {
    kind: 'number', engine: 'unsupported',
    doc: 'Shifts events in time by this many seconds (a late shift, for outputs that read it).',
    example: 's("bd*2 sd").nudge("0 0.02")',
  },
  color: {
    kind: 'string', spread: ['color', 'colour'], engine: 'pattern',
    doc: 'A color for the event in visualisations.',
    example: 's("bd sd").color("cyan magenta")',
  },
  colour: {
    kind: 'string', internal: true, engine: 'pattern',
    doc: 'The British spelling of `color`, which `color` sets too (as Strudel does).',
  },
  _slices: {
    kind: 'slices', internal: true, engine: 'unsupported',
    doc: 'The slice count or the slice points of `slice` and `splice`, for `fit`-like playback.',
  },
  density: {
    kind: 'number', engine: 'unsupported',
    doc: 'How dense the `crackle` noise is: from 0 (sparse clicks) up.',
    example: 's("crackle*4").density("<0.01 0.04 0.2 0.5>".slow(4))',
  },
  partials: {
    kind: 'numbers', spread: ['partials'], handWritten: 'method', engine: 'unsupported',
    doc: 'The magnitudes (0 to 1) of the harmonics of a synth waveform, the fundamental first; with `s("user")` they make a new waveform. As a function, a list keeps only its first value; the method {@link setPartials} keeps the whole list.',
    example: 's("user").seg(16).n(irand(8)).scale("A:major").partials([1, 0, 1, 0, 0, 1])',
  },
  phases: {
    kind: 'numbers', spread: ['phases'], handWritten: 'method', engine: 'unsupported',
    doc: 'The phases (0 to 1) of the harmonics of a synth waveform, the fundamental first. As a function, a list keeps only its first value; the method {@link setPhases} keeps the whole list.',
    example: 's("saw").seg(8).n(irand(12)).scale("G#1:minor").superimpose((x) => x.phases([0.5, 0.5, 0.5]))',
  },
  byteBeatExpression: {
    kind: 'string', aliases: ['bbexpr'], handWritten: 'both', engine: 'voice',
    doc: "The expression of the `bytebeat` synth: JavaScript in `t` (numbers, `t`, `PI`, `E`, arithmetic, bitwise, comparison, logical and `?:` operators, parentheses and Math functions such as `sin`, `floor`, `pow`, with or without `Math.`), compiled once (never run as code); its value's low 8 bits, unsigned, are the output. Default `t*(t>>5|t>>8)`. An expression outside that subset is reported. A plain string is the expression itself, not mini-notation (a pattern of expressions still works).",
    example: 's("bytebeat").byteBeatExpression(\'t*(t>>15^t>>66)\')',
  },
  byteBeatStartTime: {
    kind: 'number', aliases: ['bbst'], engine: 'voice',
    doc: 'The value `t` of the `bytebeat` synth starts from (t counts 8000 per second at note C2 or with no note; a note transposes that rate). Default 0.',
    example: 'note("c3!8".add("{0 0 12 0 7 5 3}%8")).s("bytebeat:5").byteBeatStartTime("<3 1>".mul(10000))',
  },
} as const satisfies ControlRows;
