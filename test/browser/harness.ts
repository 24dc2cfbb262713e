// Node side of the browser tests: serves the fixture page (Vite dev server, or a `vite build` of
// it) and drives Debian's Chromium with playwright-core. No browser is ever downloaded.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, createServer, preview, type InlineConfig } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import type { PageApi } from './fixture/page-api.ts';

const FIXTURE = fileURLToPath(new URL('./fixture/', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** The Chromium to drive: `$WEFT_CHROMIUM`, else Debian's. */
export const CHROMIUM = process.env['WEFT_CHROMIUM'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
  // Containers often have a small /dev/shm.
  '--disable-dev-shm-usage',
];

/** Launches headless Chromium, or fails saying how to get one. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set WEFT_CHROMIUM`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** A running server for the fixture page. */
export interface Served {
  url: string;
  close(): Promise<void>;
}

function baseConfig(cacheDir: string): InlineConfig {
  return {
    root: FIXTURE,
    configFile: false,
    logLevel: 'error',
    cacheDir,
    server: { host: '127.0.0.1', port: 0, hmr: false, fs: { allow: [REPO] } },
    preview: { host: '127.0.0.1', port: 0 },
    optimizeDeps: { noDiscovery: true, include: [] },
  };
}

function urlOf(address: AddressInfo | string | null | undefined): string {
  if (address === null || address === undefined || typeof address === 'string') throw new Error('server has no port');
  return `http://127.0.0.1:${address.port}/`;
}

/** Serves the fixture from Vite's dev server (modules transformed on request, as in `npm start`). */
export async function serveDev(): Promise<Served> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'weft-vite-'));
  const server = await createServer(baseConfig(cacheDir));
  await server.listen();
  return {
    url: urlOf(server.httpServer?.address()),
    close: async () => {
      await server.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}

/** Builds the fixture with `vite build` (as `npm run build` would) and serves the output. */
export async function serveBuild(): Promise<Served> {
  const dir = await mkdtemp(join(tmpdir(), 'weft-vite-'));
  const config = baseConfig(join(dir, 'cache'));
  const outDir = join(dir, 'dist');
  await build({ ...config, build: { outDir, emptyOutDir: true } });
  const server = await preview({ ...config, build: { outDir } });
  return {
    url: urlOf(server.httpServer.address()),
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the fixture page and waits for its `window.weftTest`; page errors fail the test. */
export async function openFixture(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  try {
    await page.waitForFunction(() => window.weftTest !== undefined, undefined, { timeout: 15_000 });
  } catch (error) {
    throw new Error(`fixture page did not start: ${errors.join('; ') || String(error)}`);
  }
  return page;
}

/** Calls one of the page's test functions with `arg` (which must survive serialization). */
export async function callPage<K extends keyof PageApi>(
  page: Page,
  name: K,
  ...args: Parameters<PageApi[K]>
): Promise<Awaited<ReturnType<PageApi[K]>>> {
  return page.evaluate(
    // Runs in the page: looks the function up by name and applies it.
    async ([fn, fnArgs]) => {
      const api = window.weftTest as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
      return api[fn]!(...fnArgs);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<PageApi[K]>>>;
}

/**
 * The fixture page of one test file, served by Vite's dev server in Chromium: opened before its
 * tests and closed after them. Call it at the file's top level; the page is there once they run.
 */
export function fixturePage(): () => Page {
  let browser: Browser | undefined;
  let dev: Served | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    [browser, dev] = await Promise.all([launchChromium(), serveDev()]);
    page = await openFixture(browser, dev.url);
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await dev?.close();
  });
  return () => {
    if (page === undefined) throw new Error('the fixture page is not open (fixturePage() must be called at the top level of a test file)');
    return page;
  };
}

/**
 * Plays `request` in the page's realtime context, again (up to three times in all) while frames
 * were skipped: a realtime context under heavy load may skip some, and the recorder counts them.
 */
export async function playRecorded(page: Page, request: Parameters<PageApi['play']>[0]): Promise<Awaited<ReturnType<PageApi['play']>>> {
  let result = await callPage(page, 'play', request);
  for (let attempt = 1; attempt < 3 && result.missing > 0; attempt++) result = await callPage(page, 'play', request);
  return result;
}
