/** The app's words, in Spanish: the history section. */
import type { Messages } from '../en.ts';

export const history: Messages['history'] = {
  button: 'Historial',
  buttonTitle: 'Explora y recupera evaluaciones anteriores',
  cannotOpen: (why: string) => `No se pudo abrir el historial: ${why}`,
};
