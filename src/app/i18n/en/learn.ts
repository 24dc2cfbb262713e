/** The app's words, in English: the learn section (the source the other languages are typed against). */
export const learn = {
};
