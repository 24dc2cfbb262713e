/**
 * `weft serve`: the room server of ensembles and classrooms, on one port: the built app, `POST
 * /rooms` (a new room's name and edit token) and the rooms' WebSocket (room/room-server.ts), which
 * with `--redis` several processes share. It runs until SIGINT or SIGTERM (the `stop` signal).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { networkInterfaces } from 'node:os';
import { parseArgs } from 'node:util';
import { LIMITS, NEW_ROOM_PATH, type NewRoom } from '../app/room/protocol.ts';
import { EXIT_CODE_ERROR, EXIT_OK, EXIT_USAGE, messageOf, type CommandIO } from './command-io.ts';
import { builtApp } from './room/app-build.ts';
import { redisAddress, roomRedis, type RoomRedis } from './room/redis.ts';
import { roomServer } from './room/room-server.ts';
import type { RoomLimits } from './room/socket-guard.ts';
import { staticApp } from './room/static-app.ts';
import { newRoom, randomSecret } from './room/tokens.ts';

/** Where `weft serve` listens unless told. */
export const SERVE_PORT = 4321;

/** The options of `weft serve`. */
export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly redis: string | undefined;
  /** The tokens' secret; undefined: a random one for this process. */
  readonly secret: string | undefined;
  readonly open: boolean;
  /** A built app to serve instead of the repository's dist/. */
  readonly app: string | undefined;
  readonly limits: RoomLimits;
}

/** A whole number from `min` up, from the command line. */
function count(text: string, option: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new Error(`${option} needs a whole number from ${min} to ${max}, not "${text}"`);
  return value;
}

/** The options of `weft serve [--port N] [--host H] [--redis URL] [--secret S] [--open] [--app DIR] ...`. */
export function serveOptions(args: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      redis: { type: 'string' },
      secret: { type: 'string' },
      open: { type: 'boolean' },
      app: { type: 'string' },
      'document-bytes': { type: 'string' },
      'messages-per-second': { type: 'string' },
      'message-burst': { type: 'string' },
    },
  });
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  if (values.redis !== undefined) redisAddress(values.redis);
  const secret = values.secret ?? env.WEFT_ROOM_SECRET;
  if (secret !== undefined && secret.length < 16) throw new Error('the room secret (--secret or WEFT_ROOM_SECRET) needs at least 16 characters');
  const messagesPerSecond = values['messages-per-second'] === undefined ? LIMITS.messagesPerSecond : count(values['messages-per-second'], '--messages-per-second', 1);
  return {
    port: values.port === undefined ? SERVE_PORT : count(values.port, '--port', 0, 65535),
    host: values.host ?? '127.0.0.1',
    redis: values.redis,
    secret: secret === '' ? undefined : secret,
    open: values.open ?? false,
    app: values.app,
    limits: {
      documentBytes: values['document-bytes'] === undefined ? LIMITS.documentBytes : count(values['document-bytes'], '--document-bytes', 1024),
      messagesPerSecond,
      messageBurst: values['message-burst'] === undefined ? Math.max(LIMITS.messageBurst, messagesPerSecond) : count(values['message-burst'], '--message-burst', 1),
    },
  };
}

/** The addresses to print for a host: each of this computer's IPv4 addresses for 0.0.0.0. */
function urlsOf(host: string, port: number): string[] {
  const bracket = (h: string): string => (h.includes(':') ? `[${h}]` : h);
  if (host !== '0.0.0.0' && host !== '::') return [`http://${bracket(host)}:${port}/`];
  const addresses = Object.values(networkInterfaces()).flatMap((list) => list ?? []).filter((a) => a.family === 'IPv4');
  return addresses.map((a) => `http://${a.address}:${port}/`);
}

/** Answers `POST /rooms`: a new room. */
function answerNewRoom(response: ServerResponse, secret: string): void {
  const room: NewRoom = newRoom(secret);
  response.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    // A room is only a name and its token, nothing is stored: a page served from elsewhere (npm start) may ask too.
    'Access-Control-Allow-Origin': '*',
  });
  response.end(JSON.stringify(room));
}

/** Runs the room server until `stop` aborts; resolves to the exit code. */
export async function serve(args: readonly string[], io: CommandIO, stop: AbortSignal): Promise<number> {
  let options: ServeOptions;
  try {
    options = serveOptions(args);
  } catch (error) {
    io.stderr(`weft serve: ${messageOf(error)}\n`);
    return EXIT_USAGE;
  }
  const say = (line: string): void => io.stdout(`weft serve: ${line}\n`);
  const log = (line: string): void => io.stderr(`weft serve: ${line}\n`);
  let redis: RoomRedis | undefined;
  let serveFile: (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  try {
    if (options.redis !== undefined) {
      redis = roomRedis(options.redis, log);
      await redis.ready(5000);
    }
    serveFile = await staticApp(await builtApp(options.app, say));
  } catch (error) {
    await redis?.extension.onDestroy();
    // Ctrl+C during the build stops the build too: that is a stop, not a failure.
    if (stop.aborted) return stopped(say);
    log(messageOf(error));
    return EXIT_CODE_ERROR;
  }
  if (stop.aborted) {
    await redis?.extension.onDestroy();
    return stopped(say);
  }
  const secret = options.secret ?? randomSecret();
  const rooms = roomServer({
    secret,
    open: options.open,
    limits: options.limits,
    extensions: redis === undefined ? [] : [redis.extension],
    ...(redis === undefined ? {} : { originTimes: redis.originTimes }),
    log,
  });
  const http = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path === NEW_ROOM_PATH) {
      if (request.method === 'POST') return answerNewRoom(response, secret);
      response.writeHead(405, { Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8' }).end(`POST ${NEW_ROOM_PATH} makes a room\n`);
      return;
    }
    serveFile(request, response).catch((error: unknown) => {
      log(`${request.url ?? ''}: ${messageOf(error)}`);
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    });
  });
  http.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (!rooms.upgrade(request, socket, head)) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  const listening = await new Promise<Error | undefined>((resolve) => {
    http.once('error', resolve);
    http.listen(options.port, options.host, () => resolve(undefined));
  });
  if (listening !== undefined) {
    const code = (listening as NodeJS.ErrnoException).code;
    log(code === 'EADDRINUSE'
      ? `port ${options.port} on ${options.host} is taken (is another weft serve running?); choose another with --port`
      : code === 'EADDRNOTAVAIL' ? `${options.host} is not an address of this computer (--host)`
      : `cannot listen on ${options.host}:${options.port}: ${listening.message}`);
    await rooms.close();
    return EXIT_CODE_ERROR;
  }
  http.on('error', (error) => log(error.message));
  const address = http.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  if (options.secret === undefined) say('room links work with this process only (no --secret nor WEFT_ROOM_SECRET: a random one)');
  if (options.open) say('--open: everyone in a room may edit it');
  if (redis !== undefined) say(`sharing rooms with other processes through Redis (${options.redis})`);
  say(`serving weft and its rooms at ${urlsOf(options.host, port).join(' and ')} (Ctrl+C stops)`);
  await new Promise<void>((resolve) => {
    if (stop.aborted) resolve();
    else stop.addEventListener('abort', () => resolve(), { once: true });
  });
  await rooms.close();
  http.closeAllConnections();
  await new Promise<void>((resolve) => http.close(() => resolve()));
  return stopped(say);
}

/** Says that the command stopped, as asked. */
function stopped(say: (line: string) => void): number {
  say('stopped');
  return EXIT_OK;
}
