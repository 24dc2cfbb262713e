// Node side of the app's end-to-end tests: builds the app with `vite build` (the repository's own
// config, as `npm run build` does), serves the output with `vite preview`, and drives Debian's
// Chromium with playwright-core. Audio is captured by a tap on whatever connects to the output.
// Under vitest the build is made once per run and shared by every e2e file (test/global-setup.ts).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM } from '../browser/harness.ts';
import { runDir, writeWhole } from '../run-dir.ts';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Chromium as a visitor's browser is: unlike the worklet tests, audio may start only after a
 * click or a key press, so the app's "click to start audio" state is real here.
 */
const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Launches headless Chromium (never downloads one). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set WEFT_CHROMIUM`);
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** The built app, served. */
export interface ServedApp {
  readonly url: string;
  /** The build's output directory, shared by every e2e file of the run: read it, never write to it. */
  readonly dist: string;
  close(): Promise<void>;
}

/** How long a test file waits for the shared build another file is making. */
const BUILD_WAIT_MS = 10 * 60_000;

/** Builds the app (index.html at the repository's root) into `dist`. */
async function buildApp(dist: string, cacheDir: string): Promise<void> {
  await build({ root: REPO, logLevel: 'error', cacheDir, build: { outDir: dist, emptyOutDir: true } });
}

/** This vitest run's directory for the shared build (test/global-setup.ts), if there is one. */
async function runBuildDir(): Promise<string | undefined> {
  const run = runDir();
  if (run === undefined) return undefined;
  const dir = join(run, 'app-build');
  await mkdir(dir, { recursive: true });
  return dir;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An error's message and stack (a bundler's stack may not start with its message). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const stack = error.stack ?? '';
  return stack.includes(error.message) ? stack : `${error.message}\n${stack}`;
}

/**
 * Makes sure `dir/dist` holds the app's build, made once for every test file (and worker process)
 * of the run: the first caller takes the lock (an atomic `mkdir`) and builds, then writes `done`,
 * or `failed` with the build's error, which every other caller then throws too. The others poll.
 */
async function sharedBuild(dir: string): Promise<void> {
  const lock = join(dir, 'lock');
  const done = join(dir, 'done');
  const failed = join(dir, 'failed');
  let owner = false;
  try {
    await mkdir(lock);
    owner = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (owner) {
    await writeFile(join(lock, 'pid'), String(process.pid));
    try {
      await buildApp(join(dir, 'dist'), join(dir, 'cache'));
    } catch (error) {
      writeWhole(failed, describeError(error));
      throw error;
    }
    writeWhole(done, '');
    return;
  }
  const deadline = Date.now() + BUILD_WAIT_MS;
  const outcome = async (): Promise<boolean> => {
    if (existsSync(done)) return true;
    if (existsSync(failed)) throw new Error(`the app's build (shared by the e2e tests, made by another test file) failed:\n${await readFile(failed, 'utf8')}`);
    return false;
  };
  for (;;) {
    if (await outcome()) return;
    const pid = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
    if (pid > 0 && !isAlive(pid)) {
      if (await outcome()) return;
      throw new Error(`the process building the app for the e2e tests (pid ${pid}) ended before the build did`);
    }
    if (Date.now() > deadline) throw new Error(`the app's build for the e2e tests did not finish in ${BUILD_WAIT_MS / 1000} s`);
    await sleep(200);
  }
}

/**
 * Serves the built app with `vite preview`. Under vitest the build is this run's shared one,
 * made by the first file that asks (`close` leaves it to the global setup's teardown); elsewhere
 * (the benches) the app is built into a temporary directory of its own, removed by `close`.
 */
export async function buildAndServe(): Promise<ServedApp> {
  const shared = await runBuildDir();
  const dir = shared ?? (await mkdtemp(join(tmpdir(), 'weft-e2e-')));
  const dist = join(dir, 'dist');
  const cacheDir = join(dir, 'cache');
  if (shared !== undefined) await sharedBuild(shared);
  else await buildApp(dist, cacheDir);
  const server = await preview({ root: REPO, logLevel: 'error', cacheDir, build: { outDir: dist }, preview: { host: '127.0.0.1', port: 0, strictPort: false } });
  const address = server.httpServer.address() as AddressInfo | string | null;
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    dist,
    close: async () => {
      await server.close();
      if (shared === undefined) await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs in the page before its scripts: every node connected to an AudioContext's destination is
 * also connected to a large AnalyserNode (`window.__weftTap`), the test's view of the output.
 */
function installTap(): void {
  const connect = AudioNode.prototype.connect as (this: AudioNode, destination: AudioNode | AudioParam, ...rest: number[]) => AudioNode | undefined;
  AudioNode.prototype.connect = function (this: AudioNode, destination: AudioNode | AudioParam, ...rest: number[]) {
    const result = connect.call(this, destination, ...rest);
    if (destination instanceof AudioDestinationNode) {
      const tap = this.context.createAnalyser();
      tap.fftSize = 32768;
      connect.call(this, tap);
      (window as unknown as { __weftTap: AnalyserNode }).__weftTap = tap;
    }
    return result;
  } as typeof AudioNode.prototype.connect;
}

/** A fresh visitor (empty storage) with the audio tap, downloads allowed. */
export async function newVisitor(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  await context.addInitScript(installTap);
  return context;
}

/** Opens the app and waits for `window.weft`; page errors are collected in `errors`. */
export async function openApp(context: BrowserContext, url: string, errors: string[] = []): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await waitForApp(page, errors);
  return page;
}

/** Waits until the app (after a load or reload) has started. */
export async function waitForApp(page: Page, errors: string[] = []): Promise<void> {
  try {
    await page.waitForFunction(() => window.weft !== undefined, undefined, { timeout: 20_000 });
  } catch (error) {
    throw new Error(`the app did not start: ${errors.join('; ') || String(error)}`);
  }
}

/** The latest samples of the output (about 0.68 s at 48 kHz), and the sample rate; empty before audio. */
export async function captureOutput(page: Page): Promise<{ samples: number[]; sampleRate: number }> {
  return page.evaluate(() => {
    const tap = (window as unknown as { __weftTap?: AnalyserNode }).__weftTap;
    if (tap === undefined) return { samples: [], sampleRate: 0 };
    const data = new Float32Array(tap.fftSize);
    tap.getFloatTimeDomainData(data);
    return { samples: Array.from(data), sampleRate: tap.context.sampleRate };
  });
}

/** The performer's editor's content (the learning pages have editors of their own). */
export const EDITOR = '[data-testid="editor"] .cm-content';

/** The text of the editor's document. */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate((editor) => {
    const lines = [...document.querySelectorAll(`${editor} .cm-line`)];
    return lines.map((line) => line.textContent ?? '').join('\n');
  }, EDITOR);
}

/**
 * Replaces the editor's document by typing, as a performer would: select all, then type `code`
 * (bracket closing is skipped over as typed). Newlines are typed as Enter and the editor's
 * auto-indent is removed again, so the document is exactly `code`.
 */
export async function typeCode(page: Page, code: string): Promise<void> {
  await page.click(EDITOR);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  const lines = code.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) {
      // Escape first: an open completion popup would take the Enter.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      // Drop any auto-indent, so the line starts where the code says.
      await page.keyboard.press('Shift+Home');
      await page.keyboard.press('Delete');
    }
    await page.keyboard.type(line);
  }
}

/**
 * Replaces the document as a paste does, and evaluates it (Ctrl+Enter); resolves to the page's
 * `performance.now()` at the key, which the page also keeps as `window.pressedAt` (the moment a
 * performer starts waiting, timed in the page: the driver's round trips, slow on a loaded
 * machine, are not what the performer waits for).
 */
export async function pasteAndPlay(page: Page, code: string): Promise<number> {
  await page.click(EDITOR);
  await page.keyboard.press('Control+a');
  await page.evaluate(({ editor, text }) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.querySelector(editor)!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    const w = window as { pressedAt?: number };
    delete w.pressedAt;
    window.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.ctrlKey && w.pressedAt === undefined) w.pressedAt = performance.now();
    }, { capture: true });
  }, { editor: EDITOR, text: code });
  await page.keyboard.press('Control+Enter');
  return page.evaluate(() => (window as { pressedAt?: number }).pressedAt!);
}
