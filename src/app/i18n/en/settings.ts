/** The app's words, in English: the settings section (the source the other languages are typed against). */
export const settings = {
  heading: 'Settings',
  language: 'language',
  /** The choice that follows the browser's language (`name`, the one it gives now). */
  browserLanguage: (name: string) => `the browser's (${name})`,
  languageLater: 'A new language applies when weft next opens; your code is kept.',
  reloadNow: 'Reload now (stops the sound)',
  keyBindings: 'key bindings',
  keyBindingsHint: 'The performance keys below work in every one.',
  keymapNames: { default: 'standard', vim: 'vim', emacs: 'emacs' },
  couldNotLoadKeys: (mode: string, reason: string) => `could not load ${mode} keys: ${reason}`,
};
