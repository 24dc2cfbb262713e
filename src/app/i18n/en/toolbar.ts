/** The app's words, in English: the toolbar section (the source the other languages are typed against). */
export const toolbar = {
  /** The group of the text size buttons. */
  fontGroup: 'text size',
  fontTitle: 'Text size (Ctrl/Cmd + = / -)',
  fontValue: 'text size in pixels',
  smallerTitle: 'Smaller text',
  smallerName: 'smaller text',
  largerTitle: 'Larger text',
  largerName: 'larger text',
  projectorTitle: 'Projector mode: large type, high contrast, only the essentials (Alt+P)',
  projectorName: 'projector mode',
  /** The tools of the top bar, as a screen reader names them. */
  toolsName: 'tools',
};
