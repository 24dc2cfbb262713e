// The stage layout in headless Chromium, at a projector's 1366×768 and 1024×768: the top bar is
// one row, status (mutes, solos, sample failures, errors) goes in the status line and never moves
// the editor, stale status clears, the app says what it is loading, and projector mode.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, EDITOR, launchBrowser, newVisitor, openApp, waitForApp, type ServedApp } from './harness.ts';

const OUTPUT = new URL('../../test-output/', import.meta.url);
const shot = (name: string): string => fileURLToPath(new URL(name, OUTPUT));

let browser: Browser;
let served: ServedApp;
let visitor: BrowserContext;
let page: Page;
const errors: string[] = [];

/** Every text the play button and the status line's loading slot showed, from the page's start. */
function recordTexts(): void {
  const seen: string[] = [];
  (window as unknown as { __seen: string[] }).__seen = seen;
  const watch = (selector: string): void => {
    const element = document.querySelector(selector);
    if (element === null) return;
    const note = (): void => void seen.push(`${selector}:${element.textContent ?? ''}`);
    note();
    new MutationObserver(note).observe(element, { childList: true, characterData: true, subtree: true });
  };
  watch('[data-action="play"]');
  watch('[data-readout="loading"]');
  watch('[data-readout="notice"]');
}

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
  visitor = await newVisitor(browser);
  page = await openApp(visitor, served.url, errors);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate(recordTexts);
  await mkdir(OUTPUT, { recursive: true });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const editorTop = async (): Promise<number> => (await page.locator('[data-testid="editor"]').boundingBox())!.y;

/** The top bar's height, its tallest control's, and the controls that leave its one row or its width. */
async function topBar(): Promise<{ height: number; row: number; controls: number; outside: string[] }> {
  return page.evaluate(() => {
    const bar = document.querySelector('header.topbar')!.getBoundingClientRect();
    const controls = [...document.querySelectorAll<HTMLElement>('header.topbar button, header.topbar select, header.topbar input, header.topbar .readout, header.topbar .brand')]
      .filter((c) => c.getClientRects().length > 0);
    const rects = controls.map((c) => c.getBoundingClientRect());
    const row = Math.max(...rects.map((r) => r.height));
    const top = Math.min(...rects.map((r) => r.top));
    const outside = controls
      .filter((_, i) => {
        const r = rects[i]!;
        return r.top >= top + row / 2 || r.bottom > bar.bottom || r.right > bar.right + 0.5 || r.left < bar.left;
      })
      .map((c) => c.dataset['action'] ?? c.className);
    return { height: bar.height, row, controls: controls.length, outside };
  });
}

async function expectOneRow(): Promise<void> {
  const bar = await topBar();
  expect(bar.outside).toEqual([]);
  expect(bar.controls).toBeGreaterThanOrEqual(4);
  // One row of controls, its padding and border: less than two rows.
  expect(bar.height).toBeLessThan(bar.row + 16);
}

const readout = (name: string): Promise<string> => page.evaluate((n) => document.querySelector(`[data-readout="${n}"]`)?.textContent ?? '', name);

/** Replaces the code with `code` (as pasted) and puts the cursor at the end of the line holding `at`. */
async function setCode(code: string): Promise<void> {
  await page.click(EDITOR);
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(code);
}

async function cursorTo(text: string): Promise<void> {
  await page.locator(`${EDITOR} .cm-line`, { hasText: text }).first().click();
  await page.keyboard.press('End');
}

// An address whose file cannot be decoded: its samples(...) fails, without the network.
const BROKEN = "samples({ broken: 'data:audio/wav;base64,AAAA' })";
const SET = `${BROKEN}\n$bass: note("c2 e2").s("sawtooth").lpf(600)\n$drums: s("bd hh sd hh")`;

describe('the stage layout', () => {
  it('says it is loading the audio from the first key, then the language service, until each is ready', async () => {
    await setCode(SET);
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => window.weft!.status().playing);
    const intel = () => page.evaluate(() => document.querySelector<HTMLElement>('.app')?.dataset['intel']);
    await expect.poll(intel, { timeout: 45_000 }).not.toBe('loading');
    expect(await intel()).toBe('ready');
    const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    expect(seen).toContain('[data-action="play"]:◌ loading audio…');
    expect(seen).toContain('[data-readout="loading"]:loading the audio…');
    expect(seen).toContain('[data-readout="loading"]:loading completions and type checks…');
    expect(await readout('loading')).toBe('');
    expect(await page.textContent('[data-action="play"]')).toBe('■ stop');
  }, 60_000);

  for (const width of [1366, 1024]) {
    it(`at ${width}×768: one top bar row, and the editor does not move while status changes`, async () => {
      await page.setViewportSize({ width, height: 768 });
      await setCode(SET);
      await page.keyboard.press('Control+Enter');
      await page.waitForFunction(() => window.weft!.status().playing);
      const top = await editorTop();
      await expectOneRow();
      const tops: number[] = [];

      await expect.poll(() => readout('samples'), { timeout: 5000 }).toBe('1 sample failed');
      tops.push(await editorTop());
      await cursorTo('$bass');
      await page.keyboard.press('Control+Shift+KeyM');
      await expect.poll(() => readout('controls')).toBe('muted $bass');
      tops.push(await editorTop());
      await cursorTo('$drums');
      await page.keyboard.press('Control+Shift+KeyS');
      await expect.poll(() => readout('controls')).toBe('muted $bass · solo $drums');
      tops.push(await editorTop());
      await expectOneRow();
      if (width === 1366) await page.screenshot({ path: shot('stage-1366.png') });

      // An evaluation error: the previous code plays on, the editor stays.
      await page.keyboard.insertText('\n$broken: s("bd"');
      await page.keyboard.press('Control+Enter');
      await page.waitForFunction(() => window.weft!.status().error !== null);
      tops.push(await editorTop());

      // The Learn panel beside the editor: the top bar stays one row.
      await page.click('[data-action="learn"]');
      await page.waitForSelector('.learn:not([hidden])');
      await expectOneRow();
      tops.push(await editorTop());
      if (width === 1024) await page.screenshot({ path: shot('stage-1024.png') });
      await page.click('[data-action="learn"]');
      await page.click(EDITOR);
      await page.keyboard.press('Control+.');
      await page.waitForFunction(() => !window.weft!.status().playing);
      tops.push(await editorTop());
      expect(tops).toEqual(tops.map(() => top));
    }, 40_000);
  }

  it('forgets a sample failure once the code that named it no longer plays: re-evaluated without it, or stopped', async () => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await setCode(SET);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => readout('samples'), { timeout: 5000 }).toBe('1 sample failed');
    expect(await page.getAttribute('[data-readout="samples"]', 'title')).toMatch(/^line 1: sample "broken" failed to load/);
    // Evaluated again with it: still failing (tried again), once.
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(600);
    expect(await readout('samples')).toBe('1 sample failed');
    // Without it.
    await setCode('$drums: s("bd hh sd hh")');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => readout('samples'), { timeout: 5000 }).toBe('');
    // With it, then stopped.
    await setCode(SET);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => readout('samples'), { timeout: 5000 }).toBe('1 sample failed');
    await page.keyboard.press('Control+.');
    await expect.poll(() => readout('samples'), { timeout: 5000 }).toBe('');
  }, 30_000);

  it('scales the visuals with the text size: --editor-font-size follows A+', async () => {
    const size = (): Promise<string> => page.evaluate(() => document.querySelector<HTMLElement>('.app')!.style.getPropertyValue('--editor-font-size'));
    expect(await size()).toBe('18px');
    await page.click('[data-action="font-larger"]');
    expect(await size()).toBe('20px');
    await page.click('[data-action="font-smaller"]');
    expect(await size()).toBe('18px');
  });

  it('wraps long lines with Alt+Z, kept in the settings', async () => {
    const wraps = (): Promise<boolean> => page.evaluate((e) => document.querySelector(e)!.classList.contains('cm-lineWrapping'), EDITOR);
    expect(await wraps()).toBe(false);
    await page.click(EDITOR);
    await page.keyboard.press('Alt+KeyZ');
    expect(await wraps()).toBe(true);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('weft:settings') ?? '{}') as { lineWrapping?: boolean });
    expect(saved.lineWrapping).toBe(true);
    await page.keyboard.press('Alt+KeyZ');
    expect(await wraps()).toBe(false);
  });
});

describe('projector mode', () => {
  const fontSize = (): Promise<number> => page.evaluate((e) => Number.parseFloat(getComputedStyle(document.querySelector(e)!).fontSize), EDITOR);
  const shown = (action: string): Promise<boolean> => page.isVisible(`[data-action="${action}"]`);

  it('comes with Alt+P: large type, high contrast, only play, tempo and the way back; kept after a reload', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.click(EDITOR);
    await page.keyboard.press('Alt+KeyP');
    await page.waitForSelector('.app.projector');
    expect(await fontSize()).toBeGreaterThanOrEqual(28);
    for (const hidden of ['history', 'share', 'learn', 'help', 'font-larger']) expect(await shown(hidden)).toBe(false);
    for (const kept of ['play', 'projector']) expect(await shown(kept)).toBe(true);
    expect(await page.isVisible('input[name="bpm"]')).toBe(true);
    expect(await page.getAttribute('[data-action="projector"]', 'aria-label')).toBe('projector mode');
    expect(await page.getAttribute('[data-action="projector"]', 'aria-pressed')).toBe('true');
    // Near-white on black.
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.app')!);
      return [style.color, style.backgroundColor];
    });
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    // Long lines wrap in it.
    expect(await page.evaluate((e) => document.querySelector(e)!.classList.contains('cm-lineWrapping'), EDITOR)).toBe(true);
    await expectOneRow();
    await page.screenshot({ path: shot('stage-projector.png') });

    await page.reload();
    await waitForApp(page, errors);
    expect(await page.$('.app.projector')).not.toBeNull();
    expect(await fontSize()).toBeGreaterThanOrEqual(28);

    // The way back out: the toolbar's button.
    await page.click('[data-action="projector"]');
    expect(await page.$('.app.projector')).toBeNull();
    expect(await fontSize()).toBe(18);
    for (const back of ['history', 'share', 'learn', 'help']) expect(await shown(back)).toBe(true);
    await expectOneRow();
    // And the key again, from the editor.
    await page.click(EDITOR);
    await page.keyboard.press('Alt+KeyP');
    await page.waitForSelector('.app.projector');
    await page.keyboard.press('Alt+KeyP');
    await page.waitForSelector('.app:not(.projector)');
    expect(errors).toEqual([]);
  }, 30_000);
});
