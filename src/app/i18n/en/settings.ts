/** The app's words, in English: the settings section (the source the other languages are typed against). */
export const settings = {
};
