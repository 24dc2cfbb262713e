/** The app's words, in English: the visuals section (the source the other languages are typed against). */
export const visuals = {
};
