/**
 * Controls that weft carries on events for outputs that read them: SuperDirt's note model and
 * synth parameters, the ZzFX synth's parameters, MIDI time code, labels and analysis for
 * visualisations, and general-purpose ids and values. See `CONTROL_TABLE` (src/controls/table.ts).
 */
import { control } from './controls.ts';

/**
 * A scale degree, for SuperDirt's note model.
 * @example
 * s("superpiano").degree("0 2 4")
 */
export const degree = control('degree');
/**
 * Transposes SuperDirt's `degree` by scale steps.
 * @example
 * s("superpiano").degree("0 2").mtranspose("<0 1>")
 */
export const mtranspose = control('mtranspose');
/**
 * Transposes SuperDirt's notes by semitones.
 * @example
 * s("superpiano").degree("0 2").ctranspose("<0 7>")
 */
export const ctranspose = control('ctranspose');
/**
 * A harmonic of the note, for SuperDirt's note model.
 * @example
 * s("superpiano").harmonic("<1 2 3>")
 */
export const harmonic = control('harmonic');
/**
 * How many steps an octave has, for SuperDirt's note model (12 by default).
 * @example
 * s("superpiano").n("0 5").stepsPerOctave("<12 19>")
 */
export const stepsPerOctave = control('stepsPerOctave');
/**
 * The octave ratio, for SuperDirt's note model (2 by default).
 * @example
 * s("superpiano").n("0 12").octaveR("<2 2.1>")
 */
export const octaveR = control('octaveR');
/**
 * The size of a semitone, for SuperDirt's note model.
 * @example
 * s("superpiano").n("0 1").semitone("<1 1.1>")
 */
export const semitone = control('semitone');
/**
 * A synth-specific voice parameter (SuperDirt).
 * @example
 * s("supersquare").voice("<0 0.5>")
 */
export const voice = control('voice');
/**
 * The gate of a sustained synth: 1 holds the note, 0 releases it.
 * @example
 * note("c3 e3").s("sawtooth").gate("<1 0>")
 */
export const gate = control('gate');
/**
 * Alias of {@link gate}.
 * @example
 * note("c3 e3").s("sawtooth").gat(1)
 */
export const gat = control('gate');
/**
 * The sustain pedal (MIDI CC 64): 1 down, 0 up.
 * @example
 * note("c4 e4").sustainpedal("<1 0>")
 */
export const sustainpedal = control('sustainpedal');
/**
 * MIDI expression (CC 11), from 0 to 1.
 * @example
 * note("c4 e4").expression("<0.5 1>")
 */
export const expression = control('expression');
/**
 * Pitch slide of the ZzFX synth.
 * @example
 * note("c3").s("z_sawtooth").slide("<0 1>")
 */
export const slide = control('slide');
/**
 * Change of the pitch slide of the ZzFX synth.
 * @example
 * note("c3").s("z_sawtooth").slide(1).deltaSlide("<0 0.5>")
 */
export const deltaSlide = control('deltaSlide');
/**
 * Pitch jump of the ZzFX synth, in Hz.
 * @example
 * note("c3").s("z_sawtooth").pitchJump("<0 100>")
 */
export const pitchJump = control('pitchJump');
/**
 * When the ZzFX synth's pitch jumps, in seconds.
 * @example
 * note("c3").s("z_sawtooth").pitchJump(100).pitchJumpTime("<0.1 0.3>")
 */
export const pitchJumpTime = control('pitchJumpTime');
/**
 * Waveform curve of the ZzFX synth (1 is unchanged).
 * @example
 * note("c3").s("z_sawtooth").curve("<1 2>")
 */
export const curve = control('curve');
/**
 * Random pitch variation of the ZzFX synth.
 * @example
 * note("c3*4").s("z_sawtooth").zrand("<0 0.5>")
 */
export const zrand = control('zrand');
/**
 * Noise amount of the ZzFX synth.
 * @example
 * note("c3").s("z_sawtooth").znoise("<0 0.5>")
 */
export const znoise = control('znoise');
/**
 * Frequency modulation of the ZzFX synth.
 * @example
 * note("c3").s("z_sawtooth").zmod("<0 5>")
 */
export const zmod = control('zmod');
/**
 * Bit crushing of the ZzFX synth.
 * @example
 * note("c3").s("z_sawtooth").zcrush("<0 0.5>")
 */
export const zcrush = control('zcrush');
/**
 * Delay of the ZzFX synth.
 * @example
 * note("c3").s("z_sawtooth").zdelay("<0 0.2>")
 */
export const zdelay = control('zdelay');
/**
 * All parameters of a ZzFX sound as one list.
 * @example
 * s("zzfx").zzfx("0:0.5:300")
 */
export const zzfx = control('zzfx');
/**
 * A label for the event in visualisations; `"a:b"` also sets `activeLabel`.
 * @example
 * s("bd sd").label("<kick snare>")
 */
export const label = control('label');
/**
 * The label shown while the event plays, in visualisations.
 * @example
 * s("bd sd").label("kick").activeLabel("KICK")
 */
export const activeLabel = control('activeLabel');
/**
 * Sends the sound to the analyser (1) for scopes and spectra.
 * @example
 * s("bd sd").analyze(1)
 */
export const analyze = control('analyze');
/**
 * The analyser's FFT size, as a power of two.
 * @example
 * s("bd sd").analyze(1).fft("<8 10>")
 */
export const fft = control('fft');
/**
 * A sound source for outputs that read it.
 * @example
 * s("bd sd").source("mic")
 */
export const source = control('source');
/**
 * Alias of {@link source}.
 * @example
 * s("bd sd").src("mic")
 */
export const src = control('source');
/**
 * An id for the event, for outputs that read it.
 * @example
 * s("bd sd").uid("1 2")
 */
export const uid = control('uid');
/**
 * A general-purpose value, for outputs that read it.
 * @example
 * s("bd sd").val("<0 1>")
 */
export const val = control('val');
/**
 * MIDI time code: the hours.
 * @example
 * note("c4").hours(1)
 */
export const hours = control('hours');
/**
 * MIDI time code: the minutes.
 * @example
 * note("c4").minutes(30)
 */
export const minutes = control('minutes');
/**
 * MIDI time code: the seconds.
 * @example
 * note("c4").seconds(15)
 */
export const seconds = control('seconds');
/**
 * MIDI time code: the frames.
 * @example
 * note("c4").frames(12)
 */
export const frames = control('frames');
/**
 * MIDI time code: the frame rate.
 * @example
 * note("c4").frameRate(25)
 */
export const frameRate = control('frameRate');
/**
 * MIDI song position pointer, in sixteenth notes.
 * @example
 * midicmd("<start stop>").songPtr(0)
 */
export const songPtr = control('songPtr');
