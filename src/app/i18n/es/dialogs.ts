/** The app's words, in Spanish: the dialogs section. */
import type { Messages } from '../en.ts';

export const dialogs: Messages['dialogs'] = {
};
