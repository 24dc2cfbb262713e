// The language service and the learning pages in the built app, in headless Chromium: TypeScript
// loads only after the first sound; completions, docs and type warnings in the editor; type
// errors never stop code from playing; the tutorial's and the reference's examples play at one
// click, lit as they sound.
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asDslReference } from '../../src/intel/reference-data.ts';
import { TUTORIAL } from '../../src/intel/tutorial.ts';
import { rms } from '../browser/signal.ts';
import { buildAndServe, captureOutput, EDITOR, launchBrowser, newVisitor, openApp, typeCode, type ServedApp } from './harness.ts';

const REFERENCE = fileURLToPath(new URL('../../generated/dsl-reference.json', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

let browser: Browser;
let served: ServedApp;
let visitor: BrowserContext;
let page: Page;
/** The built chunk of the language service's worker (the one that holds TypeScript). */
let intelChunk: string;
const requested: string[] = [];
const errors: string[] = [];

/** The asset in the build that holds TypeScript's language service. */
async function findIntelChunk(dist: string): Promise<string> {
  const assets = join(dist, 'assets');
  for (const name of await readdir(assets)) {
    if (name.endsWith('.js') && (await readFile(join(assets, name), 'utf8')).includes('createLanguageService')) return `/assets/${name}`;
  }
  throw new Error('no chunk of the build holds TypeScript');
}

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
  intelChunk = await findIntelChunk(served.dist);
  visitor = await newVisitor(browser);
  visitor.on('request', (request) => requested.push(request.url()));
  page = await openApp(visitor, served.url, errors);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const status = () => page.evaluate(() => window.weft!.status());
const intelState = () => page.evaluate(() => document.getElementById('app')?.dataset['intel']);
const workers = () => page.workers().map((w) => new URL(w.url()).pathname);
const loadedTypeScript = () => requested.some((url) => url.includes(intelChunk) || url.includes('dsl-files')) || workers().includes(intelChunk);

/** Waits until the output has been loud (above -40 dBFS) within the last second. */
async function waitForSound(): Promise<void> {
  await page.waitForFunction(() => window.weft!.status().peakDb > -40, undefined, { timeout: 10_000 });
}

/** The middle of the first occurrence of `word` in the editor, on screen. */
async function wordAt(word: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ editor, word }) => {
      const content = document.querySelector(editor)!;
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const i = node.textContent!.indexOf(word);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + word.length);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
      throw new Error(`"${word}" is not in the editor`);
    },
    { editor: EDITOR, word },
  );
}

describe('the language service', () => {
  it('is not loaded before the first sound, and loads after it', async () => {
    // The audio (and its runtime workers) are prepared as soon as the page shows; TypeScript is not.
    await page.waitForFunction(() => document.getElementById('app')?.dataset['audio'] === 'suspended');
    await typeCode(page, 's("bd*4, hh*8")');
    await page.waitForTimeout(800);
    expect(loadedTypeScript()).toBe(false);
    expect(await intelState()).toBeUndefined();
    expect((await status()).eventsScheduled).toBe(0);

    await page.keyboard.press('Control+Enter');
    await waitForSound();
    await page.waitForFunction(() => document.getElementById('app')?.dataset['intel'] === 'ready', undefined, { timeout: 30_000 });
    expect(workers()).toContain(intelChunk);
  });

  it('offers lpf after `note("c").`', async () => {
    await typeCode(page, 'note("c").');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor();
    expect(await options.count()).toBeGreaterThan(20);
    // Narrowing the same list (no new request): lpf was among the methods offered.
    await page.keyboard.type('lp');
    await page.locator('.cm-tooltip-autocomplete li', { hasText: /^lpf/ }).first().waitFor();
    const labels = await page.$$eval('.cm-tooltip-autocomplete .cm-completionLabel', (l) => l.map((e) => e.textContent));
    expect(labels).toContain('lpf');
    await page.keyboard.press('Escape');
  });

  it('shows the doc of `fast` on hover', async () => {
    const reference = asDslReference(JSON.parse(await readFile(REFERENCE, 'utf8')));
    const fast = reference.entries.find((e) => e.name === 'fast')!;
    await typeCode(page, 's("bd sd").fast(2)');
    await page.keyboard.press('Escape');
    const { x, y } = await wordAt('fast');
    await page.mouse.move(x, y);
    const hover = page.locator('.cm-weft-hover');
    await hover.waitFor();
    expect(await hover.locator('.cm-weft-hover-signature').textContent()).toContain('fast(');
    expect(await hover.locator('.cm-weft-hover-summary').textContent()).toContain(fast.summary);
    await page.mouse.move(0, 0);
  });

  it('warns about `.fast(true)` at the argument', async () => {
    await typeCode(page, 's("bd").fast(true)');
    await page.keyboard.press('Escape');
    const warning = page.locator('.cm-weft-problem-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toBe('true');
    expect(await page.textContent('.cm-weft-problem-message-warning')).toMatch(/boolean/);
    // A warning, not an error: nothing was evaluated.
    expect(await page.$('.cm-weft-problem-error')).toBeNull();
  });

  it('completes a method the code registers, plays it, and lights its code', async () => {
    await page.keyboard.press('Control+.');
    await page.waitForFunction(() => !window.weft!.status().playing);
    const registering = "register('lift', (k, pat) => pat.add(k))\n$: n(\"0 3\").s(\"triangle\").";
    await typeCode(page, registering);
    const options = page.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor();
    await page.keyboard.type('lif');
    await page.locator('.cm-tooltip-autocomplete li', { hasText: /^lift/ }).first().waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.type('t("<0 7>")');
    // Type-checked with the registered method: no warning on it.
    await page.waitForTimeout(1500);
    expect(await page.$('.cm-weft-problem-warning')).toBeNull();
    await page.keyboard.press('Control+Enter');
    await waitForSound();
    expect(await status()).toMatchObject({ playing: true, error: null });
    await page.waitForFunction(() => [...document.querySelectorAll('.cm-weft-sounding')].some((m) => m.textContent === '3'), undefined, { timeout: 10_000 });
  });

  it('plays code with a type error, warning about it', async () => {
    await page.keyboard.press('Control+.');
    await page.waitForFunction(() => !window.weft!.status().playing);
    const before = (await status()).eventsScheduled;
    // One argument too many: a type error; the runtime ignores the extra argument.
    await typeCode(page, 's("bd*4, hh*8").gain(0.8, 1)');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.querySelector('.cm-weft-problem-warning')?.textContent === '1');
    await waitForSound();
    await page.waitForTimeout(400);
    const { samples } = await captureOutput(page);
    expect(rms(samples, 0, samples.length)).toBeGreaterThan(0.01);
    const after = await status();
    expect(after).toMatchObject({ playing: true, error: null });
    expect(after.eventsScheduled).toBeGreaterThan(before);
  });
});

describe('the learning pages', () => {
  it('shows the tutorial; an example plays at one click, lit in its own view as it sounds', async () => {
    await page.click('[data-action="learn"]');
    const steps = page.locator('[data-page="tutorial"] .weft-tutorial-step');
    await steps.first().waitFor();
    expect(await steps.count()).toBe(TUTORIAL.length);
    expect(await page.evaluate(() => location.hash)).toBe('#tutorial');
    const first = steps.first().locator('.weft-example');
    expect(await first.locator('.cm-content').textContent()).toBe(TUTORIAL[0]!.code);

    // What the language service's tests left playing stops (an example's Stop stops only that example).
    await page.click(EDITOR);
    await page.keyboard.press('Control+.');
    await page.waitForFunction(() => !window.weft!.status().playing);
    const before = (await status()).eventsScheduled;
    await first.locator('.weft-example-play').click();
    await first.locator('.cm-weft-sounding', { hasText: 'bd' }).first().waitFor();
    await page.waitForTimeout(300);
    const { samples } = await captureOutput(page);
    expect(rms(samples, 0, samples.length)).toBeGreaterThan(0.005);
    expect((await status()).eventsScheduled).toBeGreaterThan(before);
    // The performer's editor does not light the example's haps.
    expect(await page.$(`${EDITOR} .cm-weft-sounding`)).toBeNull();
  });

  it('plays the tutorial example as the learner changed it (Ctrl+Enter in it)', async () => {
    const first = page.locator('[data-page="tutorial"] .weft-tutorial-step').first().locator('.weft-example');
    await first.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('s("cp*2")');
    expect(await first.locator('.cm-content').textContent()).toBe('s("cp*2")');
    await page.keyboard.press('Control+Enter');
    await first.locator('.cm-weft-sounding', { hasText: 'cp' }).first().waitFor();
    expect(await first.locator('.cm-weft-sounding', { hasText: 'bd' }).count()).toBe(0);
  });

  it('shows the reference, searchable; an example plays at one click, lit as it sounds', async () => {
    await page.click('[data-learn-tab="reference"]');
    const entries = page.locator('[data-page="reference"] .weft-ref-entry');
    await entries.first().waitFor();
    expect(await entries.count()).toBeGreaterThan(20);
    expect(await page.evaluate(() => location.hash)).toBe('#reference');
    await page.fill('.weft-ref-search', 'fast');
    await page.waitForFunction(() => document.querySelector('.weft-ref-entry')?.getAttribute('data-name') === 'fast');
    const fast = page.locator('#ref-fast');
    expect(await fast.locator('.weft-ref-signature').textContent()).toContain('fast(');

    const before = (await status()).eventsScheduled;
    await fast.locator('.weft-example-play').first().click();
    await fast.locator('.cm-weft-sounding').first().waitFor();
    await page.waitForFunction((n) => window.weft!.status().eventsScheduled > n, before);
    // The tutorial's example is no longer the one lit.
    await page.waitForFunction(() => document.querySelector('[data-page="tutorial"] .cm-weft-sounding') === null);
  });

  it('follows the address: a link to an entry opens it, and closing clears the address', async () => {
    await page.evaluate(() => {
      location.hash = 'ref-lpf';
    });
    await page.waitForFunction(() => (document.querySelector('.weft-ref-search') as HTMLInputElement | null)?.value === 'lpf');
    expect(await page.isVisible('#ref-lpf')).toBe(true);
    await page.click('[data-action="close-learn"]');
    expect(await page.isHidden('[data-panel="learn"]')).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.keyboard.press('Control+.');
    expect(errors).toEqual([]);
  });

  it('closes at Escape from within the panel, the keyboard back in the editor, but not at an Escape in the editor', async () => {
    await page.evaluate(() => {
      location.hash = 'reference';
    });
    await page.locator('.weft-ref-search').waitFor();
    await page.click(EDITOR);
    await page.keyboard.press('Escape');
    expect(await page.isVisible('[data-panel="learn"]')).toBe(true);
    await page.focus('.weft-ref-search');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('[data-panel="learn"]')).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('code editor');
    expect(errors).toEqual([]);
  });

  it('opens at the page a link names, on a fresh visit', async () => {
    const visit = await openApp(await newVisitor(browser), `${served.url}#ref-fast`);
    await visit.locator('#ref-fast').waitFor();
    expect(await visit.isVisible('[data-panel="learn"]')).toBe(true);
    await visit.context().close();
  });
});

/** How many pixels of the canvas `selector` are drawn (not transparent). */
function inked(selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    const c = canvas as HTMLCanvasElement;
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let drawn = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) drawn++;
    return drawn;
  });
}

const transportPlaying = () => page.$eval('[data-action="play"]', (b) => b.classList.contains('playing'));

describe('the learning pages beside the performer', () => {
  it("plays an example apart from the transport, which shows and plays the performer's code; the example's Stop leaves that code alone", async () => {
    await mkdir(OUTPUT, { recursive: true });
    await typeCode(page, 'note("c3 g3").s("square").gain(0.3) // mine');
    await page.keyboard.press('Control+Enter');
    await page.locator(`${EDITOR} .cm-weft-sounding`).first().waitFor();
    expect(await transportPlaying()).toBe(true);

    await page.evaluate(() => {
      location.hash = 'tutorial';
    });
    const example = page.locator('[data-page="tutorial"] .weft-tutorial-step').first().locator('.weft-example');
    const play = example.locator('.weft-example-play');
    await example.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('note("c4 e4 g4 b4").s("triangle")');
    await play.click();
    await example.locator('.cm-weft-sounding').first().waitFor();
    expect(await play.getAttribute('aria-pressed')).toBe('true');
    // The example plays in place of the performer's code: the transport says that code is stopped.
    await expect.poll(transportPlaying).toBe(false);
    expect(await page.textContent('[data-action="play"]')).toBe('▶ play');
    await page.waitForFunction((editor) => document.querySelector(`${editor} .cm-weft-sounding`) === null, EDITOR);

    // The panel's pianoroll and scope draw the example.
    await expect.poll(() => inked('canvas.pianoroll'), { timeout: 5000 }).toBeGreaterThan(200);
    const roll = await inked('canvas.pianoroll');
    const scope = await inked('canvas.oscilloscope');
    await page.screenshot({ path: `${OUTPUT}learn-example-visuals.png` });

    // The transport's play plays the performer's code again, in place of the example.
    await page.click('[data-action="play"]');
    await page.locator(`${EDITOR} .cm-weft-sounding`).first().waitFor();
    await expect.poll(transportPlaying).toBe(true);
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('false');
    await page.waitForFunction(() => document.querySelector('[data-page="tutorial"] .cm-weft-sounding') === null);

    // The example's Stop does not stop the performer's code.
    await example.locator('.weft-example-stop').click();
    await page.waitForTimeout(300);
    expect(await transportPlaying()).toBe(true);
    expect((await status()).playing).toBe(true);

    // The example again, stopped by its own Stop: then nothing plays, and the transport offers the performer's code.
    await play.click();
    await expect.poll(() => play.getAttribute('aria-pressed')).toBe('true');
    await example.locator('.weft-example-stop').click();
    await page.waitForFunction(() => !window.weft!.status().playing);
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    expect(await transportPlaying()).toBe(false);
    // Silence draws less than the example did: an empty roll, a flat trace.
    await page.waitForTimeout(500);
    expect(await inked('canvas.pianoroll')).toBeLessThan(roll);
    expect(await inked('canvas.oscilloscope')).toBeLessThan(scope);
    expect(errors).toEqual([]);
  });

  it('marks a reference example that loads samples from the network, and says why', async () => {
    await page.evaluate(() => {
      location.hash = 'ref-samples';
    });
    const mark = page.locator('#ref-samples .weft-example-mark');
    await mark.waitFor();
    expect(await mark.textContent()).toMatch(/^Loads samples from the network: /);
    expect(await page.locator('#ref-samples .weft-example-play').getAttribute('aria-describedby')).toBe(await mark.getAttribute('id'));
    // An example heard offline has no mark.
    await page.evaluate(() => {
      location.hash = 'ref-fast';
    });
    await page.locator('#ref-fast .weft-example').first().waitFor();
    expect(await page.locator('#ref-fast .weft-example-mark').count()).toBe(0);
  });

  it("enlarges the panel's text, examples and headings with A+", async () => {
    const sizes = () =>
      page.evaluate(() => {
        const size = (selector: string): number => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
        return { prose: size('#ref-fast .weft-ref-summary'), code: size('#ref-fast .weft-example-body .cm-content'), heading: size('#ref-fast h3') };
      });
    const before = await sizes();
    await page.click('[data-action="font-larger"]');
    await page.click('[data-action="font-larger"]');
    const after = await sizes();
    expect(after.prose).toBeGreaterThan(before.prose);
    expect(after.code).toBeGreaterThan(before.code);
    expect(after.heading).toBeGreaterThan(before.heading);
    await page.screenshot({ path: `${OUTPUT}learn-larger-text.png` });
    await page.click('[data-action="font-smaller"]');
    await page.click('[data-action="font-smaller"]');
    expect((await sizes()).prose).toBeLessThan(after.prose);
    await page.click('[data-action="close-learn"]');
  });

  it('shows in the history what each version changed, and in which blocks', async () => {
    const versions = ['$drums: s("bd sd")\n$bass: note("c2 e2").s("sawtooth")', '$drums: s("bd sd hh")\n$bass: note("c2 e2").s("sawtooth")', '$drums: s("bd sd hh")\n$bass: note("c2 g2").s("sawtooth")'];
    for (const code of versions) {
      await typeCode(page, code);
      await page.keyboard.press('Control+Enter');
      await page.locator(`${EDITOR} .cm-weft-sounding`).first().waitFor();
    }
    await page.keyboard.press('Control+.');
    await page.click('[data-action="history"]');
    const items = page.locator('[data-overlay="history"] li');
    await items.first().waitFor();
    const entry = (i: number) =>
      items.nth(i).evaluate((li) => ({
        blocks: li.querySelector('.history-blocks')?.textContent ?? '',
        added: [...li.querySelectorAll('ins')].map((e) => e.textContent ?? ''),
        removed: [...li.querySelectorAll('del')].map((e) => e.textContent ?? ''),
        time: li.querySelector('time')?.getAttribute('datetime') ?? '',
      }));
    const newest = await entry(0);
    const before = await entry(1);
    expect(newest.blocks).toBe('changed block $bass');
    expect(newest.added).toEqual(['+ added: $bass: note("c2 g2").s("sawtooth")']);
    expect(newest.removed).toEqual(['− removed: $bass: note("c2 e2").s("sawtooth")']);
    expect(before.blocks).toBe('changed block $drums');
    expect(before.added).toEqual(['+ added: $drums: s("bd sd hh")']);
    expect(Date.parse(newest.time)).toBeGreaterThan(Date.now() - 60_000);
    await page.screenshot({ path: `${OUTPUT}history-changes.png` });
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });
});
