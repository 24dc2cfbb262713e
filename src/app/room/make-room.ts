/**
 * The Share dialog's "Play together" part: makes a room on the room server (`POST /rooms`),
 * shows its two links (to play along, with the key; to listen and read, without), and joins it
 * by putting the first in the page's address.
 */
import * as v from 'valibot';
import { el } from '../dom.ts';
import { roomWords } from '../i18n/room-words.ts';
import { NEW_ROOM_PATH, NewRoomSchema, type NewRoom } from './protocol.ts';

/** The two links of a room, from the page's address `base`. */
export function roomLinks(base: string, room: NewRoom): { edit: string; listen: string } {
  const url = new URL(base);
  url.hash = `room=${room.room}&key=${encodeURIComponent(room.token)}`;
  const edit = url.toString();
  url.hash = `room=${room.room}`;
  return { edit, listen: url.toString() };
}

/** Asks the server of this page for a new room; an Error that says why when it cannot. */
export async function makeRoom(fetcher: typeof fetch = fetch): Promise<NewRoom | Error> {
  const words = roomWords();
  let response: Response;
  try {
    response = await fetcher(NEW_ROOM_PATH, { method: 'POST' });
  } catch (error) {
    return new Error(words.roomFailed(error instanceof Error ? error.message : String(error)));
  }
  // A server without rooms (npm start's, a static host) has no such path.
  if (response.status === 404 || response.status === 405) return new Error(words.noServer);
  if (!response.ok) return new Error(words.roomFailed(`${response.status} ${response.statusText}`));
  const parsed = v.safeParse(NewRoomSchema, await response.json().catch(() => undefined));
  return parsed.success ? parsed.output : new Error(words.noServer);
}

/** The dialog's part: a button that makes the room, then its links. */
export function roomSection(): HTMLElement {
  const words = roomWords();
  const status = el('p', { class: 'hint', role: 'status' }, words.makeRoomHint);
  const button = el('button', { 'data-action': 'make-room' }, words.makeRoom);
  const section = el('section', { class: 'share-room' }, el('h3', {}, words.together), status, button);
  button.addEventListener('click', () => {
    button.disabled = true;
    void makeRoom().then((room) => {
      button.disabled = false;
      if (room instanceof Error) {
        status.textContent = room.message;
        return;
      }
      const links = roomLinks(location.href, room);
      const field = (label: string, value: string, action: string) =>
        el('label', { class: 'room-link' }, label, el('input', { class: 'share-url', type: 'text', readonly: true, value, 'data-link': action, spellcheck: 'false' }));
      button.remove();
      status.remove();
      section.append(field(words.editLink, links.edit, 'edit'), field(words.listenLink, links.listen, 'listen'));
      location.hash = new URL(links.edit).hash;
    });
  });
  return section;
}
