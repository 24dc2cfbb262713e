/** The app's words, in Spanish: the app section. */
import type { Messages } from '../en.ts';

export const app: Messages['app'] = {
  welcome: [
    '// Te damos la bienvenida a weft: música programada en vivo en tu navegador.',
    '// Pulsa ▶ (o Ctrl+Enter, Cmd+Enter en un Mac) para reproducir. Cambia lo que quieras y vuelve a pulsarlo.',
    '// Alt+Enter toca solo el bloque donde está el cursor; Ctrl+. detiene todo; el botón ? muestra todas las teclas.',
  ].join('\n'),
  couldNotStart: (reason) => `weft no pudo arrancar: ${reason}`,
  audioFailed: (reason) => `falló el audio: ${reason}`,
  tabIndents: 'Ahora Tab sangra el código (Ctrl+M: Tab pasa al siguiente control)',
  tabMoves: 'Ahora Tab pasa al siguiente control (Ctrl+M: Tab sangra el código)',
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
  bounceTooLong: (seconds) => `la exportación tardó más de ${seconds} s y se detuvo`,
  bounceNoWav: 'el proceso de exportación no envió ningún archivo WAV',
  bounceWorkerFailed: 'falló el proceso de exportación',
  noInstrument: (name) => `no existe el instrumento "${name}"`,
  tailCut: (seconds) => `el sonido seguía ${seconds} s después del último ciclo; la cola se cortó ahí`,
  httpFailed: (status, url) => `HTTP ${status} al pedir ${url}`,
  bounceProblems: {
    ranTooLong: (seconds) => `este código se ejecutó más de ${seconds} s sin terminar y se detuvo`,
    malformed: 'el entorno del intérprete envió algo mal formado',
    noStart: 'el entorno del intérprete no pudo arrancar',
    outOfTurn: 'el entorno del intérprete respondió fuera de turno',
    damaged: (what) => `este código modificó el propio JavaScript (${what})`,
    tooLong: (seconds, cycles, cps, most, sampleRate) =>
      `esta exportación duraría ${seconds} s (${cycles} ciclos a ${cps} cps): weft exporta hasta ${most} s a ${sampleRate} Hz; exporta menos ciclos`,
  },
};
