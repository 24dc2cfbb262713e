/** The app's words, in English: the stage section (the source the other languages are typed against). */
export const stage = {
};
