// `weft osc-bridge` run as a performer runs it (`node bin/weft.js osc-bridge ...` in a child
// process), with a UDP listener on loopback standing in for SuperDirt and a WebSocket client
// sending events as the page does (src/app/osc/wire.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fromBuffer, type OscBundleOutput, type OscMessageOutput } from 'osc-min';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { timetagToEpochMs } from '../../src/cli/osc-encode.ts';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/weft.js');

/** A TCP port free on 127.0.0.1 now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** The bridge as a child process, with what it printed so far. */
interface Bridge {
  readonly child: ChildProcess;
  readonly output: () => string;
  /** Resolves when the printed output matches `pattern`. */
  readonly printed: (pattern: RegExp) => Promise<void>;
  readonly exited: Promise<number | null>;
}

function startBridge(args: readonly string[]): Bridge {
  const child = spawn(process.execPath, [bin, 'osc-bridge', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const waiters: { pattern: RegExp; done: () => void }[] = [];
  const take = (chunk: Buffer): void => {
    text += chunk.toString('utf8');
    for (const w of waiters.splice(0)) if (w.pattern.test(text)) w.done();
    else waiters.push(w);
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return {
    child,
    output: () => text,
    printed: (pattern) => new Promise<void>((done, fail) => {
      if (pattern.test(text)) return done();
      waiters.push({ pattern, done });
      void exited.then(() => fail(new Error(`the bridge exited before printing ${pattern}:\n${text}`)));
    }),
    exited,
  };
}

let udp: Socket;
let udpPort: number;
let wsPort: number;
let bridge: Bridge;
const packets: Buffer[] = [];

beforeAll(async () => {
  udp = createSocket('udp4');
  udp.on('message', (message) => packets.push(message));
  await new Promise<void>((done) => udp.bind(0, '127.0.0.1', done));
  udpPort = udp.address().port;
  wsPort = await freePort();
  bridge = startBridge(['--port', String(wsPort), '--target', `127.0.0.1:${udpPort}`]);
  await bridge.printed(/listening on ws:\/\/127\.0\.0\.1:\d+/);
}, 30_000);

afterAll(async () => {
  if (bridge.child.exitCode === null) {
    bridge.child.kill('SIGTERM');
    await bridge.exited;
  }
  udp.close();
});

/** A page's connection to the bridge. */
async function connect(origin = 'http://127.0.0.1:5173'): Promise<WebSocket> {
  const socket = new WebSocket(`ws://127.0.0.1:${wsPort}`, { origin });
  await new Promise<void>((done, fail) => {
    socket.once('open', () => done());
    socket.once('error', fail);
  });
  return socket;
}

/** The next `count` packets SuperDirt's port receives. */
async function received(count: number, from: number): Promise<Buffer[]> {
  for (let i = 0; i < 200 && packets.length < from + count; i++) await new Promise((done) => setTimeout(done, 10));
  return packets.slice(from, from + count);
}

/** The `/dirt/play` pairs of a message as an object. */
function pairs(message: OscMessageOutput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i + 1 < message.args.length; i += 2) {
    const key = message.args[i] as { value: unknown };
    const value = message.args[i + 1] as { type: string; value: unknown };
    out[String(key.value)] = value.type === 'float' ? Math.round((value.value as number) * 1e4) / 1e4 : value.value;
  }
  return out;
}

describe('weft osc-bridge', () => {
  it('sends each event of the page to SuperDirt as a /dirt/play bundle timetagged with its time', async () => {
    const socket = await connect();
    await bridge.printed(/a client from http:\/\/127\.0\.0\.1:5173 connected/);
    const from = packets.length;
    const start = Date.now() + 200.25;
    const events = [
      { time: start, args: { s: 'bd', cps: 0.5, cycle: 4, delta: 0.75, orbit: 0 } },
      { time: start + 1000, args: { s: 'sd', n: 3, note: 64, cps: 0.5, cycle: 4.5, delta: 0.75, orbit: 1, gain: 0.8 } },
    ];
    for (const event of events) socket.send(JSON.stringify(event));
    const got = await received(2, from);
    expect(got).toHaveLength(2);
    for (const [i, packet] of got.entries()) {
      const bundle = fromBuffer(packet) as OscBundleOutput;
      expect(bundle.oscType).toBe('bundle');
      expect(bundle.elements).toHaveLength(1);
      const message = bundle.elements[0] as OscMessageOutput;
      expect(message.address).toBe('/dirt/play');
      expect(pairs(message)).toEqual(events[i]!.args);
      // Keys are strings; orbit is SuperDirt's integer index; the rest floats.
      expect(message.args.filter((_, k) => k % 2 === 0).every((a) => a.type === 'string')).toBe(true);
      expect(message.args[message.args.findIndex((a) => a.value === 'orbit') + 1]!.type).toBe('integer');
      expect(Math.abs(timetagToEpochMs(bundle.timetag) - events[i]!.time)).toBeLessThan(1);
    }
    socket.close();
    await bridge.printed(/a client from http:\/\/127\.0\.0\.1:5173 disconnected/);
  });

  it('forwards to another port of this computer, and refuses another computer with a message', async () => {
    const other = createSocket('udp4');
    const otherPackets: Buffer[] = [];
    other.on('message', (m) => otherPackets.push(m));
    await new Promise<void>((done) => other.bind(0, '127.0.0.1', done));
    const socket = await connect();
    const replies: string[] = [];
    socket.on('message', (data) => replies.push(String(data)));
    socket.send(JSON.stringify({ time: Date.now(), args: { s: 'hh' }, host: 'localhost', port: other.address().port }));
    socket.send(JSON.stringify({ time: Date.now(), args: { s: 'hh' }, host: '192.168.1.20', port: 57120 }));
    for (let i = 0; i < 200 && (otherPackets.length < 1 || replies.length < 1); i++) await new Promise((done) => setTimeout(done, 10));
    expect(otherPackets).toHaveLength(1);
    expect(pairs((fromBuffer(otherPackets[0]!) as OscBundleOutput).elements[0] as OscMessageOutput)).toEqual({ s: 'hh' });
    expect(replies).toEqual([JSON.stringify({ refused: 'oschost "192.168.1.20" is not this computer: weft osc-bridge sends only to 127.0.0.1 or localhost' })]);
    socket.close();
    other.close();
  });

  it('ignores malformed events, with one line each, and goes on', async () => {
    const socket = await connect();
    const from = packets.length;
    socket.send('{"time": "soon", "args": {}}');
    socket.send(JSON.stringify({ time: Date.now(), args: { s: { nested: true } } }));
    socket.send(JSON.stringify({ time: Date.now(), args: { 'bad key': 1 } }));
    socket.send(JSON.stringify({ time: Date.now(), args: { s: 'cp' } }));
    const got = await received(1, from);
    expect(pairs((fromBuffer(got[0]!) as OscBundleOutput).elements[0] as OscMessageOutput)).toEqual({ s: 'cp' });
    expect(bridge.output()).toMatch(/ignored a malformed event \(time: /);
    socket.close();
  });

  it('accepts only pages of this computer', async () => {
    await expect(connect('https://example.com')).rejects.toThrow(/401/);
    (await connect('http://localhost:8080')).close();
  });

  it('says so when its port is taken, and stops on SIGTERM', async () => {
    const second = startBridge(['--port', String(wsPort)]);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`port ${wsPort} on 127.0.0.1 is taken (is another osc-bridge running?); choose another with --port`);

    const third = startBridge(['--port', String(await freePort())]);
    await third.printed(/listening/);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
    expect(third.output()).toContain('weft osc-bridge: stopped');
  });

  it('explains a wrong option', async () => {
    const wrong = startBridge(['--target', '10.1.2.3:57120']);
    expect(await wrong.exited).toBe(2);
    expect(wrong.output()).toContain('--target must be on this computer (127.0.0.1 or localhost), not "10.1.2.3"');
  });
});
