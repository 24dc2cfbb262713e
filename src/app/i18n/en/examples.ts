/** The app's words, in English: the examples section (the source the other languages are typed against). */
export const examples = {
};
