/** The app's words, in English: the stage section (the source the other languages are typed against). */
export const stage = {
  projectorOn: 'projector mode (Alt+P to leave)',
  projectorOff: 'projector mode off',
  wrapOn: 'long lines wrap (Alt+Z)',
  wrapOff: 'long lines do not wrap (Alt+Z)',
};
