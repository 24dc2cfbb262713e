/** The app's words, in English: the learn section (the source the other languages are typed against). */
export const learn = {
  button: 'Learn',
  buttonTitle: 'The tutorial and the reference, with examples to play',
  panel: 'learn weft',
  tabs: 'Tutorial and reference',
  tutorial: 'Tutorial',
  reference: 'Reference',
  close: 'Close the tutorial and reference',
  closeTitle: 'Close (Escape)',
  cannotOpen: (why: string) => `Could not open the tutorial: ${why}`,
  pageFailed: (why: string) => `This page could not be loaded: ${why}`,
  loadingReference: 'Loading the reference…',
  referenceFailed: (why: string) => `The reference could not be loaded: ${why}`,
  exampleCode: 'example code',
  audioFailed: (why: string) => `Audio failed: ${why}`,
};
