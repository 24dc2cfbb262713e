/** The app's words, in English: the examples section (the source the other languages are typed against). */
export const examples = {
  menu: 'Examples…',
  menuName: 'Open an example',
  menuTitle: 'Open an example performance (your code is kept in History)',
  /** An example's menu name: in English, the one its file's name gives (`first-steps`: `First steps`). */
  name: (id: string, english: string): string => english,
  opened: (title: string) => `Opened ${title}; press play`,
  cannotOpen: (name: string, why: string) => `Could not open ${name}: ${why}`,
};
