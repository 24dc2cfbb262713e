/** The app's words, in Spanish: the help section. */
import type { Messages } from '../en.ts';

export const help: Messages['help'] = {
};
