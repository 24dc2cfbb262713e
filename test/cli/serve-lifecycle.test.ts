// `weft serve` starting, stopping and failing as a performer meets it: a restart on the same port
// that a client's provider reconnects to, and one clear line (never a stack) for what stops it.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort, joinRoom, makeRoom, smallApp, startServe, until, type RoomClient, type Served } from './room-harness.ts';

const root = resolve(import.meta.dirname, '../..');
const app = smallApp();
const running: Served[] = [];
const clients: RoomClient[] = [];

afterAll(async () => {
  for (const client of clients) client.destroy();
  for (const served of running) await served.stop();
});

/** Runs `weft serve ARGS` to its end: its exit code and what it printed. */
async function runServe(args: readonly string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(root, 'bin/weft.js'), 'serve', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number | null>((done) => child.once('exit', done));
  return { code, output };
}

it('stops on Ctrl+C and starts again on the same port, where a client reconnects and edits', async () => {
  const port = await freePort();
  const secret = 'the secret of this classroom';
  const first = await startServe(['--port', String(port), '--app', app, '--secret', secret]);
  running.push(first);
  const { room, token } = await makeRoom(first);
  const teacher = await joinRoom(first, room, token);
  clients.push(teacher);
  teacher.text.insert(0, 'before;');
  await new Promise((done) => setTimeout(done, 100));
  expect(await first.stop()).toBe(0);
  expect(first.output()).toMatch(/weft serve: stopped\n$/);

  const second = await startServe(['--port', String(port), '--app', app, '--secret', secret]);
  running.push(second);
  expect(second.port).toBe(port);
  // The provider reconnects by itself and brings its document back: the same secret, the same key.
  await until(() => teacher.provider.isSynced && teacher.provider.authorizedScope === 'read-write', 10_000, 'the provider to reconnect');
  teacher.text.insert(teacher.text.length, 'after;');
  const watcher = await joinRoom(second, room);
  clients.push(watcher);
  await until(() => watcher.text.toString() === 'before;after;', 5000, 'the restored room');
});

it('lets everyone edit with --open, and takes the secret from WEFT_ROOM_SECRET', async () => {
  const secret = 'the secret from the environment';
  const open = await startServe(['--port', '0', '--app', app, '--open'], { WEFT_ROOM_SECRET: secret });
  running.push(open);
  expect(open.output()).toMatch(/--open: everyone in a room may edit it/);
  expect(open.output()).not.toMatch(/a random one/);
  const { room, token } = await makeRoom(open);
  expect(token).toBe(createHmac('sha256', secret).update(room).digest('base64url'));
  const a = await joinRoom(open, room);
  const b = await joinRoom(open, room);
  clients.push(a, b);
  expect(a.provider.authorizedScope).toBe('read-write');
  a.text.insert(0, 'anyone;');
  await until(() => b.text.toString() === 'anyone;', 5000, 'the edit of a client without the key');
});

it('says in one line why it cannot start: a port taken, a bad option, no Redis', async () => {
  const taken = await startServe(['--port', '0', '--app', app]);
  running.push(taken);
  const cases: [string[], number, RegExp][] = [
    [['--port', String(taken.port), '--app', app], 1, new RegExp(`^weft serve: port ${taken.port} on 127\\.0\\.0\\.1 is taken .*--port\\n$`)],
    [['--port', 'eighty'], 2, /^weft serve: --port needs a whole number from 0 to 65535, not "eighty"\n$/],
    [['--secret', 'short'], 2, /^weft serve: the room secret .* at least 16 characters\n$/],
    [['--app', '/nonexistent'], 1, /^weft serve: --app \/nonexistent: no index\.html there .*\n$/],
    [['--port', '0', '--app', app, '--redis', `redis://127.0.0.1:${await freePort()}`], 1, /^weft serve: cannot reach Redis at 127\.0\.0\.1:\d+: connect ECONNREFUSED .*\n$/],
    [['--redis', 'http://x'], 2, /^weft serve: --redis needs a redis:\/\/ URL, not "http:\/\/x"\n$/],
  ];
  for (const [args, code, message] of cases) {
    const result = await runServe(args);
    expect(result.output).toMatch(message);
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(code);
  }
}, 60_000);
