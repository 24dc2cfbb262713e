// `weft serve` as a performer runs it (room-harness.ts), with clients of its rooms as the page is one.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CLOSE, DOC, ROOM_PATH, serverNow, type ServerMessage, type TempoSegment } from '../../src/app/room/protocol.ts';
import { joinRoom, makeRoom, percentiles, smallApp, startServe, until, type RoomClient, type Served } from './room-harness.ts';

let served: Served;
const app = smallApp();
const clients: RoomClient[] = [];
const join = async (...args: Parameters<typeof joinRoom> extends [unknown, ...infer R] ? R : never): Promise<RoomClient> => {
  const client = await joinRoom(served, ...args);
  clients.push(client);
  return client;
};
const refused = (m: ServerMessage): m is Extract<ServerMessage, { type: 'refused' }> => m.type === 'refused';

beforeAll(async () => {
  served = await startServe(['--port', '0', '--app', app, '--messages-per-second', '100', '--message-burst', '200', '--document-bytes', '100000']);
}, 30_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  expect(await served.stop()).toBe(0);
  expect(served.output()).toMatch(/weft serve: stopped/);
});

describe('weft serve: the app and new rooms', () => {
  it('serves the built app with its types and the workers\' policy, and nothing outside it', async () => {
    const page = await fetch(served.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>weft</title>');
    const worker = await fetch(new URL('assets/performer-worker-def456.js', served.url));
    expect(worker.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(worker.headers.get('content-security-policy')).toBe("default-src 'none'; script-src 'self' 'unsafe-eval'");
    expect(worker.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(new URL('assets/index-abc123.js', served.url))).headers.get('content-security-policy')).toBeNull();
    for (const path of ['_headers', 'nothing.js', '%2e%2e/%2e%2e/etc/passwd']) expect((await fetch(new URL(path, served.url))).status).toBe(404);
  });

  it('makes a room on POST /rooms: a 22-character name and its key, different each time', async () => {
    const a = await makeRoom(served);
    const b = await makeRoom(served);
    expect(a.room).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(b.room).not.toBe(a.room);
    expect((await fetch(new URL('rooms', served.url))).status).toBe(405);
  });
});

describe('weft serve: a room', () => {
  it('lets a client with the key edit, and the others see it', async () => {
    const { room, token } = await makeRoom(served);
    const teacher = await join(room, token);
    const student = await join(room);
    expect(teacher.provider.authorizedScope).toBe('read-write');
    expect(student.provider.authorizedScope).toBe('readonly');
    teacher.text.insert(0, 's("bd sd")');
    await until(() => student.text.toString() === 's("bd sd")', 5000, 'the edit to reach the student');
  });

  it('keeps a client without the key (or with a wrong one) from editing, and tells it', async () => {
    const { room, token } = await makeRoom(served);
    const other = await makeRoom(served);
    const teacher = await join(room, token);
    const student = await join(room);
    const wrong = await join(room, other.token);
    expect(wrong.provider.authorizedScope).toBe('readonly');
    for (const client of [student, wrong]) {
      const told = client.next(refused);
      client.text.insert(0, 'hack ');
      expect((await told).reason).toMatch(/read-only/);
    }
    teacher.text.insert(0, 'n("0 2")');
    await until(() => student.text.toString().includes('n("0 2")'), 5000, 'the teacher\'s edit');
    // The server never took the students' edits: a newcomer gets the teacher's text alone.
    const late = await join(room);
    expect(late.text.toString()).toBe('n("0 2")');
    expect(teacher.text.toString()).toBe('n("0 2")');
  });

  it('refuses a name that is not a room\'s, and WebSockets elsewhere than /room', async () => {
    let denied = '';
    const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${served.port}${ROOM_PATH}`, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({
      websocketProvider: socket,
      name: '../not-a-room',
      onAuthenticationFailed: ({ reason }) => {
        denied = reason;
      },
    });
    provider.attach();
    await until(() => denied !== '', 5000, 'the refusal');
    expect(denied).toMatch(/not a room name/);
    provider.destroy();
    socket.destroy();
    const elsewhere = new WebSocket(`ws://127.0.0.1:${served.port}/elsewhere`);
    const status = await new Promise<number | undefined>((done) => {
      elsewhere.once('unexpected-response', (_request, response) => done(response.statusCode));
      elsewhere.once('error', () => done(undefined));
    });
    expect(status).toBe(404);
  });

  it('answers a ping with the server\'s time, and has a tempo origin once loaded', async () => {
    const { room } = await makeRoom(served);
    const client = await join(room);
    const before = serverNow();
    const { rtt, server } = await client.ping();
    expect(server).toBeGreaterThanOrEqual(before - 1);
    expect(server).toBeLessThanOrEqual(serverNow() + 1);
    expect(rtt).toBeGreaterThanOrEqual(0);
    const tempo = client.doc.getArray<TempoSegment>(DOC.tempo).toArray();
    expect(tempo).toEqual([{ id: 'origin', cycle: 0, cps: 0.5, at: expect.any(Number) }]);
    expect(tempo[0]!.at).toBeLessThanOrEqual(before);
    // Invalid messages are ignored; the connection goes on.
    client.provider.sendStateless('{"type":"ping","id":"x"}');
    client.provider.sendStateless('not json');
    expect((await client.ping()).rtt).toBeGreaterThanOrEqual(0);
  });

  it('passes an editor\'s push to the others with its name, and refuses a follower\'s', async () => {
    const { room, token } = await makeRoom(served);
    const teacher = await join(room, token, { name: 'Ada' });
    const a = await join(room);
    const b = await join(room);
    await until(() => teacher.provider.awareness!.getStates().size >= 1);
    await new Promise((done) => setTimeout(done, 100)); // the teacher's name reaches the server
    const pushes = [a, b].map((c) => c.next((m): m is Extract<ServerMessage, { type: 'push' }> => m.type === 'push'));
    teacher.provider.sendStateless(JSON.stringify({ type: 'push', code: 's("hh*8")' }));
    for (const push of await Promise.all(pushes)) expect(push).toEqual({ type: 'push', code: 's("hh*8")', from: 'Ada' });
    const told = a.next(refused);
    a.provider.sendStateless(JSON.stringify({ type: 'push', code: 'silence' }));
    expect((await told).reason).toMatch(/editor/);
    await new Promise((done) => setTimeout(done, 100));
    expect(teacher.messages.filter((m) => m.type === 'push')).toEqual([]);
    expect(b.messages.filter((m) => m.type === 'push')).toHaveLength(1);
  });

  it('cuts off a client that floods, while another in the room keeps its pongs and edits', async () => {
    const { room, token } = await makeRoom(served);
    const teacher = await join(room, token);
    const flooder = await join(room, '', { reconnect: false });
    const rtts: number[] = [];
    let flooding = true;
    const pinging = (async () => {
      while (flooding) rtts.push((await teacher.ping()).rtt);
    })();
    const started = performance.now();
    // Far more than 100 a second: a loop that sends pings as fast as it can.
    const flood = setInterval(() => {
      for (let i = 0; i < 200; i++) flooder.provider.sendStateless(JSON.stringify({ type: 'ping', id: i }));
    }, 10);
    try {
      await until(() => flooder.closes.includes(CLOSE.flood), 10_000, 'the flooder to be cut off');
    } finally {
      clearInterval(flood);
    }
    const cutAfter = performance.now() - started;
    teacher.text.insert(0, 'still here');
    const watcher = await join(room);
    expect(watcher.text.toString()).toBe('still here');
    flooding = false;
    await pinging;
    const { median, p95 } = percentiles(rtts);
    console.log(`flood: cut off after ${cutAfter.toFixed(0)} ms; the other client's ping round trip meanwhile: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...rtts).toFixed(1)} ms (${rtts.length} pings)`);
    expect(rtts.length).toBeGreaterThan(0);
    expect(served.output()).toMatch(/closed the connection of .*more than 100 messages a second/);
  });

  it('refuses an edit that would grow the document past its limit, and closes that connection', async () => {
    const { room, token } = await makeRoom(served);
    const teacher = await join(room, token, { reconnect: false });
    const watcher = await join(room);
    teacher.text.insert(0, 'small start; ');
    await until(() => watcher.text.length > 0);
    const told = teacher.next(refused);
    teacher.text.insert(teacher.text.length, 'x'.repeat(150_000));
    expect((await told).reason).toMatch(/past 100000 bytes/);
    await until(() => teacher.closes.includes(CLOSE.tooLarge), 5000, 'the close');
    const late = await join(room);
    expect(late.text.toString()).toBe('small start; ');
    expect(Y.encodeStateAsUpdate(late.doc).byteLength).toBeLessThan(100_000);
  });

  it('takes an editor that reconnects to a large room for what it brings, not for the whole room', async () => {
    const { room, token } = await makeRoom(served);
    const teacher = await join(room, token);
    teacher.text.insert(0, 'y'.repeat(60_000));
    const watcher = await join(room);
    await until(() => watcher.text.length === 60_000);
    // Its whole state (60 KB) comes back with its sync step 2: only what the room lacks counts.
    const socket = teacher.provider.configuration.websocketProvider;
    socket.disconnect();
    await until(() => teacher.closes.length > 0, 5000, 'the disconnection');
    teacher.text.insert(0, 'offline;');
    void socket.connect();
    await until(() => watcher.text.toString().startsWith('offline;'), 5000, 'the reconnected editor\'s edit');
    expect(teacher.closes).not.toContain(CLOSE.tooLarge);
  });
});
