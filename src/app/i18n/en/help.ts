/** The app's words, in English: the help section (the source the other languages are typed against). */
export const help = {
};
