/** The app's words, in Spanish: the stage section. */
import type { Messages } from '../en.ts';

export const stage: Messages['stage'] = {
  projectorOn: 'modo proyector (Alt+P para salir)',
  projectorOff: 'modo proyector desactivado',
  wrapOn: 'las líneas largas se ajustan (Alt+Z)',
  wrapOff: 'las líneas largas no se ajustan (Alt+Z)',
};
