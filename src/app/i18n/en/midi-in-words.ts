/**
 * The app's words, in English: what MIDI input says (a port the code names that is missing, MIDI
 * not allowed) and the MIDI clock follower's control and readout. They come with the MIDI input's
 * download, not with the first screen (see `midi-in-words.ts`).
 */
export const midiInWords = {
  /** A `midin("...")` names no input there is. */
  missing: (wanted: string, present: readonly string[]) =>
    present.length === 0
      ? `there is no MIDI input${wanted === '' ? '' : ` "${wanted}"`}: no MIDI input is connected (midin plays 0 and no notes until one is)`
      : `there is no MIDI input "${wanted}": the inputs are ${present.map((p) => `"${p}"`).join(', ')}`,
  unavailable: (why: string) => `MIDI input is not available: ${why}`,
  /** The clock follower's control. */
  clockLabel: 'Follow MIDI clock from',
  clockNone: 'none (weft keeps its own tempo)',
  clockTitle: "weft follows the tempo of this input's MIDI clock, and its Start and Stop",
  following: (input: string) => `following the MIDI clock of "${input}"`,
  clockMissing: (input: string) => `the MIDI clock input "${input}" is not connected: weft keeps its own tempo until it is`,
};

/** What MIDI input says: {@link midiInWords}'s shape. */
export type MidiInWords = typeof midiInWords;
