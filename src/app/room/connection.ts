/**
 * A page's connection to a room: the shared document (kept in the browser too, with y-indexeddb,
 * so a performer who loses the network keeps their code and merges it back), the Hocuspocus
 * provider that syncs it with the room server, the performers' presence (awareness), and the
 * room's clock estimated from pings over the same connection.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as v from 'valibot';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { ServerClock } from './clock-sync.ts';
import { CLOSE, DOC, LogEntrySchema, ROOM_PATH, ServerMessageSchema, readMessage, TempoSegmentSchema, type ClientMessage, type ServerMessage, type TempoSegment } from './protocol.ts';
import type { LogEntry } from './evaluation-log.ts';

/** Pings at the start, to know the clock quickly, then one a second. */
const FIRST_PINGS = 24;
const FIRST_EVERY = 80;
const THEN_EVERY = 1000;

/** Where and who. */
export interface RoomAddress {
  /** The room's name. */
  readonly room: string;
  /** The token that lets this page edit; none joins read-only. */
  readonly token?: string;
  /** The server's origin (`http://host:port`); the page's own by default. */
  readonly origin?: string;
}

/** What the connection tells its owner. */
export interface ConnectionEvents {
  /** Connected and synced, or not (the music plays on either way). */
  readonly online: (online: boolean) => void;
  /** Whether the server lets this page edit. */
  readonly scope: (canEdit: boolean) => void;
  /** A message beside the document (a teacher's push, a refusal). */
  readonly message: (message: Exclude<ServerMessage, { type: 'pong' }>) => void;
  /** Why the server closed the connection, when it said. */
  readonly closed: (code: number, reason: string) => void;
}

/** One room, as this page holds it. */
export class RoomConnection {
  readonly doc = new Y.Doc();
  readonly clock = new ServerClock();
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private readonly local: IndexeddbPersistence;
  private readonly pings = new Map<number, number>();
  private nextPing = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly address: RoomAddress, private readonly events: ConnectionEvents) {
    this.local = new IndexeddbPersistence(`weft-room-${address.room}`, this.doc);
    const origin = new URL(address.origin ?? location.origin);
    const url = `${origin.protocol === 'https:' ? 'wss' : 'ws'}://${origin.host}${ROOM_PATH}`;
    // A server that went away is tried again within a few seconds, for as long as the page is open.
    this.socket = new HocuspocusProviderWebsocket({ url, delay: 500, minDelay: 250, factor: 1.5, maxDelay: 4000, maxAttempts: 0 });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: address.room,
      document: this.doc,
      token: address.token ?? '',
      onStateless: ({ payload }) => this.stateless(payload),
      onAuthenticated: ({ scope }) => events.scope(scope === 'read-write'),
      onSynced: ({ state }) => {
        events.online(state);
        if (state) this.startPinging();
      },
      onDisconnect: () => events.online(false),
      onClose: ({ event }) => {
        // A change the room cannot take would be sent again on every reconnection: this page stays off.
        if (event.code === CLOSE.tooLarge) this.socket.disconnect();
        if (event.code >= 4000) events.closed(event.code, event.reason);
      },
    });
    this.provider.attach();
  }

  /** The room's code. */
  get code(): Y.Text {
    return this.doc.getText(DOC.code);
  }

  /** The evaluations' log. */
  get log(): Y.Array<unknown> {
    return this.doc.getArray(DOC.evaluations);
  }

  /** The tempo map's segments. */
  get tempo(): Y.Array<unknown> {
    return this.doc.getArray(DOC.tempo);
  }

  /** The log's entries that are well formed (a peer's bad entry is left out, never thrown on). */
  entries(): LogEntry[] {
    return wellFormed(this.log, LogEntrySchema);
  }

  /** The tempo segments that are well formed. */
  segments(): TempoSegment[] {
    return wellFormed(this.tempo, TempoSegmentSchema);
  }

  /** The room's quantum: the cycles an evaluation waits for (1: the next cycle). */
  quantum(): number {
    const q = this.doc.getMap(DOC.settings).get('quantum');
    return typeof q === 'number' && Number.isInteger(q) && q >= 1 && q <= 64 ? q : 1;
  }

  /** Resolves once the copy kept in the browser is loaded. */
  whenLocal(): Promise<unknown> {
    return this.local.whenSynced;
  }

  /** Sends a message beside the document. */
  send(message: ClientMessage): void {
    this.provider.sendStateless(JSON.stringify(message));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.provider.destroy();
    this.socket.destroy();
    void this.local.destroy();
    this.doc.destroy();
  }

  /** Pings quickly at first, then once a second, for as long as the connection lives. */
  private startPinging(): void {
    if (this.timer !== undefined) return;
    let sent = 0;
    const ping = (): void => {
      const id = this.nextPing++;
      this.pings.set(id, performance.now());
      if (this.pings.size > 64) this.pings.delete(this.pings.keys().next().value!);
      this.send({ type: 'ping', id });
      sent++;
      this.timer = setTimeout(ping, sent < FIRST_PINGS ? FIRST_EVERY : THEN_EVERY);
    };
    ping();
  }

  private stateless(payload: string): void {
    const message = readMessage(ServerMessageSchema, payload);
    if (message === undefined) return;
    if (message.type !== 'pong') return this.events.message(message);
    const sent = this.pings.get(message.id);
    if (sent === undefined) return;
    this.pings.delete(message.id);
    this.clock.add({ sent, server: message.server, received: performance.now() });
  }
}

/** The items of a shared array that `schema` reads, in order: what a peer wrote is never trusted. */
function wellFormed<T>(array: Y.Array<unknown>, schema: v.GenericSchema<unknown, T>): T[] {
  return array.toArray().flatMap((item) => {
    const parsed = v.safeParse(schema, item);
    return parsed.success ? [parsed.output] : [];
  });
}
