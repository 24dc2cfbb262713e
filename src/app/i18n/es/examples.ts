/** The app's words, in Spanish: the examples section. */
import type { Messages } from '../en.ts';

export const examples: Messages['examples'] = {
  menu: 'Ejemplos…',
  menuName: 'Abrir un ejemplo',
  menuTitle: 'Abre una pieza de ejemplo (tu código se guarda en el Historial)',
  opened: (title: string) => `Se abrió ${title}; presiona play`,
  cannotOpen: (name: string, why: string) => `No se pudo abrir ${name}: ${why}`,
};
