/**
 * The `?` dialog's words in every language the app speaks (typed: a language without them fails
 * the type check). Imported only by the dialog, a download of its own, so that the first screen
 * carries none of them.
 */
import { helpDialog as en, type HelpDialogMessages } from './en/help-dialog.ts';
import { helpDialog as es } from './es/help-dialog.ts';
import { language, type Language } from './index.ts';

export type { HelpDialogMessages } from './en/help-dialog.ts';

/** The dialog's words, by language. */
export const HELP_DIALOG: Readonly<Record<Language, HelpDialogMessages>> = { en, es };

/** The dialog's words in the language in use. */
export function helpWords(): HelpDialogMessages {
  return HELP_DIALOG[language()];
}
