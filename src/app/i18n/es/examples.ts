/** The app's words, in Spanish: the examples section. */
import type { Messages } from '../en.ts';

/** The example performances' names (by file), where Spanish says them otherwise (Acid, Ambient, Breakbeat, Dub stay). */
const NAMES: Readonly<Record<string, string>> = {
  bass: 'Bajo',
  chords: 'Acordes',
  drums: 'Batería',
  'first-steps': 'Primeros pasos',
  generative: 'Generativa',
};

export const examples: Messages['examples'] = {
  menu: 'Ejemplos…',
  menuName: 'Abrir un ejemplo',
  menuTitle: 'Abre una pieza de ejemplo (tu código se guarda en el Historial)',
  name: (id, english) => NAMES[id] ?? english,
  opened: (title: string) => `Se abrió ${title}; pulsa tocar`,
  cannotOpen: (name: string, why: string) => `No se pudo abrir ${name}: ${why}`,
};
