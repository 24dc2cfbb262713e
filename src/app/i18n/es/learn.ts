/** The app's words, in Spanish: the learn section. */
import type { Messages } from '../en.ts';

export const learn: Messages['learn'] = {
};
