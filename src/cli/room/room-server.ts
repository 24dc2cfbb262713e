/**
 * The rooms' WebSocket side: Hocuspocus on the `ROOM_PATH` upgrades of the command's HTTP
 * server. Each document is a room: a connection with the room's edit token (or any, with
 * `open`) edits; one without reads (it receives the document and awareness; its updates are
 * refused). Beside the document, the stateless messages of protocol.ts: the clock's ping, a
 * teacher's push. Each socket passes through a SocketGuard (rate, size) first.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Connection, type Document, type Extension, type onAuthenticatePayload, type onStatelessPayload } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { ClientMessageSchema, ROOM_PATH, readMessage, serverNow, type ServerMessage } from '../../app/room/protocol.ts';
import { DocumentSizes } from './document-size.ts';
import { SocketGuard, type RoomLimits } from './socket-guard.ts';
import { addTempoOrigin, localOriginTimes, type OriginTimes } from './tempo-origin.ts';
import { isEditToken, isRoomName } from './tokens.ts';

/** How the rooms are served. */
export interface RoomOptions {
  /** The secret of the edit tokens (tokens.ts). */
  readonly secret: string;
  /** Everyone may edit, token or not. */
  readonly open: boolean;
  readonly limits: RoomLimits;
  /** Extensions (Redis), and where the rooms' origin times are agreed. */
  readonly extensions: readonly Extension[];
  readonly originTimes?: OriginTimes;
  readonly log: (line: string) => void;
}

/** The rooms, ready to take the HTTP server's upgrades. */
export interface Rooms {
  /** Takes an upgrade request: true when it was for the rooms (answered or refused here). */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean;
  /** Closes every connection and lets the extensions go. */
  close(): Promise<void>;
}

/** A stateless message to one connection. */
const send = (connection: Connection, message: ServerMessage): void => connection.sendStateless(JSON.stringify(message));

/** An error Hocuspocus sends the client as the reason of a refused authentication. */
const refusal = (reason: string): Error => Object.assign(new Error(reason), { reason });

/** Largest WebSocket message (bytes): a whole document, with room for the framing. */
const payloadLimit = (limits: RoomLimits): number => limits.documentBytes + 64 * 1024;

/** Who pushed: the `user.name` of the pusher's awareness, else "teacher". */
function pusherName(document: Document, connection: Connection): string {
  for (const client of document.getClients(connection.webSocket)) {
    const state: unknown = document.awareness.getStates().get(client as number);
    const user = typeof state === 'object' && state !== null ? (state as { user?: unknown }).user : undefined;
    const name = typeof user === 'object' && user !== null ? (user as { name?: unknown }).name : undefined;
    if (typeof name === 'string' && name.trim() !== '') return name.trim().slice(0, 80);
  }
  return 'teacher';
}

/** The rooms' server. */
export function roomServer(options: RoomOptions): Rooms {
  const guards = new WeakMap<IncomingMessage, SocketGuard>();
  const sizes = new DocumentSizes(options.limits.documentBytes);
  const originTimes = options.originTimes ?? localOriginTimes();
  const hocuspocus = new Hocuspocus({
    name: 'weft',
    quiet: true,
    extensions: [...options.extensions],
    async onAuthenticate({ documentName, token, request, connectionConfig }: onAuthenticatePayload) {
      if (!isRoomName(documentName)) throw refusal('not a room name: a room name is 22 characters of A–Z, a–z, 0–9, - and _');
      const readOnly = !options.open && !isEditToken(options.secret, documentName, token);
      connectionConfig.readOnly = readOnly;
      guards.get(request)?.readOnly.set(documentName, readOnly);
    },
    async afterLoadDocument({ documentName, document }) {
      sizes.follow(document);
      await addTempoOrigin(documentName, document, originTimes);
    },
    async onStateless({ connection, document, payload }: onStatelessPayload) {
      const message = readMessage(ClientMessageSchema, payload);
      if (message === undefined) return;
      if (message.type === 'ping') return send(connection, { type: 'pong', id: message.id, server: serverNow() });
      if (connection.readOnly) return send(connection, { type: 'refused', reason: 'only an editor of the room may push code to it' });
      const push: ServerMessage = { type: 'push', code: message.code, from: pusherName(document, connection) };
      document.broadcastStateless(JSON.stringify(push), (other) => other !== connection);
    },
  });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: payloadLimit(options.limits) });
  sockets.on('connection', (socket, request) => {
    const who = request.socket.remoteAddress ?? 'a client';
    guards.set(request, new SocketGuard(socket, {
      limits: options.limits,
      sizes,
      document: (name) => hocuspocus.documents.get(name),
      log: options.log,
      who,
    }));
    socket.on('error', (error) => options.log(`a connection from ${who}: ${error.message}`));
    hocuspocus.handleConnection(socket, request);
  });
  return {
    upgrade(request, socket, head) {
      const path = (request.url ?? '/').split('?')[0];
      if (path !== ROOM_PATH) return false;
      sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
      return true;
    },
    async close() {
      for (const socket of sockets.clients) socket.terminate();
      await new Promise<void>((done) => sockets.close(() => done()));
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
    },
  };
}
