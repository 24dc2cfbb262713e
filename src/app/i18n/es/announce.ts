/** The app's words, in Spanish: the announce section. */
import type { Messages } from '../en.ts';

export const announce: Messages['announce'] = {
};
