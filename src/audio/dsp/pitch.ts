// The one exception to "audio knows nothing of patterns": note names are parsed by the pattern
// layer's theory leaf module (a pure file with no imports), so weft has a single note-name parser.
import { isNoteName, midiToFreq, noteToMidi } from '../../pattern/theory/note.ts';
import type { Hz } from './units.ts';

/** Converts a (possibly fractional) MIDI note number to a frequency, with A4 = 69 = 440 Hz. */
export function midiToHz(midi: number): Hz {
  return midiToFreq(midi);
}

/**
 * Reads a `note` value: a MIDI number, a numeric string, or a note name such as `"c4"` or `"eb"`
 * (octave 3 when omitted). Returns `undefined` when the value is none of these.
 */
export function noteToMidiNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed !== '' && !Number.isNaN(Number(trimmed))) return Number(trimmed);
  return isNoteName(trimmed) ? noteToMidi(trimmed) : undefined;
}
