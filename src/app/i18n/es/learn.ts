/** The app's words, in Spanish: the learn section. */
import type { Messages } from '../en.ts';

export const learn: Messages['learn'] = {
  button: 'Aprender',
  buttonTitle: 'El tutorial y la referencia, con ejemplos para tocar',
  panel: 'aprender weft',
  tabs: 'Tutorial y referencia',
  tutorial: 'Tutorial',
  reference: 'Referencia',
  close: 'Cerrar el tutorial y la referencia',
  closeTitle: 'Cerrar (Escape)',
  cannotOpen: (why: string) => `No se pudo abrir el tutorial: ${why}`,
  pageFailed: (why: string) => `No se pudo cargar esta página: ${why}`,
  loadingReference: 'Cargando la referencia…',
  referenceFailed: (why: string) => `No se pudo cargar la referencia: ${why}`,
  exampleCode: 'código del ejemplo',
  audioFailed: (why: string) => `Falló el audio: ${why}`,
};
