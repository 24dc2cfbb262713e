/** The app's words, in Spanish: the editor section. */
import type { Messages } from '../en.ts';

export const editor: Messages['editor'] = {
};
