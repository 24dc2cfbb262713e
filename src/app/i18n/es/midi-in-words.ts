/** The app's words, in Spanish: what MIDI input says, and the MIDI clock follower's control. */
import type { MidiInWords } from '../en/midi-in-words.ts';

export const midiInWords: MidiInWords = {
  missing: (wanted, present) =>
    present.length === 0
      ? `no hay entrada MIDI${wanted === '' ? '' : ` "${wanted}"`}: no hay ninguna entrada MIDI conectada (midin da 0 y ninguna nota hasta que la haya)`
      : `no hay entrada MIDI "${wanted}": las entradas son ${present.map((p) => `"${p}"`).join(', ')}`,
  unavailable: (why) => `la entrada MIDI no está disponible: ${why}`,
  clockLabel: 'Seguir el reloj MIDI de',
  clockNone: 'ninguna (weft lleva su propio tempo)',
  clockTitle: 'weft sigue el tempo del reloj MIDI de esta entrada, y empieza y se detiene con él',
  following: (input) => `siguiendo el reloj MIDI de "${input}"`,
  clockMissing: (input) => `la entrada de reloj MIDI "${input}" no está conectada: weft lleva su propio tempo hasta que lo esté`,
};
