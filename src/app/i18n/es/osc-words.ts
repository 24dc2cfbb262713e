/** The app's words, in Spanish: what the OSC output says. */
import type { OscWords } from '../en/osc-words.ts';

export const oscWords: OscWords = {
  readoutName: 'Salida OSC',
  connecting: 'OSC → SuperDirt: conectando…',
  connected: 'OSC → SuperDirt: conectado',
  notRunning: 'El puente OSC no está en marcha: inícialo con npx weft osc-bridge',
  notHeard: 'no se envía nada desde .osc(): el puente OSC no está en marcha (inícialo con npx weft osc-bridge, junto a SuperDirt)',
  late: (count) => `${count} ${count === 1 ? 'evento OSC enviado' : 'eventos OSC enviados'} tarde (la página estaba ocupada)`,
  refused: (reason) => `el puente OSC no envió un evento: ${reason}`,
  leftOut: (problem) => `se omitió del evento OSC: ${problem}`,
  failed: (message) => `falló la salida OSC: ${message}`,
};
