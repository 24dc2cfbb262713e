/**
 * The dialogs' words (share, bounce, close) in every language the app speaks (typed: a language
 * without them fails the type check). Imported only by the dialogs, a download of their own, so
 * that the first screen carries none of them.
 */
import { dialogs as en, type DialogMessages } from './en/dialogs.ts';
import { dialogs as es } from './es/dialogs.ts';
import { language, type Language } from './index.ts';

export type { DialogMessages } from './en/dialogs.ts';

/** The dialogs' words, by language. */
export const DIALOG_WORDS: Readonly<Record<Language, DialogMessages>> = { en, es };

/** The dialogs' words in the language in use. */
export function dialogWords(): DialogMessages {
  return DIALOG_WORDS[language()];
}
