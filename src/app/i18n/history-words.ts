/**
 * The History panel's words in every language the app speaks (typed: a language without them
 * fails the type check). Imported only by the panel, a download of its own, so that the first
 * screen carries none of them.
 */
import { historyPanel as en, type HistoryPanelMessages } from './en/history-panel.ts';
import { historyPanel as es } from './es/history-panel.ts';
import { language, type Language } from './index.ts';

export type { HistoryPanelMessages } from './en/history-panel.ts';

/** The panel's words, by language. */
export const HISTORY_WORDS: Readonly<Record<Language, HistoryPanelMessages>> = { en, es };

/** The panel's words in the language in use. */
export function historyWords(): HistoryPanelMessages {
  return HISTORY_WORDS[language()];
}
