// The visuals the code asks for, in the built app in headless Chromium, as a performer types them:
// `._pianoroll()` and `._scope()` under their line, `.pianoroll()` behind the code, and the outputs
// weft lacks (`.csound()`) accepted with a warning at the call. Screenshots go to test-output/.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rms } from '../browser/signal.ts';
import { buildAndServe, captureOutput, editorText, launchBrowser, newVisitor, openApp, typeCode, type ServedApp } from './harness.ts';

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
    // Under the first line, above the second. Read together, and again until they agree: the
    // editor draws its widgets anew when it is reconfigured (the editing features load after the
    // first sound), and an element being replaced has no place for a moment.
    const places = (): Promise<number[]> =>
      page.evaluate((selector) => {
        const lines = document.querySelectorAll('[data-testid="editor"] .cm-line');
        const top = (e: Element | null | undefined): number => e?.getBoundingClientRect().top ?? NaN;
        return [top(lines[0]), top(document.querySelector(selector)), top(lines[1])];
      }, canvas);
    await expect.poll(async () => {
      const [first, widget, second] = await places();
      return first! < widget! && widget! < second!;
    }).toBe(true);
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
    const canvas = page.locator('.cm-weft-visual-pianoroll canvas');
    // Where a note is drawn now: a pixel of a box near the middle (now), not the playhead's yellow.
    // The boxes move left as time goes on: a click that comes too late for its box tries again.
    const spotNow = () =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        // A widget being replaced has no size for a moment: nothing to read then.
        if (!c.isConnected || c.width === 0 || c.clientWidth === 0) return undefined;
        const g = c.getContext('2d')!;
        const ratio = c.width / c.clientWidth;
        for (let dx = 4; dx < 60; dx += 4) {
          for (const x of [c.width / 2 + dx * ratio, c.width / 2 - dx * ratio]) {
            const column = g.getImageData(Math.round(x), 0, 1, c.height).data;
            for (let y = 0; y < c.height; y++) {
              const [r, gr, b, a] = [column[y * 4]!, column[y * 4 + 1]!, column[y * 4 + 2]!, column[y * 4 + 3]!];
              if (a > 200 && b > r && b > 120 && !(r > 200 && gr > 150 && b < 100)) return { x: x / ratio, y: y / ratio + 1 };
            }
          }
        }
        return undefined;
      });
    let selected = '';
    for (let attempt = 0; attempt < 10 && selected === ''; attempt++) {
      // No note under the playhead just now (the roll moves on), or the widget being redrawn: look again a moment later.
      const spot = await spotNow().catch(() => undefined);
      const box = await canvas.boundingBox();
      if (spot === undefined || spot === null || box === null) {
        await page.waitForTimeout(150);
        continue;
      }
      await page.mouse.click(box.x + spot.x, box.y + spot.y);
      selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
    }
    expect(['c', 'e', 'g']).toContain(selected);
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

  it('plays code with .csound() and says at the call that Csound is not available', async () => {
    await play('note("c e").s("sine").csound()');
    const warning = page.locator('.cm-weft-problem-warning');
    // The underline is split where the highlighting is: its pieces read `csound()`.
    await expect.poll(async () => (await warning.allTextContents()).join('')).toBe('csound()');
    const message = await page.locator('.cm-weft-problem-message-warning').textContent();
    expect(message).toMatch(/^Csound is not available in weft/);
    expect(await page.locator('.cm-weft-problem-error').count()).toBe(0);
    // The next evaluation without it clears the warning.
    await play('note("c e").s("sine")');
    await expect.poll(() => warning.count()).toBe(0);
  });

  it('says at its name that a sound is unknown, in the code and the status, and never lights it', async () => {
    // Seen by an observer from the first frame on: was "jazz" ever lit as sounding?
    await page.evaluate(`window.__jazzLit = false; new MutationObserver(() => {
      for (const m of document.querySelectorAll('.cm-weft-sounding')) if (m.textContent === 'jazz') window.__jazzLit = true;
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })`);
    await play('s("bd*2 jazz hh")');
    const warning = page.locator('.cm-weft-problem-warning');
    await expect.poll(async () => (await warning.allTextContents()).join(''), { timeout: 10_000 }).toBe('jazz');
    const message = await page.locator('.cm-weft-problem-message-warning').textContent();
    expect(message).toContain('unknown sound "jazz"');
    expect(message).toContain("samples('github:tidalcycles/dirt-samples')");
    await expect.poll(() => page.locator('.toast').textContent()).toContain('line 1: unknown sound "jazz"');
    // The known sounds light; the unknown one never does.
    await page.waitForFunction(() => [...document.querySelectorAll('.cm-weft-sounding')].some((m) => m.textContent === 'hh'));
    await page.waitForTimeout(2500);
    expect(await page.evaluate('window.__jazzLit')).toBe(false);
    await page.screenshot({ path: `${OUTPUT}unknown-sound.png` });
    // A near miss gets a suggestion; fixing it clears the warning.
    await play('s("bd*2 hhh")');
    await expect.poll(() => page.locator('.cm-weft-problem-message-warning').textContent(), { timeout: 10_000 }).toContain('did you mean "hh"?');
    await play('s("bd*2 hh")');
    await expect.poll(() => warning.count()).toBe(0);
    // A bank weft does not model plays weft's kit, and says so at the bank's name.
    await play('s("bd*2 sd").bank("LinnDrum")');
    await expect.poll(async () => (await warning.allTextContents()).join(''), { timeout: 10_000 }).toBe('LinnDrum');
    expect(await page.locator('.cm-weft-problem-message-warning').textContent()).toMatch(/^bank "LinnDrum" is not built in/);
  });

  it('draws slider(0.5) in the code: dragging it changes the level heard and the number in the code, with no evaluation', async () => {
    await play('note("a4*8").s("sine").gain(slider(0.5))');
    const slider = page.locator('[data-testid="editor"] input.cm-weft-slider');
    await slider.waitFor();
    await page.waitForTimeout(1200);
    const level = async (): Promise<number> => {
      const { samples } = await captureOutput(page);
      return rms(samples, 0, samples.length);
    };
    const before = await level();
    const evaluations = await page.evaluate(() => window.weft!.status().eventsScheduled);
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const text = await editorText(page);
    const written = Number(/slider\(([\d.]+)\)/.exec(text)?.[1]);
    expect(written).toBeLessThan(0.2);
    expect(written).toBeGreaterThan(0);
    await page.waitForTimeout(2000);
    const after = await level();
    // At least 6 dB quieter (20·log10(0.5 / written) before the master's dynamics).
    expect(20 * Math.log10(before / after)).toBeGreaterThan(6);
    // It played on all along: no evaluation, the events kept coming.
    expect(await page.evaluate(() => window.weft!.status().eventsScheduled)).toBeGreaterThan(evaluations);
    await page.screenshot({ path: `${OUTPUT}slider.png` });
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
