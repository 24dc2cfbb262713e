// The names of the key binding styles, apart from keymaps.ts so that listing them does not load
// the vim and emacs bindings (which the app loads only when chosen).

/** The key binding styles the editor offers. */
export type KeymapMode = 'default' | 'vim' | 'emacs';

/** Every {@link KeymapMode}, in the order a settings menu would list them. */
export const keymapModes: readonly KeymapMode[] = ['default', 'vim', 'emacs'];
