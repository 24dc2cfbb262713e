/**
 * The built app, served from its directory: each file with its content type, the headers the
 * build's `_headers` file names (the workers' Content-Security-Policy, scripts/security-headers.ts),
 * hashed assets cached for good and the rest revalidated. Nothing outside the directory is served.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** Content types by file extension. */
const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.wasm': 'application/wasm',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.flac': 'audio/flac',
  '.sf2': 'application/octet-stream',
  '.sf3': 'application/octet-stream',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** Headers for every file: no sniffing of types, no framing by other sites. */
const ALWAYS: Readonly<Record<string, string>> = { 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'SAMEORIGIN' };

/** The headers a `_headers` file (Netlify's and Cloudflare's format) gives each exact path. */
export function parseHeadersFile(text: string): Map<string, Record<string, string>> {
  const table = new Map<string, Record<string, string>>();
  let current: Record<string, string> | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = table.get(line.trim()) ?? {};
      table.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (current !== undefined && colon > 0) current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return table;
}

/** Serves the built app in `dir` (which must hold index.html). */
export async function staticApp(dir: string): Promise<(request: IncomingMessage, response: ServerResponse) => Promise<void>> {
  const root = normalize(dir);
  const headers = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('method not allowed\n');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad path\n');
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    const hidden = path === '/_headers' || path.split('/').some((part) => part.startsWith('.'));
    const info = file.startsWith(root + sep) && !hidden ? await stat(file).catch(() => undefined) : undefined;
    if (info === undefined || !info.isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...ALWAYS }).end('not found\n');
      return;
    }
    const hashed = path.startsWith('/assets/');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(info.size),
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...ALWAYS,
      ...headers.get(path),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).on('error', () => response.destroy()).pipe(response);
  };
}
