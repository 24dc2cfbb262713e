/** The app's words, in English: the history section (the source the other languages are typed against). */
export const history = {
};
