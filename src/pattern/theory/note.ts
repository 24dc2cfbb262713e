/**
 * Note names and pitch numbers: parsing `"c4"`, `"C#3"`, `"eb"`, `"f##2"`, `"Bb-1"` into spelled
 * pitches and MIDI numbers, naming MIDI numbers, and converting between MIDI numbers and frequencies
 * (equal temperament, A4 = MIDI 69 = 440 Hz).
 */

/** A MIDI note number: 60 is middle C (C4); fractions are microtones. */
export type Midi = number;

/** A frequency in hertz. */
export type Hz = number;

/** The octave a note name without an octave number is in (`"c"` is C3, MIDI 48), as in Strudel. */
export const DEFAULT_OCTAVE = 3;

/**
 * A spelled pitch: a letter, its accidentals and (for a note, not a pitch class) its octave.
 * `step` counts letters from C (C = 0 … B = 6); `alter` counts sharps (positive) or flats (negative).
 */
export interface Pitch {
  readonly step: number;
  readonly alter: number;
  readonly octave?: number;
}

const LETTERS = 'CDEFGAB';
/** Semitones above C of each natural letter. */
export const STEP_SEMITONES: readonly number[] = [0, 2, 4, 5, 7, 9, 11];

// A letter, any mix of accidentals (# or s sharpen, b or f flatten), an optional integer octave.
const NOTE_NAME = /^([a-gA-G])([#bsf]*)(-?\d+)?$/;

/**
 * Reads a note name into a spelled pitch, or returns `undefined` when it is not one.
 * @example
 * note("c eb g".fmap((name) => pitchName({ ...parsePitch(name)!, octave: 4 })))
 */
export function parsePitch(name: string): Pitch | undefined {
  const match = NOTE_NAME.exec(name);
  if (match === null) return undefined;
  const [, letter = '', accidentals = '', octave] = match;
  let alter = 0;
  for (const accidental of accidentals) alter += accidental === '#' || accidental === 's' ? 1 : -1;
  const step = LETTERS.indexOf(letter.toUpperCase());
  return octave === undefined ? { step, alter } : { step, alter, octave: Number(octave) };
}

/**
 * True when `name` is a note name such as `"c4"`, `"eb"` or `"F#-1"`.
 * @example
 * note("c3 x e3 ~ g3 y".filterValues(isNoteName))
 */
export function isNoteName(name: unknown): name is string {
  return typeof name === 'string' && NOTE_NAME.test(name);
}

function invalidNote(name: unknown): Error {
  return new Error(
    `not a note: ${JSON.stringify(name)} (a note name is a letter a-g, optional accidentals # b s f, ` +
      'and an optional octave, like "c4", "eb" or "f#2")',
  );
}

/** Reads a note name, throwing a descriptive error when it is not one. */
export function parsePitchOrThrow(name: string): Pitch {
  const pitch = parsePitch(name);
  if (pitch === undefined) throw invalidNote(name);
  return pitch;
}

/**
 * The pitch class's semitones above C, from 0 to 11.
 * @example
 * note("c3 f#3 bb3".fmap((name) => 60 + pitchChroma(parsePitch(name)!)))
 */
export function pitchChroma(pitch: Pitch): number {
  return mod(STEP_SEMITONES[pitch.step]! + pitch.alter, 12);
}

/**
 * The MIDI number of a spelled pitch, in `defaultOctave` when it has no octave.
 * @example
 * note("c e g".fmap((name) => pitchToMidi(parsePitch(name)!, 4)))
 */
export function pitchToMidi(pitch: Pitch, defaultOctave = DEFAULT_OCTAVE): Midi {
  const octave = pitch.octave ?? defaultOctave;
  return (octave + 1) * 12 + STEP_SEMITONES[pitch.step]! + pitch.alter;
}

/**
 * Writes a spelled pitch as a name with a capital letter: `"C#3"`, `"Bbb4"`, `"E"` (no octave for
 * a pitch class).
 * @example
 * note("0 2 4".fmap((step) => pitchName({ step, alter: 0, octave: 4 })))
 */
export function pitchName(pitch: Pitch): string {
  const accidentals = pitch.alter >= 0 ? '#'.repeat(pitch.alter) : 'b'.repeat(-pitch.alter);
  return `${LETTERS[pitch.step]}${accidentals}${pitch.octave ?? ''}`;
}

/**
 * The MIDI number of a note name; a name without an octave is in `defaultOctave` (3, so `"c"` is 48).
 * Throws on anything that is not a note name.
 *
 * @example
 * note(noteToMidi('c4') + 7)
 */
export function noteToMidi(name: string, defaultOctave = DEFAULT_OCTAVE): Midi {
  return pitchToMidi(parsePitchOrThrow(name), defaultOctave);
}

/**
 * The frequency of a MIDI number in equal temperament with A4 (69) at 440 Hz.
 *
 * @example
 * freq(midiToFreq(69))
 */
export function midiToFreq(midi: Midi): Hz {
  return 440 * 2 ** ((midi - 69) / 12);
}

/**
 * The frequency of a note: a note name (`"a4"` is 440 Hz) or a MIDI number.
 *
 * @example
 * freq(noteToFreq('a4'))
 */
export function noteToFreq(note: string | Midi): Hz {
  return midiToFreq(typeof note === 'number' ? note : noteToMidi(note));
}

/**
 * The MIDI number (with a fraction for pitches between semitones) of a frequency.
 *
 * @example
 * note(freqToMidi(440))
 */
export function freqToMidi(freq: Hz): Midi {
  return 12 * Math.log2(freq / 440) + 69;
}

const FLAT_NAMES = ['C', 'Db', 'D', 'Eb', 'E', 'F', 'Gb', 'G', 'Ab', 'A', 'Bb', 'B'];
const SHARP_NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];

/**
 * Names a MIDI number (rounded to the nearest semitone), with flats unless `sharps` is set:
 * 61 is `"Db4"`, or `"C#4"` with sharps.
 *
 * @example
 * note(midiToNoteName(61))
 */
export function midiToNoteName(midi: Midi, sharps = false): string {
  const rounded = Math.round(midi);
  const names = sharps ? SHARP_NAMES : FLAT_NAMES;
  return `${names[mod(rounded, 12)]}${Math.floor(rounded / 12) - 1}`;
}

/** The remainder of `n / m` with the sign of `m` (so always in `[0, m)` for positive `m`). */
export function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}
