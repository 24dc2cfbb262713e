/** The app's words, in English: the dialogs section (the source the other languages are typed against). */
export const dialogs = {
};
