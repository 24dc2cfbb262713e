/** The app's words, in Spanish: the examples section. */
import type { Messages } from '../en.ts';

export const examples: Messages['examples'] = {
};
