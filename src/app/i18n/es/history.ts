/** The app's words, in Spanish: the history section. */
import type { Messages } from '../en.ts';

export const history: Messages['history'] = {
};
