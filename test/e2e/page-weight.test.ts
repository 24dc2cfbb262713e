// The first screen's weight: the gzipped JavaScript a first visit downloads before the first
// click, for the page and every worker it starts (see first-screen.ts), within issue 10's budget;
// and what is left out of it (the engine's worklet, added with the first click; the type
// stripper, the rest of the editor, after the first sound) loads and works.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadTable, firstScreen, openFirstScreen, recordDownloads } from './first-screen.ts';
import { buildAndServe, EDITOR, launchBrowser, typeCode, type ServedApp } from './harness.ts';

/** The first screen's budget, in gzipped bytes. */
const BUDGET = 250 * 1024;

let browser: Browser;
let served: ServedApp;

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const named = (paths: readonly string[], name: string): boolean => paths.some((p) => p.includes(`/${name}-`));

describe('the first screen', () => {
  it('downloads at most 250 KB of gzipped JavaScript, the workers it starts included', async () => {
    const downloads = await firstScreen(browser, served.url);
    console.log(`first screen:\n${downloadTable(downloads)}`);
    const paths = downloads.map((d) => d.path);
    // The measure sees the page and every worker started before a click, not only the page.
    for (const part of ['index', 'runtime-worker', 'performer-worker']) expect(named(paths, part), `${part} is among ${paths.join(', ')}`).toBe(true);
    // The engine's worklet (the synths and effects) is added with the first click, not before.
    expect(named(paths, 'processor'), `processor is not among ${paths.join(', ')}`).toBe(false);
    expect(downloads.reduce((sum, d) => sum + d.gzip, 0)).toBeLessThanOrEqual(BUDGET);
  }, 120_000);

  it('loads the type stripper and the editing features after the first sound, and then plays TypeScript', async () => {
    const recorder = await recordDownloads(browser);
    try {
      const page = await openFirstScreen(browser, served.url);
      await recorder.idle();
      const before = recorder.scripts().map((d) => d.path);
      expect(named(before, 'strip-types')).toBe(false);
      expect(named(before, 'editing-full')).toBe(false);
      expect(named(before, 'processor')).toBe(false);

      await page.click('[data-action="play"]');
      await page.waitForFunction(() => window.weft!.status().peakDb > -40, undefined, { timeout: 10_000 });
      await recorder.idle();
      const after = recorder.scripts().map((d) => d.path);
      expect(named(after, 'strip-types')).toBe(true);
      expect(named(after, 'editing-full')).toBe(true);
      expect(named(after, 'processor')).toBe(true);

      // Types, generics and a cast: the performer realm strips them with what it loaded.
      await typeCode(page, 'const root: string = "c3"\n$: note(sequence<string>(root, "g3")).s("square") as Pattern<unknown>');
      await page.keyboard.press('Control+Enter');
      await page.waitForFunction(() => [...document.querySelectorAll('.cm-weft-sounding')].some((m) => m.textContent === 'g3'), undefined, { timeout: 10_000 });
      expect((await page.evaluate(() => window.weft!.status())).error).toBeNull();
      expect(await page.textContent(EDITOR)).toContain('sequence<string>');
      await page.context().close();
    } finally {
      await recorder.stop();
    }
  }, 120_000);
});
