/**
 * MIDI's words in every language the app speaks (typed: a language without them fails the type
 * check). Imported only by MIDI, a download of its own, so that the first screen carries none.
 */
import { midi as en, type MidiMessages } from './en/midi-words.ts';
import { midi as es } from './es/midi-words.ts';
import { language, type Language } from './index.ts';

export type { MidiMessages } from './en/midi-words.ts';

/** MIDI's words, by language. */
export const MIDI_WORDS: Readonly<Record<Language, MidiMessages>> = { en, es };

/** MIDI's words in the language in use. */
export function midiWords(): MidiMessages {
  return MIDI_WORDS[language()];
}
