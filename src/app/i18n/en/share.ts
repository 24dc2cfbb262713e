/** The app's words, in English: the share section (the source the other languages are typed against). */
export const share = {
};
