/**
 * The controls Strudel passes on to SuperDirt, ZzFX, MIDI time code and visualisations:
 * spectral and other effects, the note model, and a few general ones.
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const SUPERDIRT_CONTROLS = {
  real: {
    kind: 'number', engine: 'unsupported',
    doc: 'Spectral effect (SuperDirt): keeps the real part of the spectrum, scaled.',
    example: 's("bd sd").real("<0 0.5>")',
  },
  imag: {
    kind: 'number', engine: 'unsupported',
    doc: 'Spectral effect (SuperDirt): keeps the imaginary part of the spectrum, scaled.',
    example: 's("bd sd").imag("<0 0.5>")',
  },
  enhance: {
    kind: 'number', engine: 'unsupported',
    doc: "Spectral effect (SuperDirt): enhances the spectrum's harmonics.",
    example: 's("bd sd").enhance("<0 0.5>")',
  },
  comb: {
    kind: 'number', engine: 'unsupported',
    doc: 'Spectral comb filter (SuperDirt), from 0 to 1.',
    example: 's("bd sd").comb("<0 0.5>")',
  },
  smear: {
    kind: 'number', engine: 'unsupported',
    doc: 'Spectral smear (SuperDirt): blurs the spectrum over time.',
    example: 's("bd sd").smear("<0 0.5>")',
  },
  scram: {
    kind: 'number', engine: 'unsupported',
    doc: "Spectral scramble (SuperDirt): shuffles the spectrum's bins.",
    example: 's("bd sd").scram("<0 0.5>")',
  },
  binshift: {
    kind: 'number', engine: 'unsupported',
    doc: 'Spectral bin shift (SuperDirt): moves the spectrum up or down.',
    example: 's("bd sd").binshift("<0 0.5>")',
  },
  hbrick: {
    kind: 'number', engine: 'unsupported',
    doc: 'Spectral high-pass brick-wall filter (SuperDirt), from 0 to 1.',
    example: 's("bd sd").hbrick("<0 0.5>")',
  },
  lbrick: {
    kind: 'number', engine: 'unsupported',
    doc: 'Spectral low-pass brick-wall filter (SuperDirt), from 0 to 1.',
    example: 's("bd sd").lbrick("<0 0.5>")',
  },
  freeze: {
    kind: 'number', engine: 'unsupported',
    doc: 'Spectral freeze (SuperDirt): holds the spectrum while 1.',
    example: 's("bd sd").freeze("<0 1>")',
  },
  waveloss: {
    kind: 'number', engine: 'unsupported',
    doc: "Drops this percentage of the waveform's segments (SuperDirt), from 0 to 100.",
    example: 's("bd sd").waveloss("<0 30>")',
  },
  triode: {
    kind: 'number', engine: 'unsupported',
    doc: 'Triode-like distortion (SuperDirt).',
    example: 's("bd sd").triode("<0 0.5>")',
  },
  krush: {
    kind: 'number', engine: 'unsupported',
    doc: 'Krush distortion (SuperDirt): a bass-heavy crunch.',
    example: 's("bd sd").krush("<0 4>")',
  },
  kcutoff: {
    kind: 'number', engine: 'unsupported',
    doc: 'The low-pass cutoff of the {@link krush} distortion, in Hz.',
    example: 's("bd sd").krush(4).kcutoff("<500 2000>")',
  },
  overgain: {
    kind: 'number', engine: 'unsupported',
    doc: 'Gain of the overdrive effect (SuperDirt).',
    example: 's("bd sd").overgain("<0 2>")',
  },
  overshape: {
    kind: 'number', engine: 'unsupported',
    doc: 'Shape of the overdrive effect (SuperDirt).',
    example: 's("bd sd").overgain(2).overshape("<0 0.5>")',
  },
  octer: {
    kind: 'number', engine: 'unsupported',
    doc: 'Octaver (SuperDirt): mixes in the octave above.',
    example: 's("bd sd").octer("<0 0.5>")',
  },
  octersub: {
    kind: 'number', engine: 'unsupported',
    doc: 'Octaver (SuperDirt): mixes in the octave below.',
    example: 's("bd sd").octersub("<0 0.5>")',
  },
  octersubsub: {
    kind: 'number', engine: 'unsupported',
    doc: 'Octaver (SuperDirt): mixes in two octaves below.',
    example: 's("bd sd").octersubsub("<0 0.5>")',
  },
  ring: {
    kind: 'number', engine: 'unsupported',
    doc: 'Ring modulation amount (SuperDirt).',
    example: 's("bd sd").ring("<0 1>").ringf(800)',
  },
  ringf: {
    kind: 'number', engine: 'unsupported',
    doc: 'Ring modulation frequency, in Hz.',
    example: 's("bd sd").ring(1).ringf("<200 800>")',
  },
  ringdf: {
    kind: 'number', engine: 'unsupported',
    doc: 'Slide of the ring modulation frequency over the event, in Hz.',
    example: 's("bd sd").ring(1).ringf(800).ringdf("<0 -400>")',
  },
  fshift: {
    kind: 'number', engine: 'unsupported',
    doc: 'Frequency shift (SuperDirt), in Hz.',
    example: 's("bd sd").fshift("<0 100>")',
  },
  fshiftnote: {
    kind: 'number', engine: 'unsupported',
    doc: "Frequency shift as a multiple of the note's frequency.",
    example: 's("bd sd").fshift(1).fshiftnote("<0 1>")',
  },
  fshiftphase: {
    kind: 'number', engine: 'unsupported',
    doc: 'Phase of the frequency shifter, in radians.',
    example: 's("bd sd").fshift(100).fshiftphase("<0 1>")',
  },
  xsdelay: {
    kind: 'number', engine: 'unsupported',
    doc: "Delay time of SuperDirt's `xsdelay` effect.",
    example: 's("bd sd").xsdelay("<0 0.5>")',
  },
  tsdelay: {
    kind: 'number', engine: 'unsupported',
    doc: "Delay time of SuperDirt's `tsdelay` effect.",
    example: 's("bd sd").tsdelay("<0 0.5>")',
  },
  fadeTime: {
    kind: 'number', aliases: ['fadeOutTime'], engine: 'unsupported',
    doc: 'Fade-out time at the end of a sample (SuperDirt), in seconds.',
    example: 's("bd sd").fadeTime("<0.01 0.1>")',
  },
  fadeInTime: {
    kind: 'number', engine: 'unsupported',
    doc: 'Fade-in time at the start of a sample (SuperDirt), in seconds.',
    example: 's("bd sd").fadeInTime("<0 0.05>")',
  },
  panspan: {
    kind: 'number', engine: 'unsupported',
    doc: 'Multichannel panning (SuperDirt): how many channels the sound spans.',
    example: 's("bd sd").panspan("<1 2>")',
  },
  pansplay: {
    kind: 'number', engine: 'unsupported',
    doc: "Multichannel panning (SuperDirt): how far the sound's channels are spread.",
    example: 's("bd sd").pansplay("<0 1>")',
  },
  panwidth: {
    kind: 'number', engine: 'unsupported',
    doc: 'Multichannel panning (SuperDirt): the width of the panning.',
    example: 's("bd sd").panwidth("<1 2>")',
  },
  panorient: {
    kind: 'number', engine: 'unsupported',
    doc: 'Multichannel panning (SuperDirt): the orientation of the speaker ring.',
    example: 's("bd sd").panorient("<0 0.5>")',
  },
  degree: {
    kind: 'number', engine: 'unsupported',
    doc: "A scale degree, for SuperDirt's note model.",
    example: 's("superpiano").degree("0 2 4")',
  },
  mtranspose: {
    kind: 'number', engine: 'unsupported',
    doc: "Transposes SuperDirt's `degree` by scale steps.",
    example: 's("superpiano").degree("0 2").mtranspose("<0 1>")',
  },
  ctranspose: {
    kind: 'number', engine: 'unsupported',
    doc: "Transposes SuperDirt's notes by semitones.",
    example: 's("superpiano").degree("0 2").ctranspose("<0 7>")',
  },
  harmonic: {
    kind: 'number', engine: 'unsupported',
    doc: "A harmonic of the note, for SuperDirt's note model.",
    example: 's("superpiano").harmonic("<1 2 3>")',
  },
  stepsPerOctave: {
    kind: 'number', engine: 'unsupported',
    doc: "How many steps an octave has, for SuperDirt's note model (12 by default).",
    example: 's("superpiano").n("0 5").stepsPerOctave("<12 19>")',
  },
  octaveR: {
    kind: 'number', engine: 'unsupported',
    doc: "The octave ratio, for SuperDirt's note model (2 by default).",
    example: 's("superpiano").n("0 12").octaveR("<2 2.1>")',
  },
  semitone: {
    kind: 'number', engine: 'unsupported',
    doc: "The size of a semitone, for SuperDirt's note model.",
    example: 's("superpiano").n("0 1").semitone("<1 1.1>")',
  },
  voice: {
    kind: 'number', engine: 'unsupported',
    doc: 'A synth-specific voice parameter (SuperDirt).',
    example: 's("supersquare").voice("<0 0.5>")',
  },
  gate: {
    kind: 'number', aliases: ['gat'], engine: 'unsupported',
    doc: 'The gate of a sustained synth: 1 holds the note, 0 releases it.',
    example: 'note("c3 e3").s("sawtooth").gate("<1 0>")',
  },
  sustainpedal: {
    kind: 'number', engine: 'unsupported',
    doc: 'The sustain pedal (MIDI CC 64): 1 down, 0 up.',
    example: 'note("c4 e4").sustainpedal("<1 0>")',
  },
  expression: {
    kind: 'number', engine: 'unsupported',
    doc: 'MIDI expression (CC 11), from 0 to 1.',
    example: 'note("c4 e4").expression("<0.5 1>")',
  },
  slide: {
    kind: 'number', engine: 'voice',
    doc: 'Pitch slide of the ZzFX synths (`s("zzfx")`, `z_sine`, `z_triangle`, `z_sawtooth`, `z_tan`, `z_noise`, `z_square`): the frequency rises by 500 Hz per second per unit (negative falls), as ZzFX\'s `slide`. Default 0.',
    example: 'note("c3").s("z_sawtooth").slide("<0 1>")',
  },
  deltaSlide: {
    kind: 'number', engine: 'voice',
    doc: "Change of the pitch slide of the ZzFX synths: the slide itself grows by 500 Hz per second per second per unit, as ZzFX's `deltaSlide`. Default 0.",
    example: 'note("c3").s("z_sawtooth").slide(1).deltaSlide("<0 0.5>")',
  },
  pitchJump: {
    kind: 'number', engine: 'voice',
    doc: 'Pitch jump of the ZzFX synths, in Hz: added to the frequency once, `pitchJumpTime` seconds into the sound. Default 0.',
    example: 'note("c3").s("z_sawtooth").pitchJump("<0 100>")',
  },
  pitchJumpTime: {
    kind: 'number', engine: 'voice',
    doc: "When the ZzFX synths' `pitchJump` happens, in seconds from the onset. Default 0.",
    example: 'note("c3").s("z_sawtooth").pitchJump(100).pitchJumpTime("<0.1 0.3>")',
  },
  curve: {
    kind: 'number', engine: 'voice',
    doc: 'Wave curve of the ZzFX synths: each sample becomes sign(x)·|x|^curve (0 makes a square, 2 a pointier wave); for `z_square` it sets the duty cycle (curve / 2). Default 1 (unchanged).',
    example: 'note("c3").s("z_sawtooth").curve("<1 2>")',
  },
  zrand: {
    kind: 'number', engine: 'voice',
    doc: "Random detune of the ZzFX synths: the frequency is multiplied by 1 ± zrand (a fraction, random per event). Default 0 (ZzFX's own default is 0.05).",
    example: 'note("c3*4").s("z_sawtooth").zrand("<0 0.5>")',
  },
  znoise: {
    kind: 'number', engine: 'voice',
    doc: "Pitch noise of the ZzFX synths: each sample's phase step is varied randomly by up to ± znoise of itself, making the sound dirty. Default 0.",
    example: 'note("c3").s("z_sawtooth").znoise("<0 0.5>")',
  },
  zmod: {
    kind: 'number', engine: 'voice',
    doc: 'Frequency modulation of the ZzFX synths, in Hz: the frequency is multiplied by cos(2π·zmod·time). Default 0.',
    example: 'note("c3").s("z_sawtooth").zmod("<0 5>")',
  },
  zcrush: {
    kind: 'number', engine: 'voice',
    doc: "Bit crush (sample-and-hold) of the ZzFX synths: each value is held for zcrush × 100 samples at ZzFX's 44.1 kHz. Default 0.",
    example: 'note("c3").s("z_sawtooth").zcrush("<0 0.5>")',
  },
  zdelay: {
    kind: 'number', engine: 'unsupported',
    doc: 'Delay of the ZzFX synth.',
    example: 'note("c3").s("z_sawtooth").zdelay("<0 0.2>")',
  },
  zzfx: {
    kind: 'numbers', engine: 'voice',
    doc: 'All parameters of a ZzFX sound as one list, in ZzFX\'s order (volume, randomness, frequency, attack, sustain, release, shape, shapeCurve, slide, deltaSlide, pitchJump, pitchJumpTime, repeatTime, noise, modulation, bitCrush, delay, sustainVolume, decay, ...), with ZzFX\'s defaults for holes: with `s("zzfx")` (or a `z_` sound) it sets the pitch, level, envelope (the sound lasts attack + decay + sustain, then releases) and the ZzFX parameters. repeatTime, delay, tremolo and filter are not played.',
    example: 's("zzfx").zzfx("1:0.5:300")',
  },
  label: {
    kind: 'string', spread: ['label', 'activeLabel'], engine: 'pattern',
    doc: 'A label for the event in visualisations; `"a:b"` also sets `activeLabel`.',
    example: 's("bd sd").label("<kick snare>")',
  },
  activeLabel: {
    kind: 'string', engine: 'pattern',
    doc: 'The label shown while the event plays, in visualisations.',
    example: 's("bd sd").label("kick").activeLabel("KICK")',
  },
  analyze: {
    kind: 'number', engine: 'unsupported',
    doc: 'Sends the sound to the analyser (1) for scopes and spectra.',
    example: 's("bd sd").analyze(1)',
  },
  fft: {
    kind: 'number', engine: 'unsupported',
    doc: "The analyser's FFT size, as a power of two.",
    example: 's("bd sd").analyze(1).fft("<8 10>")',
  },
  source: {
    kind: 'string', aliases: ['src'], engine: 'unsupported',
    doc: 'A sound source for outputs that read it.',
    example: 's("bd sd").source("mic")',
  },
  uid: {
    kind: 'number', engine: 'unsupported',
    doc: 'An id for the event, for outputs that read it.',
    example: 's("bd sd").uid("1 2")',
  },
  val: {
    kind: 'number', engine: 'unsupported',
    doc: 'A general-purpose value, for outputs that read it.',
    example: 's("bd sd").val("<0 1>")',
  },
  hours: {
    kind: 'number', engine: 'unsupported',
    doc: 'MIDI time code: the hours.',
    example: 'note("c4").hours(1)',
  },
  minutes: {
    kind: 'number', engine: 'unsupported',
    doc: 'MIDI time code: the minutes.',
    example: 'note("c4").minutes(30)',
  },
  seconds: {
    kind: 'number', engine: 'unsupported',
    doc: 'MIDI time code: the seconds.',
    example: 'note("c4").seconds(15)',
  },
  frames: {
    kind: 'number', engine: 'unsupported',
    doc: 'MIDI time code: the frames.',
    example: 'note("c4").frames(12)',
  },
  frameRate: {
    kind: 'number', engine: 'unsupported',
    doc: 'MIDI time code: the frame rate.',
    example: 'note("c4").frameRate(25)',
  },
  songPtr: {
    kind: 'number', engine: 'unsupported',
    doc: 'MIDI song position pointer, in sixteenth notes.',
    example: 'midicmd("<start stop>").songPtr(0)',
  },
} as const satisfies ControlRows;
