/** The app's words, in English: the history section (the History button; the panel's words are in history-panel.ts). */
export const history = {
  button: 'History',
  buttonTitle: 'Browse and restore earlier evaluations',
  cannotOpen: (why: string) => `Could not open the history: ${why}`,
};
