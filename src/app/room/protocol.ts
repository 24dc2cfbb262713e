/**
 * What a room's server and its clients agree on: where the room lives on the server, how its
 * shared document is laid out, and the stateless messages beside the document (the clock's
 * pings, a teacher's push). One source for both sides: `weft serve` (src/cli) and the page's
 * room client (src/app/room) import it; it imports nothing but valibot.
 */
import * as v from 'valibot';

/** The WebSocket path of the room server, on the port that serves the app. */
export const ROOM_PATH = '/room';

/** The HTTP path that makes a room: `POST` answers `{ room, token }` ({@link NewRoomSchema}). */
export const NEW_ROOM_PATH = '/rooms';

/** Names of the shared document's parts. */
export const DOC = {
  /** `Y.Text`: the room's code. */
  code: 'code',
  /** `Y.Array` of {@link LogEntrySchema} objects: the evaluations, a shared log. */
  evaluations: 'evaluations',
  /** `Y.Array` of {@link TempoSegmentSchema} objects: the room's tempo map. The server adds the first. */
  tempo: 'tempo',
  /** `Y.Map`: who last wrote in each labelled block (label → performer's name). */
  writers: 'writers',
  /** `Y.Map`: the room's settings (`quantum`: cycles an evaluation waits for; default 1). */
  settings: 'settings',
} as const;

/** A room's name: 22 characters of base64url (128 random bits), so it cannot be guessed. */
export const RoomNameSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{22}$/, 'a room name is 22 characters of A–Z, a–z, 0–9, - and _'));

/** What `POST /rooms` answers: the new room's name and the token that lets its holder edit. */
export const NewRoomSchema = v.object({ room: RoomNameSchema, token: v.pipe(v.string(), v.minLength(16), v.maxLength(200)) });
export type NewRoom = v.InferOutput<typeof NewRoomSchema>;

const finite = v.pipe(v.number(), v.finite());

/**
 * A stretch of the room's tempo map: from cycle `cycle` on, the room runs at `cps`. The first
 * segment (the server's, made with the room) also has `at`, the server's time (ms) of its cycle;
 * the times of the others follow from it.
 */
export const TempoSegmentSchema = v.object({
  id: v.pipe(v.string(), v.maxLength(80)),
  cycle: v.pipe(finite, v.integer(), v.minValue(0)),
  cps: v.pipe(finite, v.minValue(0.001), v.maxValue(100)),
  at: v.optional(finite),
});
export type TempoSegment = v.InferOutput<typeof TempoSegmentSchema>;

/** An evaluation in the room's log (see `evaluation-log.ts`). */
export const LogEntrySchema = v.object({
  id: v.pipe(v.string(), v.maxLength(80)),
  performer: v.pipe(v.string(), v.maxLength(80)),
  block: v.pipe(v.string(), v.maxLength(200)),
  code: v.pipe(v.string(), v.maxLength(200_000)),
  cycle: v.pipe(finite, v.integer()),
  at: finite,
});

/** A message from a client to the server, beside the document. */
export const ClientMessageSchema = v.variant('type', [
  /** Asks the server's time (the clock's ping); `id` comes back in the pong. */
  v.object({ type: v.literal('ping'), id: v.pipe(finite, v.integer()) }),
  /** Sends a snippet to every client of the room, for their own editor (editors only). */
  v.object({ type: v.literal('push'), code: v.pipe(v.string(), v.maxLength(100_000)) }),
]);
export type ClientMessage = v.InferOutput<typeof ClientMessageSchema>;

/** A message from the server to a client, beside the document. */
export const ServerMessageSchema = v.variant('type', [
  /** The answer to a ping: the server's time (ms) when it answered. */
  v.object({ type: v.literal('pong'), id: v.pipe(finite, v.integer()), server: finite }),
  /** A snippet a teacher pushed, with the name of who pushed it. */
  v.object({ type: v.literal('push'), code: v.string(), from: v.string() }),
  /** Why the server refuses something the client did (a read-only client editing, a push from a student...). */
  v.object({ type: v.literal('refused'), reason: v.string() }),
]);
export type ServerMessage = v.InferOutput<typeof ServerMessageSchema>;

/** A message beside the document as `schema` reads it, or undefined for one that is not JSON or not of that shape. */
export function readMessage<T>(schema: v.GenericSchema<unknown, T>, payload: string): T | undefined {
  let data: unknown;
  try {
    data = JSON.parse(payload);
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(schema, data);
  return parsed.success ? parsed.output : undefined;
}

/** WebSocket close codes the server uses, with what they mean to the performer. */
export const CLOSE = {
  /** Too many messages: the client is cut off. */
  flood: 4429,
  /** The document would grow past the room's limit. */
  tooLarge: 4413,
} as const;

/** A room's limits (the server's defaults; `weft serve` options can change them). */
export const LIMITS = {
  /** The largest document (bytes of its encoded state). */
  documentBytes: 2_000_000,
  /** Messages a client may send a second, sustained. */
  messagesPerSecond: 200,
  /** Messages a client may send at once, above the sustained rate. */
  messageBurst: 400,
} as const;

/** The server's time now (ms): `performance.timeOrigin + performance.now()`, the same on every process of one machine. */
export function serverNow(): number {
  return performance.timeOrigin + performance.now();
}
