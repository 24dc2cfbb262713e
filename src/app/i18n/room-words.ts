/**
 * What a room says, in every language the app speaks (typed: a language without them fails the
 * type check). Imported only by the room and the Share dialog, downloads of their own, so that
 * the first screen carries none of them.
 */
import { roomWords as en, type RoomWords } from './en/room-words.ts';
import { roomWords as es } from './es/room-words.ts';
import { language, type Language } from './index.ts';

export type { RoomWords } from './en/room-words.ts';

/** What a room says, by language. */
export const ROOM_WORDS: Readonly<Record<Language, RoomWords>> = { en, es };

/** What a room says, in the language in use. */
export function roomWords(): RoomWords {
  return ROOM_WORDS[language()];
}
