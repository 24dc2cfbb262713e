/**
 * The app's words, in English: the `?` dialog's own words (the settings, the keys, the tips).
 * Only the dialog uses them, so they come with its download, not with the first screen (see
 * `help-dialog.ts`); the `?` button's words are in the help section.
 */
export const helpDialog = {
  title: 'Settings and keys',
  settings: 'Settings',
  language: 'language',
  /** The choice that follows the browser's language (`name`, the one it gives now). */
  browserLanguage: (name: string) => `the browser's (${name})`,
  languageLater: 'A new language applies when weft next opens; your code is kept.',
  reloadNow: 'Reload now (stops the sound)',
  keyBindings: 'key bindings',
  keyBindingsHint: 'The performance keys below work in every one.',
  keymapNames: { default: 'standard', vim: 'vim', emacs: 'emacs' },
  /** The key groups' titles (`KEY_HELP`). */
  groups: { performing: 'Performing', editing: 'Editing' },
  /** What each key of `KEY_HELP` does. */
  keys: {
    evaluate: 'Evaluate everything (and play)',
    evaluateBlock: 'Evaluate the block under the cursor (blank-line separated or $name: labelled), or the selection',
    stop: 'Stop everything',
    mute: 'Mute or unmute the labelled block under the cursor',
    solo: 'Solo or unsolo the labelled block under the cursor',
    textSize: 'Larger / smaller text',
    textSizeReset: 'Text size back to normal',
    undo: 'Undo / redo',
    search: 'Search (and replace)',
    comment: 'Comment or uncomment the line',
    tab: 'Move to the next / previous control; with Ctrl-m, indent / unindent',
    tabMode: 'Switch what Tab does: move between controls, or indent (kept for the next visit)',
    complete: 'Complete a name',
    escape: 'In the Learn panel: close it, back to the code',
    wrap: 'Wrap long lines, or not (kept for the next visit)',
    midi: "MIDI settings: the output .midi() sends to, each output's latency, MIDI clock out and in",
    projector: 'Projector mode: large type, high contrast, only the essentials in the top bar (kept for the next visit)',
    notes: 'Read the notes playing now, block by block (the pianoroll in words)',
  },
  also: 'Also',
  tips: {
    highlights: 'Characters light up while the sound they made plays. Click a note in the pianoroll to jump to its code.',
    errors: 'Errors are underlined where they are; the previous code keeps playing until the next good evaluation.',
    saved: 'Your code is saved as you type, and every evaluation is kept in History.',
    share: 'Share copies a link holding the code; Bounce downloads the code as a WAV file.',
    learn: 'Learn opens the tutorial and the reference beside the editor (also at #tutorial and #reference); every example plays with one click.',
    intel: 'After the first sound, the editor completes names, shows docs on hover and warns about type errors; a warning never stops code from playing.',
  },
};

/** The `?` dialog's words: {@link helpDialog}'s shape. */
export type HelpDialogMessages = typeof helpDialog;
