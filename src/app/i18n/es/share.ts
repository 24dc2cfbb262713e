/** The app's words, in Spanish: the share section. */
import type { Messages } from '../en.ts';

export const share: Messages['share'] = {
  button: 'Compartir',
  buttonTitle: 'Copiar un enlace que contiene este código',
  opened: 'se abrió el código compartido: pulsa tocar para escucharlo',
  openedKept: 'se abrió el código compartido: pulsa tocar para escucharlo (tu código anterior está en el Historial)',
  badCharacter: (character, at) =>
    `no se pudo leer el código de este enlace: tiene un carácter que ningún enlace compartido tiene («${character}» en la posición ${at}), así que se modificó después de crearlo`,
  cutShort: (length) => `no se pudo leer el código de este enlace: sus ${length} caracteres no se pueden descomprimir, así que probablemente se cortó al copiarlo`,
  notText: 'no se pudo leer el código de este enlace: al descomprimirlo no da texto',
  couldNotOpen: (reason) => `no se pudo abrir el diálogo para compartir: ${reason}`,
};
