// The language service in headless Chromium, wired into the editor as the app wires it: loaded
// only when created, completions, hover docs, warnings at the right range, code with a type
// error still playing, and the reference and tutorial pages.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../scripts/gen-dsl-dts.ts';
import { workerChunks } from '../../scripts/worker-chunks.ts';
import { launchChromium } from '../browser/harness.ts';
import type { IntelPageApi } from './browser/page-api.ts';

const FIXTURE = fileURLToPath(new URL('./browser/', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

let browser: Browser;
let server: ViteDevServer;
let cacheDir: string;
let page: Page;
let coldStartMs = 0;

async function call<K extends keyof IntelPageApi>(name: K, ...args: Parameters<IntelPageApi[K]>): Promise<Awaited<ReturnType<IntelPageApi[K]>>> {
  return page.evaluate(
    async ([fn, fnArgs]) => {
      const api = window.weftIntel as unknown as Record<string, (...a: unknown[]) => unknown>;
      return api[fn]!(...fnArgs);
    },
    [name, args] as [string, unknown[]],
  ) as Promise<Awaited<ReturnType<IntelPageApi[K]>>>;
}

beforeAll(async () => {
  // The page fetches generated/: make it from the current sources.
  generate();
  cacheDir = await mkdtemp(join(tmpdir(), 'weft-intel-vite-'));
  server = await createServer({
    root: FIXTURE,
    configFile: false,
    // The workers as the app builds them (see scripts/worker-chunks.ts).
    plugins: [workerChunks()],
    logLevel: 'error',
    cacheDir,
    server: { host: '127.0.0.1', port: 0, hmr: false, fs: { allow: [REPO] } },
    // TypeScript is CommonJS: pre-bundled for the worker, as the app's Vite config must do too.
    optimizeDeps: { include: ['typescript-js', 'sucrase'] },
    worker: { format: 'es' },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (address === null || address === undefined || typeof address === 'string') throw new Error('no port');
  browser = await launchChromium();
  page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.waitForFunction(() => window.weftIntel !== undefined, undefined, { timeout: 30_000 }).catch(() => {
    throw new Error(`the test page did not start: ${errors.join('; ')}`);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (cacheDir !== undefined) await rm(cacheDir, { recursive: true, force: true });
});

describe('createIntel in the browser', () => {
  it('loads no TypeScript before it is created, then starts in its worker', async () => {
    const before = await call('loadedResources');
    expect(before.filter((url) => /typescript|dsl-files/.test(url))).toEqual([]);
    coldStartMs = await call('startIntel');
    expect(coldStartMs).toBeGreaterThan(0);
    console.log(`intel cold start in Chromium: ${Math.round(coldStartMs)} ms (in the worker, after its script loaded)`);
  }, 120_000);

  it('offers lpf after note("c"). with its signature and doc', async () => {
    const code = 'note("c").';
    const shown = await call('completions', code, code.length);
    const lpf = shown.find((c) => c.label === 'lpf');
    expect(lpf?.detail).toMatch(/^lpf\(/);
    expect(lpf?.info).toMatch(/low-pass/i);
  });

  it('offers sound names inside s("...")', async () => {
    const code = 's("bd s';
    const labels = (await call('completions', code, code.length)).map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(['sd', 'sawtooth']));
  });

  it('shows fast\'s doc when the pointer rests on it', async () => {
    const code = 's("bd sd").fast(2)';
    const { x, y } = await call('coordsOf', code, code.indexOf('fast') + 1);
    await page.mouse.move(0, 0);
    await page.mouse.move(x, y);
    const tooltip = page.locator('.cm-tooltip-hover');
    await tooltip.waitFor({ timeout: 10_000 });
    const text = await tooltip.textContent();
    expect(text).toContain('Speeds a pattern up by a factor.');
    expect(text).toContain('fast(factor: PatternArg<number>)');
    await page.mouse.move(0, 0);
  });

  it('shows signature help inside a call, the argument being typed underlined', async () => {
    await call('type', 's("bd sd").every(3, ');
    const tooltip = page.locator('.cm-weft-signature');
    await tooltip.waitFor({ timeout: 10_000 });
    expect(await tooltip.locator('.cm-weft-signature-label').textContent()).toMatch(/^every\(n: PatternArg<number>, f: Transform<Controls>\)/);
    expect(await tooltip.locator('.cm-weft-signature-active').textContent()).toBe('f: Transform<Controls>');
    // Its doc's `code` spans show as code, not as backticks.
    expect(await tooltip.locator('.cm-weft-signature-doc').textContent()).not.toContain('`');
    await call('type', '');
  });

  it('shows .fast(true) as a warning on the argument', async () => {
    const code = 's("bd sd").fast(true)';
    const warnings = await call('warnings', code, 10_000);
    expect(warnings).toMatchObject([{ from: code.indexOf('true'), to: code.indexOf('true') + 4, severity: 'warning' }]);
    expect(await page.locator('.cm-weft-problem-warning').count()).toBeGreaterThan(0);
  });

  it('still plays code with a type error: warnings do not block evaluation', async () => {
    const code = 'const level: string = 0.8\n$: s("bd*4").gain(level)';
    const warnings = await call('warnings', code, 10_000);
    expect(warnings.length).toBe(1);
    const played = await call('play', code);
    expect(played).toMatchObject({ ok: true });
    expect(played.haps).toBeGreaterThan(0);
    await call('stop');
  }, 30_000);
});

describe('the reference and tutorial pages', () => {
  it('render the reference, search it, and play an example with one click', async () => {
    const { all, found } = await call('renderReference', 'lpf');
    expect(all).toBeGreaterThan(30);
    expect(found[0]).toBe('lpf');
    // The docs' `code` spans show as code, not as backticks.
    const prose = await page.$$eval('.weft-ref-summary, .weft-ref-details', (ps) => ({
      ticks: ps.reduce((n, p) => n + (p.textContent ?? '').split('`').length - 1, 0),
      code: ps.reduce((n, p) => n + p.querySelectorAll('code').length, 0),
    }));
    expect(prose.ticks).toBe(0);
    expect(prose.code).toBeGreaterThan(0);
    await call('takeHaps');
    await page.locator('#ref-lpf .weft-example-play').first().click();
    await page.waitForFunction(() => (window.weftIntel as IntelPageApi).takeHaps() > 0, undefined, { timeout: 10_000, polling: 100 });
    await call('stop');
  }, 30_000);

  it('render the tutorial, and play a step with one click', async () => {
    const titles = await call('renderTutorial');
    expect(titles.length).toBeGreaterThanOrEqual(9);
    expect(titles[0]).toMatch(/first sound/i);
    await call('takeHaps');
    await page.locator('#tutorial-notes .weft-example-play').click();
    await page.waitForFunction(() => (window.weftIntel as IntelPageApi).takeHaps() > 0, undefined, { timeout: 10_000, polling: 100 });
    await call('stop');
  }, 30_000);
});
