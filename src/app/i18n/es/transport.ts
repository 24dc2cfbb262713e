/** The app's words, in Spanish: the transport section. */
import type { Messages } from '../en.ts';

export const transport: Messages['transport'] = {
};
