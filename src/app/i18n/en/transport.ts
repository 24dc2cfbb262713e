/** The app's words, in English: the transport section (the source the other languages are typed against). */
export const transport = {
};
