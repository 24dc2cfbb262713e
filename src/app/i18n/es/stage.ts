/** The app's words, in Spanish: the stage section. */
import type { Messages } from '../en.ts';

export const stage: Messages['stage'] = {
};
