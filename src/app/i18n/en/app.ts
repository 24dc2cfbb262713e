/** The app's words, in English: the app section (the source the other languages are typed against). */
export const app = {
  /** The welcome pattern's opening comments (code comments: every line starts with `//`). */
  welcome: [
    '// Welcome to weft: live-coded music in your browser.',
    '// Press ▶ (or Ctrl+Enter, Cmd+Enter on a Mac) to play. Change anything and press it again.',
    '// Alt+Enter plays just the block under the cursor; Ctrl+. stops; the ? button lists every key.',
  ].join('\n'),
  couldNotStart: (reason: string) => `weft could not start: ${reason}`,
  muted: (block: string) => `muted ${block}`,
  unmuted: (block: string) => `unmuted ${block}`,
  soloed: (block: string) => `solo ${block}`,
  soloEnded: (block: string) => `solo ended: ${block}`,
  notPlaying: (block: string) => `${block}: is not playing (evaluate it first)`,
  samplesAdded: (files: number) => (files === 1 ? 'added 1 sample file: evaluate to play it' : `added ${files} sample files: evaluate to play them`),
  couldNotAddFiles: (reason: string) => `could not add the files: ${reason}`,
  bounce: 'Bounce',
  bounceTitle: 'Download the code as a WAV file',
  couldNotOpenBounce: (reason: string) => `could not open the bounce: ${reason}`,
};
