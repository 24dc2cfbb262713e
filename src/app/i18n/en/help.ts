/**
 * The app's words, in English: the help section (the source the other languages are typed
 * against): the `?` button's. The dialog's own words come with it (`help-dialog.ts`).
 */
export const help = {
  /** The `?` button's hover text and accessible name. */
  buttonTitle: 'Settings, keys, key bindings (vim, emacs) and help',
  buttonName: 'help and keys',
  couldNotOpen: (reason: string) => `could not open the help: ${reason}`,
};
