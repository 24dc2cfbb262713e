/** The app's words, in English: the visuals section (the source the other languages are typed against). */
export const visuals = {
  panel: 'visuals',
  roll: 'pianoroll: the notes around now, coloured by block; Alt+Shift+N reads the notes playing, a click on a note finds its code',
  scope: 'oscilloscope: the waveform of the sound',
  toggleTitle: 'Show or hide the pianoroll and scope',
  toggleName: 'pianoroll and scope',
  notesButton: 'notes',
  notesTitle: 'Read the notes playing now, block by block (Alt+Shift+N)',
  /** The notes playing, block by block: labels and note names are code, never translated. */
  notes: (blocks: readonly { readonly label: string; readonly notes: readonly string[] }[]) =>
    blocks.length === 0 ? 'nothing is playing' : blocks.map((b) => `${b.label === '' ? 'code' : b.label}: ${b.notes.join(' ')}`).join(' · '),
  loadFailed: (message: string) => `the visuals could not load: ${message}`,
};
