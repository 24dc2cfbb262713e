/** The app's words, in Spanish: the visuals section. */
import type { Messages } from '../en.ts';

export const visuals: Messages['visuals'] = {
  panel: 'visuales',
  roll: 'pianola: las notas de este momento, con un color por bloque; Alt+Shift+N lee las notas que suenan, un clic en una nota encuentra su código',
  scope: 'osciloscopio: la forma de onda del sonido',
  toggleTitle: 'Muestra u oculta la pianola y el osciloscopio',
  toggleName: 'pianola y osciloscopio',
  notesButton: 'notas',
  notesTitle: 'Lee las notas que suenan ahora, bloque por bloque (Alt+Shift+N)',
  notes: (blocks) =>
    blocks.length === 0 ? 'no suena nada' : blocks.map((b) => `${b.label === '' ? 'código' : b.label}: ${b.notes.join(' ')}`).join(' · '),
  loadFailed: (message) => `no se pudieron cargar los visuales: ${message}`,
};
