/**
 * The app's words, in English: MIDI's (the readout, the panel, what cannot be sent). Apart from
 * the first screen's catalogue: they download with MIDI (see `midi-words.ts`).
 */
export const midi = {
  /** The status readout while the code sends MIDI: where `.midi()` goes, and how many other outputs there are. */
  readout: (output: string | undefined, others: number) => (output === undefined ? 'MIDI: no output' : `MIDI → ${output}${others > 0 ? ` (+${others})` : ''}`),
  readoutName: 'MIDI settings',
  unavailable: (why: string) => `MIDI is not available: ${why}`,
  noOutput: 'there is no MIDI output',
  /** `names`: the outputs' names, each in quotes, joined with commas. */
  outputsAre: (names: string) => `the outputs are ${names}`,
  missing: (wanted: string, present: string) => `MIDI output "${wanted}" is not there: ${present}`,
  nothingSent: (present: string) => `nothing is sent: ${present}`,
  refused: (port: string, why: string) => `MIDI output "${port}" refused a message: ${why}`,
  /** Notes left out since MIDI started, being too late to play. */
  dropped: (count: number) => `MIDI: ${count} ${count === 1 ? 'note was' : 'notes were'} left out, too late to play: the page was busy (or asking for MIDI) for longer than MIDI's lead`,
  title: 'MIDI',
  outputPort: 'MIDI output',
  inputPort: 'MIDI input',
  port: 'port',
  outputs: 'Outputs',
  none: 'No MIDI output is connected. Connect a device or start a virtual port (IAC on macOS, loopMIDI on Windows), then reopen this panel.',
  defaultOutput: 'where .midi() without a port sends',
  latency: 'latency (ms)',
  latencyHint: 'Positive values send later: raise it until the device sounds with the speakers.',
  clock: 'MIDI clock out',
  clockPort: 'send clock to',
  clockOff: 'no clock',
  clockIn: 'MIDI clock in',
  beatsPerCycle: 'beats per cycle',
  clockHint: '24 pulses a beat, following the tempo; Start, Stop and Song Position with playback.',
  /** How far ahead MIDI goes: where the browser can withdraw queued MIDI (clear()), and where it cannot. */
  withdraws: 'This browser withdraws queued MIDI on a swap: messages go out a second ahead.',
  keepsShort: 'This browser cannot withdraw queued MIDI: messages go out 200 ms ahead, so a swap is heard on MIDI within 200 ms.',
};

/** MIDI's words: {@link midi}'s shape. */
export type MidiMessages = typeof midi;
