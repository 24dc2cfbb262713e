/** The app's words, in English: the announce section (the source the other languages are typed against). */
export const announce = {
};
