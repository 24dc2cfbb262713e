/** The app's words, in Spanish: the status section. */
import type { Messages } from '../en.ts';

export const status: Messages['status'] = {
  name: 'estado',
  muted: (blocks: string) => `silenciado ${blocks}`,
  solo: (blocks: string) => `solo ${blocks}`,
  sampleProgress: (loaded: number, requested: number) => `muestras ${loaded}/${requested}`,
  samplesFailed: (count: number) => (count === 1 ? 'falló 1 muestra' : `fallaron ${count} muestras`),
  sampleFailed: (line: number | undefined, name: string, index: number | undefined, message: string) =>
    `${line === undefined ? '' : `línea ${line}: `}no se pudo cargar la muestra "${name}"${index ? ` #${index}` : ''}: ${message}`,
  mapFailed: (line: number | undefined, url: string, message: string) => `${line === undefined ? '' : `línea ${line}: `}no se pudo cargar el mapa de muestras ${url}: ${message}`,
  loadingAudio: 'cargando el audio…',
  loadingIntel: 'cargando el autocompletado y la revisión de tipos…',
  audioFailed: (detail: string) => `falló el audio: ${detail}`,
  intelFailed: (detail: string) => `el autocompletado y la revisión de tipos no están disponibles: ${detail}`,
  unknownError: 'error desconocido',
  tabIndents: 'Ahora Tab sangra el código (Ctrl+M: Tab pasa al siguiente control)',
  tabMoves: 'Ahora Tab pasa al siguiente control (Ctrl+M: Tab sangra el código)',
};
