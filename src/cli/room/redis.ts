/**
 * `--redis URL`: Hocuspocus's Redis extension, so that several `weft serve` processes serve the
 * same rooms (each update and awareness change of a room is published to the others), and the
 * rooms' origin times agreed through the same Redis (tempo-origin.ts).
 */
import { Redis } from '@hocuspocus/extension-redis';
import type { OriginTimes } from './tempo-origin.ts';

/** How long Redis keeps a room's origin time (ms): a room idle longer starts a new tempo map. */
const ORIGIN_TTL_MS = 30 * 24 * 3600 * 1000;

/** The Redis extension and the origin times it shares. */
export interface RoomRedis {
  readonly extension: Redis;
  readonly originTimes: OriginTimes;
  /** Resolves when Redis answers; rejects with a clear message when it does not within `ms`. */
  ready(ms: number): Promise<void>;
}

/** Host, port and credentials of a `redis://` URL. */
export function redisAddress(url: string): { host: string; port: number; username?: string; password?: string; db?: number } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--redis needs a URL such as redis://127.0.0.1:6379, not "${url}"`);
  }
  if (parsed.protocol !== 'redis:') throw new Error(`--redis needs a redis:// URL, not "${url}"`);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : undefined;
  if (db !== undefined && !Number.isInteger(db)) throw new Error(`--redis: "${parsed.pathname.slice(1)}" is not a database number`);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: parsed.port === '' ? 6379 : Number(parsed.port),
    ...(parsed.username === '' ? {} : { username: decodeURIComponent(parsed.username) }),
    ...(parsed.password === '' ? {} : { password: decodeURIComponent(parsed.password) }),
    ...(db === undefined ? {} : { db }),
  };
}

/** Connects to Redis at `url`; problems of the connection go to `log`, once each until it recovers. */
export function roomRedis(url: string, log: (line: string) => void): RoomRedis {
  const { host, port, ...credentials } = redisAddress(url);
  const extension = new Redis({ host, port, prefix: 'weft', options: { ...credentials, maxRetriesPerRequest: 3 } });
  // Before Redis first answers, its errors make the one line of `ready`; after, each is said once until it recovers.
  let answered = false;
  let said = '';
  for (const client of [extension.pub, extension.sub]) {
    client.on('error', (error: Error) => {
      if (answered && error.message !== said) log(`Redis at ${host}:${port}: ${error.message}`);
      said = error.message;
    });
    client.on('ready', () => {
      said = '';
    });
  }
  return {
    extension,
    originTimes: {
      agree: async (room, proposed) => {
        const key = `weft:origin:${room}`;
        await extension.pub.set(key, String(proposed), 'PX', ORIGIN_TTL_MS, 'NX');
        const agreed = Number(await extension.pub.get(key));
        return Number.isFinite(agreed) ? agreed : proposed;
      },
    },
    ready: async (ms) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error(`Redis at ${host}:${port} did not answer in ${ms / 1000} s`)), ms);
      });
      try {
        await Promise.race([extension.pub.ping(), late]);
        answered = true;
      } catch (error) {
        throw new Error(`cannot reach Redis at ${host}:${port}: ${said || (error instanceof Error ? error.message : String(error))}`);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
