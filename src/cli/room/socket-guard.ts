/**
 * What the room server lets through from one WebSocket, before Hocuspocus reads it: every
 * message takes a token of the connection's bucket (over the rate, the connection is cut off with
 * CLOSE.flood); a document update that would grow the document past its limit is refused and the
 * connection closed with CLOSE.tooLarge; a client's "broadcast stateless" (which Hocuspocus would
 * pass to every client of the room, unchecked) is dropped; a read-only client's edits are
 * answered with a `refused` message (Hocuspocus itself does not apply them).
 */
import type { Document } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CLOSE, type ServerMessage } from '../../app/room/protocol.ts';
import type { DocumentSizes } from './document-size.ts';
import { TokenBucket } from './token-bucket.ts';

/** Hocuspocus's message types (its `MessageType`), as the first number after the document name. */
const SYNC = 0;
const SYNC_REPLY = 4;
const BROADCAST_STATELESS = 6;
/** y-protocols' sync steps that carry document content. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** A room server's limits (LIMITS in protocol.ts, or what the command line says). */
export interface RoomLimits {
  readonly documentBytes: number;
  readonly messagesPerSecond: number;
  readonly messageBurst: number;
}

/** What the guard needs of the room server. */
export interface GuardContext {
  readonly limits: RoomLimits;
  readonly sizes: DocumentSizes;
  /** The loaded document of that name, if any. */
  readonly document: (name: string) => Document | undefined;
  /** One line to the server's log. */
  readonly log: (line: string) => void;
  /** Who the client is, for the log (its address). */
  readonly who: string;
}

/** A room's name as the log shows it: enough to tell rooms apart, not enough to join one. */
export const shortName = (room: string): string => `${room.slice(0, 4)}…`;

/** The guard of one WebSocket; `readOnly` is filled in by the authentication of each document. */
export class SocketGuard {
  /** For each document this socket joined: true when it may only read. */
  readonly readOnly = new Map<string, boolean>();
  private readonly bucket: TokenBucket;
  private closed = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly context: GuardContext,
  ) {
    this.bucket = new TokenBucket(context.limits.messagesPerSecond, context.limits.messageBurst);
    // Hocuspocus listens to 'message' too: the guard sits in front of every listener.
    const emit = socket.emit.bind(socket);
    socket.emit = ((event: string | symbol, ...args: unknown[]): boolean => {
      if (event === 'message' && !this.admit(args[0])) return false;
      return emit(event, ...args);
    }) as typeof socket.emit;
  }

  /** True when the message may go on to Hocuspocus (which answers, and closes, what it cannot read). */
  private admit(data: unknown): boolean {
    try {
      return this.check(data);
    } catch {
      return true;
    }
  }

  private check(data: unknown): boolean {
    if (this.closed) return false;
    if (!this.bucket.take()) {
      const { messagesPerSecond, messageBurst } = this.context.limits;
      this.cut(CLOSE.flood, `more than ${messagesPerSecond} messages a second (${messageBurst} at once)`);
      return false;
    }
    if (!(data instanceof Uint8Array)) return true;
    let name: string;
    let type: number;
    const decoder = decoding.createDecoder(data);
    try {
      name = decoding.readVarString(decoder);
      type = decoding.readVarUint(decoder);
    } catch {
      return true;
    }
    if (type === BROADCAST_STATELESS) {
      this.refuse(name, 'a client may not broadcast to the room');
      return false;
    }
    if (type !== SYNC && type !== SYNC_REPLY) return true;
    let step: number;
    let update: Uint8Array;
    try {
      step = decoding.readVarUint(decoder);
      if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return true;
      update = decoding.readVarUint8Array(decoder);
    } catch {
      return true;
    }
    const document = this.context.document(name);
    if (document === undefined) return true; // still loading: Hocuspocus queues it, and hands it back here once loaded
    if (this.readOnly.get(name) === true) {
      // Hocuspocus refuses it (a sync status "not applied"); the client is also told why, when it changed anything.
      if (step === SYNC_UPDATE || !Y.snapshotContainsUpdate(Y.snapshot(document), update)) this.refuse(name, 'this room is read-only for you: your edits stay on your page');
      return true;
    }
    // A sync step 2 holds only what the room lacks: the client makes it from the server's state vector.
    if (!this.context.sizes.admits(document, update.byteLength)) {
      this.refuse(name, `the room's document would grow past ${this.context.limits.documentBytes} bytes: that edit is refused`);
      this.cut(CLOSE.tooLarge, 'the document would grow past its limit');
      return false;
    }
    return true;
  }

  /** Tells the client of document `name` why something it did was refused. */
  private refuse(name: string, reason: string): void {
    const connection = this.context.document(name)?.getConnections().find((c) => c.webSocket === this.socket);
    connection?.sendStateless(JSON.stringify({ type: 'refused', reason } satisfies ServerMessage));
  }

  /** Closes the connection with `code`, says so in one line, and drops whatever else it sends. */
  private cut(code: number, reason: string): void {
    this.closed = true;
    const rooms = [...this.readOnly.keys()].map(shortName).join(', ') || 'no room yet';
    this.context.log(`closed the connection of ${this.context.who} (${rooms}): ${reason}`);
    this.socket.close(code, reason.slice(0, 120));
    // A client that does not answer the close is dropped.
    setTimeout(() => this.socket.terminate(), 2000).unref();
  }
}
