/** The app's words, in English: the status section (the source the other languages are typed against). */
export const status = {
};
