/**
 * The app's words, in English: the settings section (the source the other languages are typed
 * against). The settings dialog's own words come with it (`help-dialog.ts`).
 */
export const settings = {
  couldNotLoadKeys: (mode: string, reason: string) => `could not load ${mode} keys: ${reason}`,
};
