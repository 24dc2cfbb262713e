/**
 * The app's words, in English: what a bounce says (its worker's problems, a timeout, a cut tail).
 * Only the bounce uses them, so they come with its download, not with the first screen (see
 * `bounce-words.ts`); the Bounce button's words are in the app section.
 */
export const bounceWords = {
  tookTooLong: (seconds: number) => `the bounce took longer than ${seconds} s and was stopped`,
  noWav: 'the bounce worker sent no WAV file',
  workerFailed: 'the bounce worker failed',
  noInstrument: (name: string) => `there is no instrument "${name}"`,
  tailCut: (seconds: number) => `the sound was still going ${seconds} s after the last cycle; the tail was cut there`,
  httpFailed: (status: number, url: string) => `HTTP ${status} for ${url}`,
  /** What the bounce worker reports about the code it renders (see `BounceProblem`). */
  problems: {
    ranTooLong: (seconds: number) => `this code ran for more than ${seconds} s without finishing and was stopped`,
    malformed: 'the performer realm sent something malformed',
    noStart: 'the performer realm failed to start',
    outOfTurn: 'the performer realm answered out of turn',
    damaged: (what: string) => `this code changed JavaScript itself (${what})`,
    tooLong: (seconds: number, cycles: string, cps: number, most: number, sampleRate: number) =>
      `this render would last ${seconds} s (${cycles} cycles at ${cps} cps): weft renders up to ${most} s at ${sampleRate} Hz; render fewer cycles`,
  },
};

/** What a bounce says: {@link bounceWords}'s shape. */
export type BounceWords = typeof bounceWords;
