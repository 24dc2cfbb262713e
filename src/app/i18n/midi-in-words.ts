/**
 * What MIDI input says, in every language the app speaks (typed: a language without them fails
 * the type check). Imported only by the MIDI input and clock follower, downloads of their own, so
 * that the first screen carries none of them.
 */
import { midiInWords as en, type MidiInWords } from './en/midi-in-words.ts';
import { midiInWords as es } from './es/midi-in-words.ts';
import { language, type Language } from './index.ts';

export type { MidiInWords } from './en/midi-in-words.ts';

/** What MIDI input says, by language. */
export const MIDI_IN_WORDS: Readonly<Record<Language, MidiInWords>> = { en, es };

/** What MIDI input says, in the language in use. */
export function midiInWords(): MidiInWords {
  return MIDI_IN_WORDS[language()];
}
