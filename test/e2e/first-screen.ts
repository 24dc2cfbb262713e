// What a visit downloads, as Chromium downloads it: every JavaScript response of the page and of
// every worker and worklet it starts (the runtime worker and its standby, the performer realm and
// its spare; the engine's worklet once there is a click). Seen through the browser's own request interception (Fetch,
// at the browser level), which also sees what workers and worklets fetch.
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { newVisitor, waitForApp } from './harness.ts';

/** One script as downloaded: its path, its size, and its size gzipped (level 9, as Vite reports). */
export interface Download {
  readonly path: string;
  readonly bytes: number;
  readonly gzip: number;
}

/** How long the network must be quiet to count as idle (ms). */
const QUIET = 2000;
/** The longest a screen may take to load (ms): far more than it needs, so a hang fails clearly. */
const LIMIT = 60_000;

interface Paused {
  readonly requestId: string;
  readonly request: { readonly url: string };
  readonly responseHeaders?: readonly { readonly name: string; readonly value: string }[];
}

/** The scripts downloaded so far (each URL once, as a browser downloads it once), and a wait for network idle. */
export interface DownloadRecorder {
  scripts(): Download[];
  /** Resolves once no request has been in flight for {@link QUIET} ms. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Records the scripts every page, worker and worklet of `browser` downloads from now on. */
export async function recordDownloads(browser: Browser): Promise<DownloadRecorder> {
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const scripts = new Map<string, Download>();
  let pending = 0;
  let last = Date.now();
  cdp.on('Fetch.requestPaused', (event: Paused) => {
    pending++;
    last = Date.now();
    void (async () => {
      try {
        const type = event.responseHeaders?.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '';
        const path = new URL(event.request.url).pathname;
        if (/javascript/.test(type) && !scripts.has(path)) {
          const { body, base64Encoded } = await cdp.send('Fetch.getResponseBody', { requestId: event.requestId });
          const bytes = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
          scripts.set(path, { path, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
        }
      } finally {
        await cdp.send('Fetch.continueRequest', { requestId: event.requestId }).catch(() => undefined);
        pending--;
        last = Date.now();
      }
    })();
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Response' }] });
  return {
    scripts: () => [...scripts.values()].sort((a, b) => b.gzip - a.gzip),
    async idle() {
      const started = Date.now();
      while (pending > 0 || Date.now() - last < QUIET) {
        if (Date.now() - started > LIMIT) throw new Error(`the network was still busy after ${LIMIT} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      await cdp.send('Fetch.disable').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** Opens the app as a fresh visitor and waits until it is ready for the first click: started, its audio prepared (the runtime and its workers started). */
export async function openFirstScreen(browser: Browser, url: string): Promise<Page> {
  const context = await newVisitor(browser);
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  await page.waitForFunction(() => document.getElementById('app')?.dataset['audio'] === 'suspended', undefined, { timeout: LIMIT });
  return page;
}

/** The first screen: every script downloaded until the network is idle after the app is ready for the first click. */
export async function firstScreen(browser: Browser, url: string): Promise<Download[]> {
  const recorder = await recordDownloads(browser);
  try {
    const page = await openFirstScreen(browser, url);
    await recorder.idle();
    await page.context().close();
    return recorder.scripts();
  } finally {
    await recorder.stop();
  }
}

/** The downloads as a table: gzip KB, raw KB and path, largest first, and the total. */
export function downloadTable(downloads: readonly Download[]): string {
  const kb = (n: number): string => (n / 1024).toFixed(1).padStart(7);
  const total = downloads.reduce((sum, d) => sum + d.gzip, 0);
  const rows = downloads.map((d) => `${kb(d.gzip)} ${kb(d.bytes)}  ${d.path}`);
  return [' gzip KB  raw KB  script', ...rows, `${kb(total)}          total (${downloads.length} files)`].join('\n');
}
