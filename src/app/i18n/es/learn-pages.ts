/**
 * The app's words, in Spanish: the learning pages' (buttons, labels, the marks of silent examples).
 * Apart from the learn section so that they download with the pages, not with the first screen;
 * typed as the pages take them, so a missing message fails the type check.
 */
import type { PageWords } from '../../../intel/index.ts';

const sounds = (count: number): string => (count === 1 ? 'está' : 'están');

export const pages: PageWords = {
  play: '▶ Tocar',
  playName: 'Tocar este ejemplo',
  playTitle: 'Toca este ejemplo (Ctrl+Enter en su código) en lugar de tu código; el botón ▶ de arriba vuelve a tocar tu código',
  stop: '■ Parar',
  stopName: 'Parar este ejemplo',
  stopTitle: 'Para este ejemplo (Ctrl+. en su código); tu propio código no cambia',
  example: 'ejemplo',
  marks: {
    network: 'Carga samples de internet: lee sus archivos de sonido de GitHub al tocar, así que sin conexión no suena. Sin internet suenan la batería incluida (s("bd sd")) y los instrumentos (note("c e g").s("piano")).',
    dirtSamples: (names: string, count: number) =>
      `Carga samples de internet: ${names} ${sounds(count)} en los dirt-samples de Strudel, que weft no incluye. Agrega samples('github:tidalcycles/dirt-samples') antes del código para escucharlo con conexión.`,
    strudelSounds: (names: string, count: number) =>
      `No suena sin samples de internet: weft no tiene ningún sonido llamado ${names} (Strudel ${count === 1 ? 'lo carga' : 'los carga'} de sus bibliotecas de samples). Nombra los archivos con samples({ ... }) para escucharlo.`,
    midi: 'No suena en weft: sus controles son para la salida MIDI, que weft no tiene.',
    noSound: 'No suena, a propósito: sus eventos llevan controles propios del código, no un sonido.',
    mouse: 'No suena en weft: sigue al mouse, que weft todavía no le pasa al código (la señal se queda en 0).',
  },
  kinds: { control: 'control', function: 'función', constant: 'patrón', global: 'configuración' },
  method: 'método',
  searchPlaceholder: (count: number) => `Busca entre ${count} funciones y controles`,
  searchName: 'Buscar en la referencia',
  showMore: 'Mostrar más',
  nothingMatches: (query: string) => `Nada coincide con "${query}".`,
  tryThis: (text: string) => `Prueba esto: ${text}`,
  inReference: 'En la referencia: ',
  next: (title: string) => `Siguiente: ${title} →`,
};
