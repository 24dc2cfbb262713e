// The visuals the code asks for, in the built app in headless Chromium, as a performer types them:
// `._pianoroll()` and `._scope()` under their line, `.pianoroll()` behind the code, and the outputs
// weft lacks (`.midi()`) accepted with a warning at the call. Screenshots go to test-output/.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, launchBrowser, newVisitor, openApp, typeCode, type ServedApp } from './harness.ts';

const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

let browser: Browser;
let served: ServedApp;
let visitor: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
  visitor = await newVisitor(browser);
  page = await openApp(visitor, served.url, errors);
  await mkdir(OUTPUT, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Plays `code` as typed, and waits until it sounds. */
async function play(code: string): Promise<void> {
  await typeCode(page, code);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() => window.weft!.status().playing && window.weft!.status().peakDb > -40, undefined, { timeout: 10_000 });
}

/** How many pixels of `selector`'s canvas are drawn (not transparent), and a digest of them. */
function inked(selector: string): Promise<{ width: number; height: number; drawn: number; digest: number; top: number }> {
  return page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let drawn = 0;
    let digest = 0;
    for (let i = 3; i < data.length; i += 4) {
      if (data[i]! > 0) drawn++;
      digest = (digest * 31 + data[i - 3]! + data[i - 2]! * 7 + data[i]!) % 1_000_003;
    }
    return { width: c.width, height: c.height, drawn, digest, top: c.getBoundingClientRect().top };
  });
}

/** The top (in CSS pixels) of the editor's line `n` (from 1). */
function lineTop(n: number): Promise<number> {
  return page.$$eval('[data-testid="editor"] .cm-line', (lines, i) => lines[i]!.getBoundingClientRect().top, n - 1);
}

describe('visuals in the code', () => {
  it('plays note("c e g").s("sine")._pianoroll() and draws its notes under its line, without lighting the call', async () => {
    await play('$: note("c e g").s("sine")._pianoroll()\n$: note("c2").s("square").gain(0.2)');
    const canvas = '[data-testid="editor"] .cm-weft-visual-pianoroll canvas';
    await page.waitForSelector(canvas);
    await page.waitForFunction((selector) => {
      const c = document.querySelector(selector) as HTMLCanvasElement | null;
      if (c === null || c.width === 0) return false;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn++;
      return drawn > 500;
    }, canvas, { timeout: 10_000 });
    const roll = await inked(canvas);
    // Under the first line, above the second.
    expect(roll.top).toBeGreaterThan(await lineTop(1));
    expect(roll.top).toBeLessThan(await lineTop(2));
    expect(roll.drawn).toBeGreaterThan(500);
    const lit = await page.$$eval('.cm-weft-sounding', (marks) => marks.map((m) => m.textContent ?? ''));
    expect(lit.some((text) => ['c', 'e', 'g'].includes(text))).toBe(true);
    expect(lit.filter((text) => text.includes('pianoroll'))).toEqual([]);
    await page.screenshot({ path: `${OUTPUT}inline-pianoroll.png` });
  });

  it('draws only the notes that went through the call', async () => {
    // The square's c2 is not in the roll: its notes span c, e and g only (a fold of three rows).
    const rows = await page.evaluate(() => document.querySelectorAll('.cm-weft-visual-pianoroll').length);
    expect(rows).toBe(1);
  });

  it('selects the code of a note clicked in the inline pianoroll', async () => {
    const box = (await page.locator('.cm-weft-visual-pianoroll canvas').boundingBox())!;
    // Now is in the middle: the sounding note crosses it.
    const x = box.x + box.width / 2 - 3;
    const found: string[] = [];
    for (let y = box.y + 2; y < box.y + box.height && found.filter((t) => t !== '').length === 0; y += 3) {
      await page.mouse.click(x, y);
      found.push(await page.evaluate(() => window.getSelection()?.toString() ?? ''));
    }
    expect(found.filter((t) => t !== '')).toHaveLength(1);
    expect(['c', 'e', 'g']).toContain(found.find((t) => t !== ''));
  });

  it('draws a moving waveform for ._scope()', async () => {
    await play('note("c3 <e3 g3>").s("sawtooth").lpf(900)._scope({ thickness: 2 })');
    const canvas = '.cm-weft-visual-scope canvas';
    await page.waitForSelector(canvas);
    await page.waitForTimeout(300);
    const first = await inked(canvas);
    await page.waitForTimeout(250);
    const second = await inked(canvas);
    expect(first.drawn).toBeGreaterThan(200);
    expect(second.drawn).toBeGreaterThan(200);
    expect(second.digest).not.toBe(first.digest);
    await page.screenshot({ path: `${OUTPUT}inline-scope.png` });
  });

  it('draws the plain .pianoroll() behind the code, and removes the inline one', async () => {
    await play('note("c4 d4 e4 f4").s("triangle").pianoroll({ cycles: 2 })');
    expect(await page.$$('.cm-weft-visual')).toHaveLength(0);
    await page.waitForFunction(() => {
      const c = document.querySelector('.cm-weft-backdrop') as HTMLCanvasElement | null;
      if (c === null || c.hidden || c.width === 0) return false;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn++;
      return drawn > 2000;
    }, undefined, { timeout: 10_000 });
    await page.screenshot({ path: `${OUTPUT}background-pianoroll.png` });
  });

  it('plays code with .midi() and says at the call that MIDI is not connected', async () => {
    await play('note("c e").s("sine").midi()');
    const warning = page.locator('.cm-weft-problem-warning');
    await expect.poll(() => warning.allTextContents()).toEqual(['midi()']);
    const message = await page.locator('.cm-weft-problem-message-warning').textContent();
    expect(message).toMatch(/^MIDI output is not connected/);
    expect(await page.locator('.cm-weft-problem-error').count()).toBe(0);
    // The next evaluation without it clears the warning.
    await play('note("c e").s("sine")');
    await expect.poll(() => warning.count()).toBe(0);
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
