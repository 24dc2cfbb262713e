/**
 * Joining a room from the page's address (`#room=NAME`, with `&key=TOKEN` to edit): a download
 * of its own, loaded only for such an address. It makes the {@link Room}, the status line's
 * readout (who is here, how well the clock is known, offline), and says what the server says.
 */
import * as v from 'valibot';
import { el } from '../dom.ts';
import { roomWords } from '../i18n/room-words.ts';
import { shareUrl } from '../share.ts';
import { CLOSE, DOC, RoomNameSchema } from './protocol.ts';
import { Room, type Performer, type RoomParts } from './room.ts';

/** The room in an address's hash, if any: its name and key, or an Error for a malformed name. */
export function roomInHash(hash: string): { room: string; token?: string } | Error | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('room');
  if (room === null) return undefined;
  if (!v.safeParse(RoomNameSchema, room).success) return new Error(roomWords().badLink);
  const token = params.get('key');
  return token === null || token === '' ? { room } : { room, token };
}

/** Where the browser keeps the performer's name in rooms. */
const NAME_KEY = 'weft:room-name';

/** The quanta a room can choose: an evaluation plays from the next multiple of these many cycles. */
const QUANTA = [1, 2, 4, 8, 16];

/** A performer's colour, from their name: the same name has the same colour on every page. */
export function colorOf(name: string): string {
  const hue = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 360;
  return `hsl(${hue} 70% 45%)`;
}

/** This page's performer: a name kept in the browser (made up the first time), a colour, a fresh id. */
function performer(): Performer {
  let name: string | null = null;
  try {
    name = localStorage.getItem(NAME_KEY);
    if (name === null) {
      name = `performer ${Math.floor(Math.random() * 900 + 100)}`;
      localStorage.setItem(NAME_KEY, name);
    }
  } catch {
    name = 'performer';
  }
  const id = crypto.randomUUID().slice(0, 8);
  return { id, name, color: colorOf(name) };
}

/** A room joined, with its readout. */
export interface JoinedRoom {
  readonly room: Room;
  readonly element: HTMLElement;
  dispose(): void;
}

/** Joins the room at `address`: the editor shows its code, the readout who is here and the sync. */
export function joinRoom(address: { room: string; token?: string }, parts: RoomParts): JoinedRoom {
  const words = roomWords();
  const readout = el('span', { class: 'room-readout', role: 'status', 'data-testid': 'room' });
  const action = el('button', { class: 'room-action', 'data-action': 'room-action', onmousedown: (event: Event) => event.preventDefault() });
  action.addEventListener('click', () => {
    const { view } = parts;
    const selection = view.state.selection.main;
    const code = selection.empty ? view.state.doc.toString() : view.state.sliceDoc(selection.from, selection.to);
    // An editor (the teacher) sends the selection, or the code, to everyone's own editor; a listener takes a copy into theirs.
    if (room.canEdit) {
      room.connection.send({ type: 'push', code });
      parts.notify(words.pushCode);
    } else void ownEditorUrl(code).then((url) => window.open(url, '_blank', 'noopener'));
  });
  // The room's quantum: how many cycles an evaluation waits for (editors set it for everyone).
  const quantum = el('select', { class: 'room-quantum', 'data-action': 'room-quantum', 'aria-label': words.quantumName },
    ...QUANTA.map((n) => el('option', { value: String(n) }, words.quantum(n))));
  quantum.addEventListener('change', () => room.connection.doc.getMap(DOC.settings).set('quantum', Number(quantum.value)));
  // This performer's name, as the others see it.
  const name = el('input', { class: 'room-name', type: 'text', maxlength: '40', spellcheck: 'false', 'aria-label': words.nameLabel, 'data-action': 'room-name' });
  name.addEventListener('change', () => {
    const wanted = name.value.trim().slice(0, 40);
    if (wanted === '') return void (name.value = room.performer.name);
    room.rename(wanted, colorOf(wanted));
    try {
      localStorage.setItem(NAME_KEY, wanted);
    } catch {
      // Not kept: the name holds for this visit.
    }
  });
  const element = el('span', { class: 'room-tools' }, readout, name, quantum, action);
  const me = performer();
  let toldReadOnly = false;
  const show = (): void => {
    if (room.online && !room.canEdit && !toldReadOnly) {
      toldReadOnly = true;
      parts.notify(words.readOnly);
    }
    const people = room.performers().length;
    const quality = room.connection.clock.quality(performance.now());
    const here = words.readout(people, quality.jitter.toFixed(1));
    readout.textContent = !room.online ? words.offline : room.canEdit ? here : `${here} · ${words.listening}`;
    // The offset as this computer's clock differs from the server's (both count from 1970).
    const offset = room.connection.clock.ready() ? (quality.offset - performance.timeOrigin).toFixed(1) : '?';
    readout.title = words.readoutTitle(offset, quality.jitter.toFixed(2), quality.roundTrip.toFixed(1));
    readout.dataset['online'] = String(room.online);
    readout.dataset['edit'] = String(room.canEdit);
    readout.dataset['jitter'] = quality.jitter.toFixed(3);
    action.textContent = room.canEdit ? words.pushCode : words.copyCode;
    quantum.value = String(room.connection.quantum());
    quantum.disabled = !room.canEdit;
  };
  const room: Room = new Room(address, me, { ...parts, changed: () => show() }, {
    message: (message) => {
      if (message.type === 'push' && message.code !== undefined) pushed(message.code, message.from ?? '', parts, element);
      else if (message.type === 'refused') parts.notify(words.refused(message.reason ?? ''));
    },
    closed: (code) => {
      if (code === CLOSE.flood) parts.notify(words.flood);
      else if (code === CLOSE.tooLarge) parts.notify(words.tooLarge);
    },
  });
  parts.notify(`${words.joined(me.name)}. ${words.pressPlay}`);
  const timer = setInterval(show, 500);
  name.value = me.name;
  room.connection.provider.awareness?.on('change', show);
  room.connection.doc.getMap(DOC.settings).observe(show);
  show();
  return {
    room,
    element,
    dispose: () => {
      clearInterval(timer);
      room.dispose();
      element.remove();
    },
  };
}

/** A teacher's push: offered to open in an editor of the performer's own (a new tab, the code in its address). */
function pushed(code: string, from: string, parts: RoomParts, host: HTMLElement): void {
  const words = roomWords();
  void ownEditorUrl(code).then((url) => {
    host.querySelector('.room-pushed')?.remove();
    const link = el('a', { href: url, target: '_blank', rel: 'noopener', class: 'room-pushed', 'data-testid': 'room-pushed' }, `${words.pushed(from)}: ${words.openPushed}`);
    parts.notify(words.pushed(from));
    host.append(link);
  });
}

/** The address of an editor of the performer's own (weft without the room) that opens `code`. */
function ownEditorUrl(code: string): Promise<string> {
  return shareUrl(code, location.origin + location.pathname);
}
