// Two `weft serve` processes sharing their rooms through a Redis server this test starts (Debian's
// redis-server, on a free port of 127.0.0.1, nothing saved): a client on each edits the same room
// at the same time, and both end with the same text, holding every keystroke of both.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DOC, type TempoSegment } from '../../src/app/room/protocol.ts';
import { freePort, joinRoom, makeRoom, smallApp, startServe, until, type RoomClient, type Served } from './room-harness.ts';

const REDIS_SERVER = '/usr/bin/redis-server';
const SECRET = 'a secret the two processes share';

let redis: ChildProcess | undefined;
let redisPort: number;
const servers: Served[] = [];
const clients: RoomClient[] = [];

beforeAll(async () => {
  if (!existsSync(REDIS_SERVER)) throw new Error(`no ${REDIS_SERVER}: install Debian's redis-server (apt-get install redis-server), as .ci/run does`);
  redisPort = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  redis = child;
  await new Promise<void>((done, fail) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (/Ready to accept connections/.test(text)) done();
    });
    child.once('exit', (code) => fail(new Error(`redis-server exited (${code}):\n${text}`)));
  });
  const app = smallApp();
  for (let i = 0; i < 2; i++) servers.push(await startServe(['--port', '0', '--app', app, '--secret', SECRET, '--redis', `redis://127.0.0.1:${redisPort}`]));
}, 30_000);

afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const served of servers) expect(await served.stop()).toBe(0);
  redis?.kill('SIGTERM');
});

it('two processes on one Redis serve one room: concurrent edits of a client on each meet', async () => {
  const [one, two] = servers as [Served, Served];
  expect(one.output()).toMatch(/sharing rooms with other processes through Redis/);
  const { room, token } = await makeRoom(one);
  const a = await joinRoom(one, room, token);
  clients.push(a);
  // Process two accepts process one's key: the same secret.
  const b = await joinRoom(two, room, token);
  clients.push(b);
  expect(b.provider.authorizedScope).toBe('read-write');
  await until(() => b.doc.getArray(DOC.tempo).length > 0, 5000, 'the tempo map to reach process two');

  const typed = { a: '', b: '' };
  for (let i = 0; i < 40; i++) {
    const keyA = String.fromCharCode(97 + (i % 26));
    const keyB = String.fromCharCode(65 + (i % 26));
    // Each types at the end of the text as it sees it, while the other's keystrokes arrive.
    a.text.insert(a.text.length, keyA);
    b.text.insert(b.text.length, keyB);
    typed.a += keyA;
    typed.b += keyB;
    await new Promise((done) => setTimeout(done, 5));
  }
  await until(() => a.text.length === 80 && a.text.toString() === b.text.toString(), 10_000, 'the two texts to meet');
  const text = a.text.toString();
  // Every keystroke of each, in the order it typed them.
  expect([...text].filter((c) => c >= 'a' && c <= 'z').join('')).toBe(typed.a);
  expect([...text].filter((c) => c >= 'A' && c <= 'Z').join('')).toBe(typed.b);
  // One origin between the two processes: they agreed on its time through Redis.
  const tempo = (c: RoomClient): TempoSegment[] => c.doc.getArray<TempoSegment>(DOC.tempo).toArray();
  expect(tempo(a)).toEqual(tempo(b));
  expect(tempo(a).filter((s) => s.id === 'origin')).toHaveLength(1);
  // A follower on process two sees it too.
  const follower = await joinRoom(two, room);
  clients.push(follower);
  expect(follower.text.toString()).toBe(text);
});
