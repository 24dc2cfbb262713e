/** The app's words, in English: the help section (the source the other languages are typed against). */
export const help = {
  /** The `?` button's hover text and accessible name, and the dialog's title. */
  buttonTitle: 'Settings, keys, key bindings (vim, emacs) and help',
  buttonName: 'help and keys',
  title: 'Settings and keys',
  couldNotOpen: (reason: string) => `could not open the help: ${reason}`,
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
