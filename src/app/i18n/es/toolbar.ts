/** The app's words, in Spanish: the toolbar section. */
import type { Messages } from '../en.ts';

export const toolbar: Messages['toolbar'] = {
};
