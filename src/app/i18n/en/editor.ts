/** The app's words, in English: the editor section (the source the other languages are typed against). */
export const editor = {
};
