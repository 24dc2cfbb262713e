/** The app's words, in Spanish: the toolbar section. */
import type { Messages } from '../en.ts';

export const toolbar: Messages['toolbar'] = {
  fontGroup: 'tamaño del texto',
  fontTitle: 'Tamaño del texto (Ctrl/Cmd + = / -)',
  fontValue: 'tamaño del texto en píxeles',
  smallerTitle: 'Texto más pequeño',
  smallerName: 'texto más pequeño',
  largerTitle: 'Texto más grande',
  largerName: 'texto más grande',
  projectorTitle: 'Modo proyector: letra grande, alto contraste, solo lo esencial (Alt+P)',
  projectorName: 'modo proyector',
  toolsName: 'herramientas',
};
