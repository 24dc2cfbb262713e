/**
 * Rooms (playing together): an address with `#room=NAME` (and `&key=TOKEN` to edit) joins the
 * room, on a fresh visit or pasted into an open tab. The room is a download of its own, loaded
 * only for such an address; the first screen carries this file alone.
 */
import type { JoinedRoom } from '../room/index.ts';
import type { AppContext, Feature } from './feature.ts';

/** Whether an address's hash names a room. */
export const namesRoom = (hash: string): boolean => /(^|[#&])room=/.test(hash);

/**
 * Joins the room the address names (once), putting its readout at the start of `statusLine`;
 * `keep` saves the performer's own code first (in a room, the editor's code is the room's).
 */
export function roomFeature(context: AppContext, statusLine: () => HTMLElement, keep: () => void): Feature & { current(): JoinedRoom | undefined } {
  let joined: Promise<JoinedRoom | undefined> = Promise.resolve(undefined);
  let asked = false;
  let current: JoinedRoom | undefined;
  const check = (): void => {
    if (asked || !namesRoom(location.hash)) return;
    asked = true;
    keep();
    joined = import('../room/index.ts').then((room) => {
      const address = room.roomInHash(location.hash);
      if (address instanceof Error) context.notify(address.message);
      if (address === undefined || address instanceof Error) return undefined;
      const done = room.joinRoom(address, { ...context, changed: () => undefined });
      statusLine().prepend(done.element);
      current = done;
      return done;
    });
  };
  check();
  window.addEventListener('hashchange', check);
  const element = document.createElement('span');
  element.hidden = true;
  return {
    element,
    current: () => current,
    dispose: () => {
      window.removeEventListener('hashchange', check);
      void joined.then((room) => room?.dispose());
    },
  };
}
