// Node side: builds the runtime test page with `vite build` (the worker and the worklet bundled as
// `npm run build` bundles them), serves it, and calls the page's functions through Playwright.
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type InlineConfig } from 'vite';
import { workerChunks } from '../../../scripts/worker-chunks.ts';
import type { RuntimePageApi } from './page-api.ts';

const FIXTURE = fileURLToPath(new URL('./', import.meta.url));

/** A served build of the page. */
export interface RuntimePage {
  url: string;
  close(): Promise<void>;
}

/** Builds the page into a temporary directory and serves it on a free port of 127.0.0.1. */
export async function serveRuntimePage(): Promise<RuntimePage> {
  const dir = await mkdtemp(join(tmpdir(), 'weft-runtime-'));
  const config: InlineConfig = {
    root: FIXTURE,
    configFile: false,
    // The workers as the app builds them: chunks of the page's build (see scripts/worker-chunks.ts).
    plugins: [workerChunks()],
    logLevel: 'error',
    cacheDir: join(dir, 'cache'),
    preview: { host: '127.0.0.1', port: 0 },
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, minify: false },
  };
  await build(config);
  const server = await preview(config);
  const address = server.httpServer.address() as AddressInfo | string | null;
  if (address === null || typeof address === 'string') throw new Error('runtime page server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the page and waits for `window.weftRuntimeTest`; page errors are collected. */
export async function openRuntimePage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  try {
    await page.waitForFunction(() => window.weftRuntimeTest !== undefined, undefined, { timeout: 15_000 });
  } catch (error) {
    throw new Error(`runtime page did not start: ${errors.join('; ') || String(error)}`);
  }
  return { page, errors };
}

/** Calls one of the page's functions (arguments must survive serialization). */
export async function onPage<K extends keyof RuntimePageApi>(
  page: Page,
  name: K,
  ...args: Parameters<RuntimePageApi[K]>
): Promise<Awaited<ReturnType<RuntimePageApi[K]>>> {
  return page.evaluate(
    async ([fn, fnArgs]) => {
      const api = window.weftRuntimeTest as unknown as Record<string, (...a: unknown[]) => unknown>;
      return api[fn]!(...fnArgs);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<RuntimePageApi[K]>>>;
}
