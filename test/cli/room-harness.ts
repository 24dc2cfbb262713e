// What the tests of `weft serve` share: the server run as a performer runs it (`node bin/weft.js
// serve ...` in a child process, on a free port of 127.0.0.1, with a small built app of its own),
// and clients of its rooms as the page is one (Hocuspocus's provider over `ws`).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as v from 'valibot';
import { afterAll } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { DOC, NEW_ROOM_PATH, NewRoomSchema, ROOM_PATH, ServerMessageSchema, type NewRoom, type ServerMessage } from '../../src/app/room/protocol.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/weft.js');

/** A TCP port free on 127.0.0.1 now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** The small apps made by this test file, removed when it ends. */
const apps: string[] = [];
afterAll(() => {
  for (const dir of apps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built app, as a vite build writes one (index.html, hashed assets, the workers' `_headers`); removed after the file's tests. */
export function smallApp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weft-serve-app-'));
  apps.push(dir);
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>weft</title><script type="module" src="/assets/index-abc123.js"></script>\n');
  writeFileSync(join(dir, 'assets/index-abc123.js'), 'console.log("weft");\n');
  writeFileSync(join(dir, 'assets/performer-worker-def456.js'), 'self.onmessage = () => {};\n');
  writeFileSync(join(dir, '_headers'), "/assets/performer-worker-def456.js\n  Content-Security-Policy: default-src 'none'; script-src 'self' 'unsafe-eval'\n");
  return dir;
}

/** `weft serve` as a child process, with what it printed so far. */
export interface Served {
  readonly child: ChildProcess;
  /** The page's address, e.g. http://127.0.0.1:4321/. */
  readonly url: string;
  readonly port: number;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
  /** Stops it as Ctrl+C does; resolves to its exit code. */
  stop(): Promise<number | null>;
}

/** Starts `weft serve ARGS` (with `env` added to the environment) and waits until it prints its address (it exits if it cannot). */
export async function startServe(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<Served> {
  const child = spawn(process.execPath, [bin, 'serve', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let text = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const url = await new Promise<string>((done, fail) => {
    const take = (chunk: Buffer): void => {
      text += chunk.toString('utf8');
      const found = /serving weft and its rooms at (http:\/\/\S+\/)/.exec(text);
      if (found !== null) done(found[1]!);
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    void exited.then((code) => fail(new Error(`weft serve exited (${code}) before serving:\n${text}`)));
  });
  return {
    child,
    url,
    port: Number(new URL(url).port),
    output: () => text,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
}

/** Makes a room: `POST /rooms`. */
export async function makeRoom(served: Served): Promise<NewRoom> {
  const response = await fetch(new URL(NEW_ROOM_PATH, served.url), { method: 'POST' });
  return v.parse(NewRoomSchema, await response.json());
}

/** A client of a room, as the page's room client is: a provider, its document, the server's messages. */
export interface RoomClient {
  readonly provider: HocuspocusProvider;
  readonly doc: Y.Doc;
  readonly text: Y.Text;
  /** The server's stateless messages so far. */
  readonly messages: ServerMessage[];
  /** The close codes of the connection so far. */
  readonly closes: number[];
  /** Resolves with the first message (from now) that `match` accepts. */
  next<T extends ServerMessage>(match: (message: ServerMessage) => message is T, ms?: number): Promise<T>;
  /** The round trip (ms) of one ping, and the server's time of its pong. */
  ping(): Promise<{ rtt: number; server: number }>;
  destroy(): void;
}

let pingIds = 0;

/** Until `check` holds (polled), or rejects after `ms`. */
export async function until(check: () => boolean, ms = 5000, what = 'a condition'): Promise<void> {
  const deadline = performance.now() + ms;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 5));
  }
}

/** Connects to room `room` (with `token` if it has one) and waits until it is synced. */
export async function joinRoom(served: Served, room: string, token = '', options: { name?: string; reconnect?: boolean } = {}): Promise<RoomClient> {
  const doc = new Y.Doc();
  const messages: ServerMessage[] = [];
  const closes: number[] = [];
  const waiters: { match: (m: ServerMessage) => boolean; done: (m: ServerMessage) => void }[] = [];
  const url = `ws://127.0.0.1:${served.port}${ROOM_PATH}`;
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    ...(options.reconnect === false ? { maxAttempts: 1 } : { delay: 100, minDelay: 100, maxDelay: 500 }),
  });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token,
    onStateless: ({ payload }) => {
      const parsed = v.safeParse(ServerMessageSchema, JSON.parse(payload));
      if (!parsed.success) return;
      messages.push(parsed.output);
      for (const w of waiters.splice(0)) if (w.match(parsed.output)) w.done(parsed.output);
      else waiters.push(w);
    },
    onClose: ({ event }) => {
      closes.push(event.code);
    },
  });
  provider.attach();
  if (options.name !== undefined) provider.setAwarenessField('user', { name: options.name });
  const next = <T extends ServerMessage>(match: (message: ServerMessage) => message is T, ms = 5000): Promise<T> =>
    new Promise<T>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('no such message from the server')), ms);
      waiters.push({ match, done: (m) => {
        clearTimeout(timer);
        done(m as T);
      } });
    });
  await until(() => provider.isSynced, 10_000, `room ${room} to sync`);
  return {
    provider,
    doc,
    text: doc.getText(DOC.code),
    messages,
    closes,
    next,
    ping: async () => {
      const id = ++pingIds;
      const sent = performance.now();
      const pong = next((m): m is Extract<ServerMessage, { type: 'pong' }> => m.type === 'pong' && m.id === id);
      provider.sendStateless(JSON.stringify({ type: 'ping', id }));
      const { server } = await pong;
      return { rtt: performance.now() - sent, server };
    },
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** The median and 95th percentile of some numbers. */
export function percentiles(values: readonly number[]): { median: number; p95: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95) };
}
