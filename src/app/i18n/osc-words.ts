/**
 * What the OSC output says, in every language the app speaks (typed: a language without them
 * fails the type check). Imported only by the OSC output, a download of its own, so that the
 * first screen carries none of them.
 */
import { oscWords as en, type OscWords } from './en/osc-words.ts';
import { oscWords as es } from './es/osc-words.ts';
import { language, type Language } from './index.ts';

export type { OscWords } from './en/osc-words.ts';

/** What the OSC output says, by language. */
export const OSC_WORDS: Readonly<Record<Language, OscWords>> = { en, es };

/** What the OSC output says, in the language in use. */
export function oscWords(): OscWords {
  return OSC_WORDS[language()];
}
