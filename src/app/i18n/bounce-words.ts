/**
 * What a bounce says, in every language the app speaks (typed: a language without them fails the
 * type check). Imported only by the bounce, a download of its own, so that the first screen
 * carries none of them.
 */
import { bounceWords as en, type BounceWords } from './en/bounce-words.ts';
import { bounceWords as es } from './es/bounce-words.ts';
import { language, type Language } from './index.ts';

export type { BounceWords } from './en/bounce-words.ts';

/** What a bounce says, by language. */
export const BOUNCE_WORDS: Readonly<Record<Language, BounceWords>> = { en, es };

/** What a bounce says, in the language in use. */
export function bounceWords(): BounceWords {
  return BOUNCE_WORDS[language()];
}
