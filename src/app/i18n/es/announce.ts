/** The app's words, in Spanish: the announce section. */
import type { Messages } from '../en.ts';

export const announce: Messages['announce'] = {
  region: 'avisos',
  playing: (labels) => (labels.length === 0 ? 'sonando' : `sonando ${labels.join(', ')}`),
  error: (line, column, message) => `error en la línea ${line}:${column}: ${message}`,
  stopped: 'detenido',
  engineReport: (line, message) => `línea ${line}: ${message}`,
};
