/** The app's words, in Spanish: the visuals section. */
import type { Messages } from '../en.ts';

export const visuals: Messages['visuals'] = {
};
