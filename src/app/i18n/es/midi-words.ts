/** Las palabras de la app en español: las de MIDI (ver `../en/midi-words.ts`). */
import type { MidiMessages } from '../en/midi-words.ts';

export const midi: MidiMessages = {
  readout: (output, others) => (output === undefined ? 'MIDI: sin salida' : `MIDI → ${output}${others > 0 ? ` (+${others})` : ''}`),
  readoutName: 'Ajustes MIDI',
  unavailable: (why) => `MIDI no está disponible: ${why}`,
  noOutput: 'no hay ninguna salida MIDI',
  outputsAre: (names) => `las salidas son ${names}`,
  missing: (wanted, present) => `la salida MIDI "${wanted}" no está: ${present}`,
  nothingSent: (present) => `no se envía nada: ${present}`,
  refused: (port, why) => `la salida MIDI "${port}" rechazó un mensaje: ${why}`,
  title: 'MIDI',
  outputPort: 'salida MIDI',
  inputPort: 'entrada MIDI',
  outputs: 'Salidas',
  none: 'No hay ninguna salida MIDI conectada. Conecta un aparato o crea un puerto virtual (IAC en macOS, loopMIDI en Windows) y vuelve a abrir este panel.',
  defaultOutput: 'adónde envía .midi() sin puerto',
  latency: 'latencia (ms)',
  latencyHint: 'Los valores positivos envían más tarde: súbelo hasta que el aparato suene con los altavoces.',
  clock: 'Reloj MIDI de salida',
  clockPort: 'enviar el reloj a',
  clockOff: 'sin reloj',
  clockIn: 'Reloj MIDI de entrada',
  beatsPerCycle: 'pulsos por ciclo',
  clockHint: '24 pulsos por tiempo, siguiendo el tempo; Start, Stop y Song Position con la reproducción.',
  withdraws: 'Este navegador retira el MIDI en cola al cambiar el código: los mensajes salen un segundo antes.',
  keepsShort: 'Este navegador no puede retirar el MIDI en cola: los mensajes salen 200 ms antes, así que un cambio se oye en MIDI en menos de 200 ms.',
};
