/** The app's words, in English: the examples section (the source the other languages are typed against). */
export const examples = {
  menu: 'Examples…',
  menuName: 'Open an example',
  menuTitle: 'Open an example performance (your code is kept in History)',
  opened: (title: string) => `Opened ${title}; press play`,
  cannotOpen: (name: string, why: string) => `Could not open ${name}: ${why}`,
};
