/** The app's words, in Spanish: what a bounce says. */
import type { BounceWords } from '../en/bounce-words.ts';

export const bounceWords: BounceWords = {
  tookTooLong: (seconds) => `la exportación tardó más de ${seconds} s y se detuvo`,
  noWav: 'el proceso de exportación no envió ningún archivo WAV',
  workerFailed: 'falló el proceso de exportación',
  noInstrument: (name) => `no existe el instrumento "${name}"`,
  tailCut: (seconds) => `el sonido seguía ${seconds} s después del último ciclo; la cola se cortó ahí`,
  httpFailed: (status, url) => `HTTP ${status} al pedir ${url}`,
  problems: {
    ranTooLong: (seconds) => `este código se ejecutó más de ${seconds} s sin terminar y se detuvo`,
    malformed: 'el entorno del intérprete envió algo mal formado',
    noStart: 'el entorno del intérprete no pudo arrancar',
    outOfTurn: 'el entorno del intérprete respondió fuera de turno',
    damaged: (what) => `este código modificó el propio JavaScript (${what})`,
    tooLong: (seconds, cycles, cps, most, sampleRate) =>
      `esta exportación duraría ${seconds} s (${cycles} ciclos a ${cps} cps): weft exporta hasta ${most} s a ${sampleRate} Hz; exporta menos ciclos`,
  },
};
