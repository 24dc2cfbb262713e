// Node side of the editor's browser tests: serves test/editor/fixture with Vite's dev server and
// drives it in Debian's Chromium (launched by test/browser/harness.ts; no browser is downloaded).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createServer } from 'vite';
import type { EditorPageApi } from './fixture/page-api.ts';

const FIXTURE = fileURLToPath(new URL('./fixture/', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** A running server for the editor page. */
export interface EditorPageServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the editor fixture page on a free port of 127.0.0.1. */
export async function serveEditorPage(): Promise<EditorPageServer> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'weft-editor-vite-'));
  const server = await createServer({
    root: FIXTURE,
    configFile: false,
    logLevel: 'error',
    cacheDir,
    server: { host: '127.0.0.1', port: 0, hmr: false, fs: { allow: [REPO] } },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('editor page server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: async () => {
      await server.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}

/** Opens the editor page and waits for `window.weftEditorTest`; page errors are collected. */
export async function openEditorPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await waitForApi(page, errors);
  return { page, errors };
}

/** Waits until the page (after a load or reload) has its test surface. */
export async function waitForApi(page: Page, errors: string[] = []): Promise<void> {
  try {
    await page.waitForFunction(() => window.weftEditorTest !== undefined, undefined, { timeout: 20_000 });
  } catch (error) {
    throw new Error(`editor page did not start: ${errors.join('; ') || String(error)}`);
  }
}

/** Calls one of the page's test functions (arguments must survive serialization). */
export async function onPage<K extends keyof EditorPageApi>(
  page: Page,
  name: K,
  ...args: Parameters<EditorPageApi[K]>
): Promise<ReturnType<EditorPageApi[K]>> {
  return page.evaluate(
    ([fn, fnArgs]) => {
      const api = window.weftEditorTest as unknown as Record<string, (...a: unknown[]) => unknown>;
      const call = api[fn];
      if (!call) throw new Error(`no page function ${fn}`);
      return call(...fnArgs);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<ReturnType<EditorPageApi[K]>>;
}
