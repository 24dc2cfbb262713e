/**
 * `weft osc-bridge`: browsers cannot send UDP, so the page sends its `.osc()` events to this
 * small bridge over a WebSocket on 127.0.0.1, and the bridge sends each to SuperDirt (or another
 * OSC engine on this computer) as a timetagged `/dirt/play` bundle over UDP (osc-encode.ts).
 * Only pages of this computer may connect (their Origin, and the Host they asked for, are
 * loopback); messages are read through the wire schema, capped in size and rate. It runs until
 * SIGINT or SIGTERM (the `stop` signal).
 */
import { createSocket, type Socket } from 'node:dgram';
import type { IncomingMessage } from 'node:http';
import { parseArgs } from 'node:util';
import { WebSocketServer, type WebSocket } from 'ws';
import { BRIDGE_PORT, MAX_WIRE_BYTES, SUPERDIRT_PORT, isLoopbackHost } from '../app/osc/bridge-address.ts';
import type { WireRefusal } from '../app/osc/refusal.ts';
import { readWireEvent, type WireEvent } from '../app/osc/wire.ts';
import { EXIT_CODE_ERROR, EXIT_OK, EXIT_USAGE, messageOf, type CommandIO } from './command-io.ts';
import { dirtBundle } from './osc-encode.ts';

/** Events a client may send per second (a dense pattern at a fast tempo sends a few hundred). */
export const MAX_EVENTS_PER_SECOND = 2000;

/** Where the bridge listens and sends. */
export interface BridgeOptions {
  readonly port: number;
  readonly target: { readonly host: string; readonly port: number };
}

/** A port number from the command line. */
function portNumber(text: string, option: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) throw new Error(`${option} needs a port number from 1 to 65535, not "${text}"`);
  return port;
}

/** The options of `weft osc-bridge [--port P] [--target host:port]`. */
export function bridgeOptions(args: readonly string[]): BridgeOptions {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { port: { type: 'string' }, target: { type: 'string' } } });
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  const port = values.port === undefined ? BRIDGE_PORT : portNumber(values.port, '--port');
  const target = values.target ?? `127.0.0.1:${SUPERDIRT_PORT}`;
  const colon = target.lastIndexOf(':');
  const host = colon < 0 ? target : target.slice(0, colon);
  const targetPort = colon < 0 ? SUPERDIRT_PORT : portNumber(target.slice(colon + 1), '--target');
  if (!isLoopbackHost(host)) throw new Error(`--target must be on this computer (127.0.0.1 or localhost), not "${host}"`);
  return { port, target: { host: udpHost(host), port: targetPort } };
}

/** The address a UDP (IPv4) socket sends to for a loopback host name. */
const udpHost = (host: string): string => (host.trim().toLowerCase() === 'localhost' ? '127.0.0.1' : host.trim());

/** True for a connection the bridge accepts: from a page of this computer (or no page), to a loopback Host. */
export function acceptsConnection(origin: string | undefined, host: string | undefined): boolean {
  const loopbackUrl = (url: string): boolean => {
    try {
      const { hostname } = new URL(url);
      return isLoopbackHost(hostname) || hostname === '[::1]';
    } catch {
      return false;
    }
  };
  if (host !== undefined && !loopbackUrl(`http://${host}`)) return false;
  return origin === undefined || origin === '' || loopbackUrl(origin);
}

/** Runs the bridge until `stop` aborts; resolves to the exit code. */
export async function oscBridge(args: readonly string[], io: CommandIO, stop: AbortSignal): Promise<number> {
  let options: BridgeOptions;
  try {
    options = bridgeOptions(args);
  } catch (error) {
    io.stderr(`weft osc-bridge: ${messageOf(error)}\n`);
    return EXIT_USAGE;
  }
  const udp = createSocket('udp4');
  udp.on('error', (error) => io.stderr(`weft osc-bridge: UDP: ${error.message}\n`));
  const server = new WebSocketServer({
    host: '127.0.0.1',
    port: options.port,
    maxPayload: MAX_WIRE_BYTES,
    verifyClient: ({ origin, req }: { origin: string; req: IncomingMessage }) => acceptsConnection(origin, req.headers.host),
  });
  const listening = await new Promise<Error | undefined>((resolve) => {
    server.once('listening', () => resolve(undefined));
    server.once('error', (error) => resolve(error));
  });
  if (listening !== undefined) {
    udp.close();
    const taken = (listening as NodeJS.ErrnoException).code === 'EADDRINUSE';
    io.stderr(taken
      ? `weft osc-bridge: port ${options.port} on 127.0.0.1 is taken (is another osc-bridge running?); choose another with --port\n`
      : `weft osc-bridge: cannot listen on 127.0.0.1:${options.port}: ${listening.message}\n`);
    return EXIT_CODE_ERROR;
  }
  server.on('error', (error) => io.stderr(`weft osc-bridge: ${error.message}\n`));
  io.stdout(`weft osc-bridge: listening on ws://127.0.0.1:${options.port}, sending OSC to ${options.target.host}:${options.target.port} (Ctrl+C stops)\n`);
  server.on('connection', (socket, request) => serve(socket, request.headers.origin, udp, options, io));
  await new Promise<void>((resolve) => {
    if (stop.aborted) resolve();
    else stop.addEventListener('abort', () => resolve(), { once: true });
  });
  for (const client of server.clients) client.terminate();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  udp.close();
  io.stdout('weft osc-bridge: stopped\n');
  return EXIT_OK;
}

/** One page's connection: each good event is sent; problems are said once each, here and to the page. */
function serve(socket: WebSocket, origin: string | undefined, udp: Socket, options: BridgeOptions, io: CommandIO): void {
  const who = origin === undefined || origin === '' ? 'a client' : `a client from ${origin}`;
  io.stdout(`weft osc-bridge: ${who} connected\n`);
  const said = new Set<string>();
  const sayOnce = (problem: string, toPage: boolean): void => {
    if (said.has(problem)) return;
    said.add(problem);
    io.stderr(`weft osc-bridge: ${problem}\n`);
    if (toPage) socket.send(JSON.stringify({ refused: problem } satisfies WireRefusal));
  };
  let second = 0;
  let count = 0;
  socket.on('message', (data, binary) => {
    const now = Math.floor(Date.now() / 1000);
    if (now !== second) [second, count] = [now, 0];
    if (++count > MAX_EVENTS_PER_SECOND) return sayOnce(`more than ${MAX_EVENTS_PER_SECOND} events a second: the rest of each second is dropped`, false);
    if (binary) return sayOnce('ignored a binary message (events are JSON text)', false);
    const read = readWireEvent(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8'));
    if ('problem' in read) return sayOnce(`ignored a malformed event (${read.problem})`, false);
    const to = destination(read.event, options);
    if (typeof to === 'string') return sayOnce(to, true);
    udp.send(dirtBundle(read.event), to.port, to.host);
  });
  socket.on('close', () => io.stdout(`weft osc-bridge: ${who} disconnected\n`));
  socket.on('error', (error) => io.stderr(`weft osc-bridge: ${error.message}\n`));
}

/** Where an event goes: the bridge's target, or the loopback host and port it names; a string says why it is not sent. */
export function destination(event: WireEvent, options: BridgeOptions): { host: string; port: number } | string {
  const host = event.host ?? options.target.host;
  if (!isLoopbackHost(host)) return `oschost "${host}" is not this computer: weft osc-bridge sends only to 127.0.0.1 or localhost`;
  return { host: udpHost(host), port: event.port ?? options.target.port };
}
