/**
 * The app's load figures: the JavaScript a first visit downloads before it can paint (gzip), and
 * the time from the click on play to the first sound, on a cold load from localhost, in headless
 * Chromium. Run by `npm run bench`; `RUNS=9 npm run bench -- app` makes 9 visits per figure
 * instead of 3 (the figures move by tens of milliseconds from one run to the next).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildAndServe, launchBrowser, newVisitor, waitForApp } from '../test/e2e/harness.ts';

/** The initial-JS budget of issue 5, in gzip bytes. */
const BUDGET = 250 * 1024;
/** The first-sound budget, in milliseconds after the click. */
const FIRST_SOUND_BUDGET = 1000;

/**
 * The scripts a first visit loads before the app runs: the page's module scripts and module
 * preloads, and every chunk they import statically (dynamic `import()`s are left out).
 */
async function initialScripts(dist: string): Promise<string[]> {
  const html = await readFile(join(dist, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]+type="module"[^>]+src="\/([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((m) => (m[1] ?? m[2])!);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(join(dist, file), 'utf8');
    const dir = file.replace(/[^/]*$/, '');
    // Static imports in minified output: `import ... from"./x.js"` and bare `import"./x.js"`.
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(dir + m[1]!.slice(2));
  }
  return [...seen];
}

/** The gzip size of the page's initial scripts (gzip level 9, as Vite reports sizes). */
async function initialSize(dist: string): Promise<{ files: string[]; raw: number; gzip: number }> {
  const files = await initialScripts(dist);
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/**
 * One cold visit: a fresh browser context (empty cache and storage), the page loaded, play clicked
 * `delay` ms after the app starts; returns the milliseconds from the click to the first non-zero
 * output sample (polled in the page every millisecond from a tap on the output).
 */
async function clickToSound(browser: Browser, url: string, delay: number): Promise<number> {
  const context = await newVisitor(browser);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await waitForApp(page);
    await page.waitForTimeout(delay);
    await page.evaluate(() => {
      const w = window as unknown as { __weftFirstSound?: Promise<number> };
      const button = document.querySelector('[data-action="play"]')!;
      w.__weftFirstSound = new Promise<number>((resolve) => {
        button.addEventListener(
          'click',
          () => {
            const clicked = performance.now();
            let data = new Float32Array(0);
            const poll = setInterval(() => {
              const tap = (window as unknown as { __weftTap?: AnalyserNode }).__weftTap;
              if (tap === undefined) return;
              // The whole window: a shorter array would get its oldest samples.
              if (data.length !== tap.fftSize) data = new Float32Array(tap.fftSize);
              tap.getFloatTimeDomainData(data);
              if (data.some((x) => x !== 0)) {
                clearInterval(poll);
                resolve(performance.now() - clicked);
              }
            }, 1);
          },
          { capture: true, once: true },
        );
      });
    });
    await page.click('[data-action="play"]');
    return await page.evaluate(() => (window as unknown as { __weftFirstSound: Promise<number> }).__weftFirstSound);
  } finally {
    await context.close();
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Prints the initial bundle size and the click-to-first-sound time. */
export async function benchApp(): Promise<void> {
  const [served, browser] = await Promise.all([buildAndServe(), launchBrowser()]);
  try {
    const size = await initialSize(served.dist);
    console.log('\n## App load (vite build, served from localhost, headless Chromium)\n');
    console.log(`initial JS: ${(size.gzip / 1024).toFixed(1)} KB gzip (${(size.raw / 1024).toFixed(1)} KB raw, ${size.files.length} files: ${size.files.join(', ')}); target <= ${BUDGET / 1024} KB`);
    for (const [delay, what] of [[0, 'clicked as soon as the app starts'], [2000, 'clicked 2 s after it starts']] as const) {
      const times: number[] = [];
      for (let i = 0; i < Number(process.env["RUNS"] ?? 3); i++) times.push(await clickToSound(browser, served.url, delay));
      console.log(`click to first sound, cold load, ${what}: median ${median(times).toFixed(0)} ms (runs ${times.map((t) => t.toFixed(0)).join(', ')}); target <= ${FIRST_SOUND_BUDGET} ms`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
}
