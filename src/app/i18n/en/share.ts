/** The app's words, in English: the share section (the source the other languages are typed against). */
export const share = {
  button: 'Share',
  buttonTitle: 'Copy a link holding this code',
  opened: 'opened shared code: press play to hear it',
  openedKept: 'opened shared code: press play to hear it (your previous code is in History)',
  /** A link's code has a character no share link has (`character`, at `at`). */
  badCharacter: (character: string, at: number) =>
    `this link's code could not be read: it has a character no share link has ("${character}" at ${at}), so it was changed after it was made`,
  /** A link's `length` characters do not unpack. */
  cutShort: (length: number) => `this link's code could not be read: its ${length} characters do not unpack, so it was probably cut short when it was copied`,
  notText: "this link's code could not be read: it unpacks to something that is not text",
  couldNotOpen: (reason: string) => `could not open the share dialog: ${reason}`,
};
