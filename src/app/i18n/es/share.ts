/** The app's words, in Spanish: the share section. */
import type { Messages } from '../en.ts';

export const share: Messages['share'] = {
};
