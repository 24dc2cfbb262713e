/** The app's words, in Spanish: the app section. */
import type { Messages } from '../en.ts';

export const app: Messages['app'] = {
  welcome: [
    '// Te damos la bienvenida a weft: música programada en vivo en tu navegador.',
    '// Pulsa ▶ (o Ctrl+Enter, Cmd+Enter en un Mac) para reproducir. Cambia lo que quieras y vuelve a pulsarlo.',
    '// Alt+Enter toca solo el bloque donde está el cursor; Ctrl+. detiene todo; el botón ? muestra todas las teclas.',
  ].join('\n'),
  couldNotStart: (reason) => `weft no pudo arrancar: ${reason}`,
  muted: (block) => `${block} silenciado`,
  unmuted: (block) => `${block} suena de nuevo`,
  soloed: (block) => `solo de ${block}`,
  soloEnded: (block) => `terminó el solo de ${block}`,
  notPlaying: (block) => `${block}: no está sonando (evalúalo primero)`,
  samplesAdded: (files) =>
    files === 1 ? 'se agregó 1 archivo de sample: evalúa para escucharlo' : `se agregaron ${files} archivos de samples: evalúa para escucharlos`,
  couldNotAddFiles: (reason) => `no se pudieron agregar los archivos: ${reason}`,
  bounce: 'Exportar',
  bounceTitle: 'Descargar el código como archivo WAV',
  couldNotOpenBounce: (reason) => `no se pudo abrir la exportación: ${reason}`,
};
