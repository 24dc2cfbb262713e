/** The app's words, in Spanish: the help section. */
import type { Messages } from '../en.ts';

export const help: Messages['help'] = {
  buttonTitle: 'Ajustes, teclas, atajos de teclado (vim, emacs) y ayuda',
  buttonName: 'ayuda y teclas',
  couldNotOpen: (reason) => `no se pudo abrir la ayuda: ${reason}`,
};
