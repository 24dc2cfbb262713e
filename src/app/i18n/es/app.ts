/** The app's words, in Spanish: the app section. */
import type { Messages } from '../en.ts';

export const app: Messages['app'] = {
};
