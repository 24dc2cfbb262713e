/**
 * The app's words, in English: the History panel's. Apart from the first screen's catalogue: they
 * download with the panel (see `history-words.ts`).
 */
export const historyPanel = {
  title: 'History',
  list: 'Kept versions, newest first',
  preview: 'The version chosen',
  restore: 'Restore this version',
  empty: 'Nothing yet: every evaluation (Ctrl/Cmd+Enter, Alt+Enter) will be kept here.',
  kinds: { evaluate: 'all', block: 'block', replaced: 'kept' },
  evaluated: 'evaluated',
  hadError: 'had an error',
  error: 'error',
  first: 'first version:',
  same: 'same code as the version before',
  blocks: (labels: string, count: number) => `changed ${count === 1 ? 'block' : 'blocks'} ${labels}`,
  more: (count: number) => `+ ${count} more changed ${count === 1 ? 'line' : 'lines'}`,
  added: 'added: ',
  removed: 'removed: ',
  lineTitle: (added: boolean, line: number) => `${added ? 'added at' : 'removed from'} line ${line}`,
};

/** The History panel's words: {@link historyPanel}'s shape. */
export type HistoryPanelMessages = typeof historyPanel;
