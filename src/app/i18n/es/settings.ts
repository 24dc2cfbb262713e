/** The app's words, in Spanish: the settings section. */
import type { Messages } from '../en.ts';

export const settings: Messages['settings'] = {
  couldNotLoadKeys: (mode, reason) => `no se pudieron cargar las teclas de ${mode}: ${reason}`,
};
