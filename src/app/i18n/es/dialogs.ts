/** The app's words, in Spanish: the dialogs section. */
import type { DialogMessages } from '../en/dialogs.ts';

export const dialogs: DialogMessages = {
  close: 'cerrar',
  shareTitle: 'Compartir',
  shareLink: 'enlace a este código',
  shareCopied: 'Se copió al portapapeles un enlace que contiene tu código:',
  shareCopy: 'Copia este enlace; contiene tu código:',
  shareHint: 'Al abrirlo se muestra el código; no suena nada hasta que quien lo visita pulsa tocar. El código viaja dentro del enlace, nunca pasa por un servidor.',
  bounceTitle: 'Exportar a WAV',
  bounceAbout: 'Genera el audio del código sin reproducirlo, desde el ciclo 0 y con las colas de los últimos sonidos, como un archivo WAV estéreo de 16 bits.',
  cycles: 'ciclos',
  render: 'Generar WAV',
  cyclesRange: 'Elige entre 1 y 256 ciclos.',
  rendering: 'Generando…',
  bounced: (seconds, events, peakDb, warnings) =>
    `Descargado: ${seconds.toFixed(1)} s, ${events} ${events === 1 ? 'evento' : 'eventos'}, ${peakDb === -Infinity ? 'en silencio' : `pico de ${peakDb.toFixed(1)} dBFS`}.` +
    (warnings.length === 0 ? '' : ` Advertencias: ${warnings.join('; ')}`),
  bounceFailed: (message) => `No se pudo exportar: ${message}`,
};
