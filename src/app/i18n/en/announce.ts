/** The app's words, in English: the announce section (the source the other languages are typed against). */
export const announce = {
  /** The live region's name (it is visually hidden). */
  region: 'announcements',
  /** What an evaluation plays: the labels of its blocks (code, never translated). */
  playing: (labels: readonly string[]) => (labels.length === 0 ? 'playing' : `playing ${labels.join(', ')}`),
  /** An evaluation failed (or a block failed while it played). */
  error: (line: number, column: number, message: string) => `error at line ${line}:${column}: ${message}`,
  stopped: 'stopped',
  /** What the engine reports about an event, at the first line of the code that made it. */
  engineReport: (line: number, message: string) => `line ${line}: ${message}`,
};
