/** The app's words, in English: the status section (the source the other languages are typed against). */
export const status = {
  /** The status line, as a screen reader names it. */
  name: 'status',
  muted: (blocks: string) => `muted ${blocks}`,
  solo: (blocks: string) => `solo ${blocks}`,
  sampleProgress: (loaded: number, requested: number) => `samples ${loaded}/${requested}`,
  samplesFailed: (count: number) => (count === 1 ? '1 sample failed' : `${count} samples failed`),
  /** A file that failed: `line` is that of its `samples(...)` call, when known. */
  sampleFailed: (line: number | undefined, name: string, index: number | undefined, message: string) =>
    `${line === undefined ? '' : `line ${line}: `}sample "${name}"${index ? ` #${index}` : ''} failed to load: ${message}`,
  mapFailed: (line: number | undefined, url: string, message: string) => `${line === undefined ? '' : `line ${line}: `}sample map ${url} failed to load: ${message}`,
  loadingAudio: 'loading the audio…',
  loadingIntel: 'loading completions and type checks…',
  audioFailed: (detail: string) => `audio failed: ${detail}`,
  intelFailed: (detail: string) => `completions and type checks are unavailable: ${detail}`,
  unknownError: 'unknown error',
  tabIndents: 'Tab indents now (Ctrl+M: Tab moves to the next control)',
  tabMoves: 'Tab moves to the next control now (Ctrl+M: Tab indents)',
};
