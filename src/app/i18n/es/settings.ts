/** The app's words, in Spanish: the settings section. */
import type { Messages } from '../en.ts';

export const settings: Messages['settings'] = {
  heading: 'Ajustes',
  language: 'idioma',
  browserLanguage: (name) => `el del navegador (${name})`,
  languageLater: 'El nuevo idioma se aplica la próxima vez que abras weft; tu código se conserva.',
  reloadNow: 'Recargar ahora (detiene el sonido)',
  keyBindings: 'atajos de teclado',
  keyBindingsHint: 'Las teclas de interpretación de abajo funcionan con todos.',
  keymapNames: { default: 'estándar', vim: 'vim', emacs: 'emacs' },
  couldNotLoadKeys: (mode, reason) => `no se pudieron cargar las teclas de ${mode}: ${reason}`,
};
