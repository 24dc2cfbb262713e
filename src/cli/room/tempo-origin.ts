/**
 * The first segment of a room's tempo map, which the server adds when a room's document loads
 * with an empty map: `{ id: 'origin', cycle: 0, cps: 0.5, at }`, `at` being the server's time
 * when the room first loaded. The segment is written as the same Yjs item wherever it is made
 * (its client id is a hash of the room and `at`), so the processes of one room that agree on `at`
 * (shared through Redis) make one segment between them, not one each; and a process that loads the
 * room again remembers its `at`, so clients that come back with the old segment do not add a second.
 */
import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { DOC, serverNow, type TempoSegment } from '../../app/room/protocol.ts';

/** The tempo of a new room (cycles per second; weft's default, 120 BPM at four beats a cycle). */
export const ORIGIN_CPS = 0.5;

/** Where a room's origin time is agreed: this process's memory, or a store shared by processes. */
export interface OriginTimes {
  /** The room's origin time: the one already agreed, or `proposed` if there is none yet. */
  agree(room: string, proposed: number): Promise<number>;
}

/** Rooms a process remembers the origin of (the oldest are forgotten first). */
const REMEMBERED = 100_000;

/** Origin times kept in this process's memory. */
export function localOriginTimes(): OriginTimes {
  const times = new Map<string, number>();
  return {
    agree: async (room, proposed) => {
      const known = times.get(room);
      if (known !== undefined) return known;
      if (times.size >= REMEMBERED) times.delete(times.keys().next().value as string);
      times.set(room, proposed);
      return proposed;
    },
  };
}

/** The Yjs update that adds room `room`'s origin segment at time `at`: the same bytes wherever it is made. */
export function originUpdate(room: string, at: number): Uint8Array {
  const doc = new Y.Doc();
  // A Yjs client id is a 32-bit unsigned number.
  doc.clientID = createHash('sha256').update(`${room}\0${at}`).digest().readUInt32BE(0);
  const segment: TempoSegment = { id: 'origin', cycle: 0, cps: ORIGIN_CPS, at };
  doc.getArray<TempoSegment>(DOC.tempo).push([segment]);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Adds the origin segment to a room's document whose tempo map is empty. */
export async function addTempoOrigin(room: string, document: Y.Doc, times: OriginTimes): Promise<void> {
  if (document.getArray(DOC.tempo).length > 0) return;
  const at = await times.agree(room, serverNow());
  if (document.getArray(DOC.tempo).length > 0) return;
  Y.applyUpdate(document, originUpdate(room, at));
}
