/** The app's words, in Spanish: the status section. */
import type { Messages } from '../en.ts';

export const status: Messages['status'] = {
};
