/** The app's words, in English: the toolbar section (the source the other languages are typed against). */
export const toolbar = {
};
