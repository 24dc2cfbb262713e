/** The app's words, in English: the app section (the source the other languages are typed against). */
export const app = {
};
