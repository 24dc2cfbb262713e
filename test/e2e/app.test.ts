// The built app in headless Chromium, played from the keyboard as a performer would: what it
// shows, and what comes out of the speakers (a tap on the audio output).
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rms } from '../browser/signal.ts';
import { encodeWav } from '../../src/audio/index.ts';
import { decodeWav, peakOf } from '../app/wav.ts';
import { encodeCode } from '../../src/app/share.ts';
import { buildAndServe, captureOutput, EDITOR, editorText, launchBrowser, newVisitor, openApp, typeCode, waitForApp, type ServedApp } from './harness.ts';

const SCREENSHOT = fileURLToPath(new URL('../../test-output/app-playing.png', import.meta.url));

let browser: Browser;
let served: ServedApp;
let visitor: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
  visitor = await newVisitor(browser);
  page = await openApp(visitor, served.url, errors);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const status = (p: Page = page) => p.evaluate(() => window.weft!.status());

/** The power of `x` at `frequency` (Goertzel), normalised by length. */
function powerAt(x: readonly number[], frequency: number, sampleRate: number): number {
  const k = (2 * Math.cos((2 * Math.PI * frequency) / sampleRate));
  let s1 = 0;
  let s2 = 0;
  for (const sample of x) {
    const s = sample + k * s1 - s2;
    s2 = s1;
    s1 = s;
  }
  return (s1 * s1 + s2 * s2 - k * s1 * s2) / (x.length * x.length);
}

/** The frequency of a steady tone in `x`: the median period between rising zero crossings. */
function medianPitch(x: readonly number[], sampleRate: number): number {
  const crossings: number[] = [];
  for (let i = 1; i < x.length; i++) {
    const a = x[i - 1]!;
    const b = x[i]!;
    if (a < 0 && b >= 0 && Math.abs(b - a) > 1e-4) crossings.push(i - 1 + a / (a - b));
  }
  const periods = crossings.slice(1).map((c, i) => c - crossings[i]!).sort((a, b) => a - b);
  const median = periods[periods.length >> 1];
  return median === undefined ? 0 : sampleRate / median;
}

/** Waits until the output has been loud (above `db` dBFS) within the last second. */
async function waitForSound(p: Page = page, db = -40): Promise<void> {
  await p.waitForFunction((limit) => window.weft!.status().peakDb > limit, db, { timeout: 10_000 });
}

async function soundingTexts(p: Page = page): Promise<string[]> {
  return p.$$eval('.cm-weft-sounding', (marks) => marks.map((m) => m.textContent ?? ''));
}

describe('first visit', () => {
  it('opens the welcome pattern in a "click to start audio" state, silent', async () => {
    expect(await editorText(page)).toContain('Welcome to weft');
    expect(await page.textContent('[data-action="play"]')).toContain('click to start audio');
    const s = await status();
    expect(s).toMatchObject({ playing: false, eventsScheduled: 0, error: null });
    expect(s.peakDb).toBe(-Infinity);
    // The transport shows the tempo the code declares (setcpm(112 / 4)), not a default, before it plays.
    expect(await page.inputValue('input[name="bpm"]')).toBe('112');
    expect(await page.inputValue('input[name="cps"]')).toBe('0.467');
  });

  it('plays the welcome pattern at one click, lighting the sounding characters; screenshot saved', async () => {
    await page.click('[data-action="play"]');
    await waitForSound();
    await page.waitForSelector('.cm-weft-sounding');
    const { samples } = await captureOutput(page);
    expect(rms(samples, 0, samples.length)).toBeGreaterThan(0.01);
    expect(await page.textContent('[data-action="play"]')).toContain('stop');
    await page.waitForTimeout(1200);
    await mkdir(fileURLToPath(new URL('../../test-output/', import.meta.url)), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    const s = await status();
    expect(s.playing).toBe(true);
    expect(s.voices).toBeGreaterThan(0);
    expect(s.cycle).toBeGreaterThan(0.3);
  });
});

describe('performing from the keyboard', () => {
  it('plays a typed note pattern at its pitch (Ctrl+Enter), its note lit while it sounds', async () => {
    await typeCode(page, 'note("a4").s("sine")');
    expect(await editorText(page)).toBe('note("a4").s("sine")');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.cm-weft-sounding')].some((m) => m.textContent === 'a4'));
    // The welcome pattern's tail (echoes, reverb) dies away; the tone stays.
    await page.waitForTimeout(1500);
    const { samples, sampleRate } = await captureOutput(page);
    expect(medianPitch(samples, sampleRate)).toBeCloseTo(440, -1);
    expect(powerAt(samples, 440, sampleRate)).toBeGreaterThan(50 * powerAt(samples, 523.25, sampleRate));
    expect(await soundingTexts()).toContain('a4');
  });

  it('selects the code of a note clicked in the pianoroll', async () => {
    const box = (await page.locator('canvas.pianoroll').boundingBox())!;
    // The note sounding now crosses the now line (3 s of past, 1.2 s of future): click down it.
    const x = box.x + box.width * (3 / 4.2) - 6;
    const found: string[] = [];
    for (let y = box.y + 2; y < box.y + box.height && !found.includes('a4'); y += 3) {
      await page.mouse.click(x, y);
      found.push(await page.evaluate(() => window.getSelection()?.toString() ?? ''));
    }
    expect(found).toContain('a4');
    // Only notes select code: everything clicked was nothing or the note.
    expect(found.filter((t) => t !== '' && t !== 'a4')).toEqual([]);
  });

  it('changes the tempo from the bpm field', async () => {
    await page.fill('input[name="bpm"]', '150');
    await page.press('input[name="bpm"]', 'Enter');
    await page.waitForFunction(() => Math.abs(window.weft!.status().cps - 150 / 240) < 1e-9);
    await page.fill('input[name="cps"]', '0.5');
    await page.press('input[name="cps"]', 'Enter');
    await page.waitForFunction(() => window.weft!.status().cps === 0.5);
  });

  it('plays drums (not silent), with their names lit', async () => {
    await typeCode(page, 's("bd*4, hh*8")');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.cm-weft-sounding')].some((m) => m.textContent === 'hh'));
    await page.waitForTimeout(800);
    const { samples } = await captureOutput(page);
    expect(rms(samples, 0, samples.length)).toBeGreaterThan(0.01);
    expect(await page.$$eval('.cm-weft-sounding', (m) => m.length)).toBeGreaterThan(0);
  });

  it('shows a syntax error underlined at its line with its message, while the drums play on; the next good evaluation clears it', async () => {
    await page.keyboard.press('Control+End');
    // Escape first: an open completion popup would take the Enter.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.type('.fast(2))');
    expect(await editorText(page)).toMatch(/^s\("bd\*4, hh\*8"\)\n\s*\.fast\(2\)\)$/);
    await page.keyboard.press('Control+Enter');
    await page.waitForSelector('.cm-weft-problem-error');
    const line = await page.$eval('.cm-weft-problem-error', (mark) => {
      const lines = [...document.querySelectorAll('.cm-content .cm-line')];
      return lines.indexOf(mark.closest('.cm-line')!) + 1;
    });
    expect(line).toBe(2);
    expect((await page.textContent('.cm-weft-problem-message-error'))?.length).toBeGreaterThan(3);
    const s = await status();
    expect(s.error).toMatchObject({ line: 2 });
    expect(s.error!.message.length).toBeGreaterThan(3);
    await page.waitForTimeout(600);
    const { samples } = await captureOutput(page);
    expect(rms(samples, 0, samples.length)).toBeGreaterThan(0.01);
    expect(await soundingTexts()).toContain('hh');

    await page.keyboard.press('Backspace');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => window.weft!.status().error === null);
    // The language service's warning about the stray bracket goes too, at its next check.
    await page.waitForFunction(() => document.querySelector('.cm-weft-problem') === null);
  });

  it('stays responsive and keeps playing through `while(true){}`', async () => {
    const before = (await status()).eventsScheduled;
    await typeCode(page, 'while(true){}');
    await page.keyboard.press('Control+Enter');
    const started = Date.now();
    let slowest = 0;
    while (Date.now() - started < 2500) {
      const t = Date.now();
      await page.evaluate(() => window.weft!.status());
      slowest = Math.max(slowest, Date.now() - t);
      await page.waitForTimeout(50);
    }
    expect(slowest).toBeLessThan(250);
    // The hung evaluation is reported; the previous pattern still plays.
    await page.waitForFunction(() => /too long|loop/.test(window.weft!.status().error?.message ?? ''), undefined, { timeout: 5000 });
    const { samples } = await captureOutput(page);
    expect(rms(samples, 0, samples.length)).toBeGreaterThan(0.01);
    const after = await status();
    expect(after.playing).toBe(true);
    expect(after.eventsScheduled).toBeGreaterThan(before);
    // Typing still works.
    await page.keyboard.type(' // still here');
    expect(await editorText(page)).toContain('still here');
  });

  it('evaluates only the block under the cursor with Alt+Enter', async () => {
    await typeCode(page, '$tone: note("a4").s("sine")\n\n$beat: s("hh*8").gain(0.5)');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.cm-weft-sounding')].some((m) => m.textContent === 'hh'));
    // Edit both blocks, then evaluate only the second.
    const text = await editorText(page);
    await page.click(EDITOR);
    await page.keyboard.press('Control+Home');
    const a4 = text.indexOf('a4');
    for (let i = 0; i < a4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Delete');
    await page.keyboard.type('c5');
    await page.keyboard.press('Control+End');
    for (let i = 0; i < '.gain(0.5)'.length + '")'.length; i++) await page.keyboard.press('ArrowLeft');
    for (let i = 0; i < 'hh*8'.length; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('bd*2');
    expect(await editorText(page)).toBe('$tone: note("c5").s("sine")\n\n$beat: s("bd*2").gain(0.5)');
    await page.keyboard.press('Alt+Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.cm-weft-sounding')].some((m) => m.textContent === 'bd'));
    await page.waitForTimeout(1000);
    const { samples, sampleRate } = await captureOutput(page);
    // The tone block was not evaluated: still A4, not C5.
    expect(powerAt(samples, 440, sampleRate)).toBeGreaterThan(20 * powerAt(samples, 523.25, sampleRate));
    expect(await soundingTexts()).not.toContain('hh');
  });

  it('mutes the labelled block under the cursor (Ctrl+Shift+M), then stops everything (Ctrl+.)', async () => {
    // The cursor is in $beat, where the last edit left it.
    await page.keyboard.press('Control+Shift+KeyM');
    await page.waitForFunction(() => document.querySelector('[data-readout="controls"]')?.textContent === 'muted $beat');
    await page.waitForTimeout(1300);
    expect(await soundingTexts()).not.toContain('bd');
    expect((await status()).playing).toBe(true);

    await page.keyboard.press('Control+.');
    await page.waitForFunction(() => !window.weft!.status().playing);
    await page.waitForTimeout(1500);
    const { samples } = await captureOutput(page);
    expect(rms(samples, samples.length - 4800, samples.length)).toBeLessThan(1e-3);
    expect(await page.$('.cm-weft-sounding')).toBeNull();
  });

  it('restores the code after a reload', async () => {
    await typeCode(page, 'note("c4 e4 g4").s("triangle") // kept');
    await page.waitForTimeout(700);
    await page.reload();
    await waitForApp(page, errors);
    expect(await editorText(page)).toBe('note("c4 e4 g4").s("triangle") // kept');
  });

  it('keeps every evaluation in a history that can be restored', async () => {
    await page.click('[data-action="history"]');
    await page.waitForSelector('[data-overlay="history"] li');
    const items = await page.$$eval('[data-overlay="history"] li', (li) => li.map((e) => e.textContent));
    expect(items.some((t) => t?.includes('$tone:'))).toBe(true);
    const index = items.findIndex((t) => t?.includes('$tone:'));
    await page.click(`[data-overlay="history"] li[data-index="${index}"]`);
    await page.click('.history-restore');
    // The restore loads the undo history first (after a reload it has not loaded yet), then replaces the code.
    await expect.poll(() => editorText(page), { timeout: 5000 }).toContain('$beat: s("bd*2")');
    // The code it replaced was kept too.
    await page.keyboard.press('Control+z');
    expect(await editorText(page)).toBe('note("c4 e4 g4").s("triangle") // kept');
  });
});

describe('tools', () => {
  it('shows the keys in a help overlay, with vim and emacs bindings to choose', async () => {
    await page.click('[data-action="help"]');
    const help = page.locator('[data-overlay="help"]');
    await help.waitFor();
    expect(await help.textContent()).toContain('Evaluate the block under the cursor');
    expect(await help.locator('kbd').first().textContent()).toBe('Ctrl + Enter');
    await help.locator('select[name="keymap"]').selectOption('vim');
    await page.waitForSelector('.cm-vim-panel, .cm-fat-cursor');
    await page.keyboard.press('Escape');
    expect(await page.$('[data-overlay="help"]')).toBeNull();
    // Ctrl+Enter still evaluates in vim mode.
    await page.click(EDITOR);
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => window.weft!.status().playing);
    await page.click('[data-action="help"]');
    await page.locator('[data-overlay="help"] select[name="keymap"]').selectOption('default');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.cm-vim-panel, .cm-fat-cursor') === null);
    await page.keyboard.press('Control+.');
  });

  it('changes the font size from the control, and keeps it', async () => {
    const size = () => page.$eval(EDITOR, (c) => getComputedStyle(c).fontSize);
    expect(await size()).toBe('18px');
    await page.click('[data-action="font-larger"]');
    await page.click('[data-action="font-larger"]');
    expect(await size()).toBe('22px');
    expect(await page.textContent('[data-readout="font-size"]')).toBe('22');
    await page.click('[data-action="font-smaller"]');
    await page.reload();
    await waitForApp(page, errors);
    expect(await size()).toBe('20px');
  });

  it('names its symbol buttons in words for screen readers, and says whether the visuals are shown', async () => {
    for (const name of ['A− smaller text', 'A+ larger text', 'help and keys', 'pianoroll and scope']) {
      expect(await page.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('group', { name: 'text size', exact: true }).count()).toBe(1);
    const toggle = page.getByRole('button', { name: 'pianoroll and scope', exact: true });
    const shown = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe(shown === 'true' ? 'false' : 'true');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe(shown);
  });

  it('lets Tab leave the editor, and indent once Ctrl+M asks it to (kept after a reload)', async () => {
    await typeCode(page, 'note("c4")');
    await page.keyboard.press('Tab');
    expect(await editorText(page)).toBe('note("c4")');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe('code editor');
    await page.click(EDITOR);
    await page.keyboard.press('Control+m');
    expect(await page.textContent('.toast')).toBe('Tab indents now (Ctrl+M: Tab moves to the next control)');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    expect(await editorText(page)).toMatch(/^\s+note\("c4"\)$/);
    await page.reload();
    await waitForApp(page, errors);
    await page.click(EDITOR);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('x');
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    // (The first key of a visit loads the editing features: the indent follows when they are in.)
    await expect.poll(() => editorText(page), { timeout: 5000 }).toMatch(/^\s+x$/);
    await page.keyboard.press('Control+m');
    expect(await page.textContent('.toast')).toBe('Tab moves to the next control now (Ctrl+M: Tab indents)');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).not.toBe('code editor');
  });

  it('opens an example from the menu, keeping the code it replaces', async () => {
    const before = await editorText(page);
    await page.selectOption('[data-action="examples"]', 'drums');
    await page.waitForFunction((editor) => document.querySelector(editor)?.textContent?.includes('House drums'), EDITOR);
    expect(await editorText(page)).toMatch(/^\/\/ House drums/);
    const { entries } = await page.evaluate(() => ({ entries: JSON.parse(localStorage.getItem('weft:history') ?? '[]') as { code: string }[] }));
    expect(entries[0]?.code).toBe(before);
  });

  it('offers window.weft read-only', async () => {
    const changed = await page.evaluate(() => {
      try {
        (window as unknown as { weft: unknown }).weft = { status: () => ({ playing: 'hacked' }) };
      } catch {
        // Strict-mode code would throw here.
      }
      const s = window.weft!.status() as { playing: unknown };
      (s as { playing: unknown }).playing = 'hacked';
      return window.weft!.status().playing;
    });
    expect(changed).toBe(false);
  });
});

describe('sharing', () => {
  it('copies a link that shows the code and stays silent until play', async () => {
    await typeCode(page, 'note("e4").s("sine") // shared');
    await page.click('[data-action="share"]');
    const url = await page.inputValue('.share-url');
    expect(url).toMatch(/#code=[\w-]+$/);
    await page.keyboard.press('Escape');

    const stranger = await newVisitor(browser);
    try {
      const visit = await openApp(stranger, url);
      expect(await editorText(visit)).toBe('note("e4").s("sine") // shared');
      // A click in the editor starts the audio, but nothing plays.
      await visit.click(EDITOR);
      await visit.waitForTimeout(1500);
      const quiet = await status(visit);
      expect(quiet.playing).toBe(false);
      expect(quiet.eventsScheduled).toBe(0);
      const { samples } = await captureOutput(visit);
      expect(rms(samples, 0, samples.length)).toBe(0);
      await visit.click('[data-action="play"]');
      await waitForSound(visit);
      expect((await status(visit)).playing).toBe(true);
    } finally {
      await stranger.close();
    }
  });
});

describe('bounce', () => {
  it('offers the code of a share link pasted into the open tab as a fresh visit does, and names what is wrong with a corrupt one', async () => {
    await typeCode(page, 'note("c4").s("sine") // mine');
    const code = 'note("g4").s("triangle") // pasted';
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `code=${await encodeCode(code)}`);
    await expect.poll(() => editorText(page), { timeout: 5000 }).toBe(code);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.textContent('.toast')).toBe('opened shared code: press play to hear it (your previous code is in History)');
    await page.click('[data-action="history"]');
    await page.waitForSelector('[data-overlay="history"] li');
    // The entry kept shows the code it had, as what changed from the version before it.
    expect(await page.$$eval('[data-overlay="history"] li', (li) => li.map((e) => e.textContent))).toContainEqual(expect.stringContaining('note("c4").s("sine") // mine'));
    await page.keyboard.press('Escape');

    await page.evaluate(() => {
      location.hash = 'code=y0vNL0lV!';
    });
    await expect.poll(() => page.textContent('.toast'), { timeout: 5000 }).toMatch(/has a character no share link has \("!" at 8\)/);
    await page.evaluate(() => {
      location.hash = 'code=y0vNL0lV';
    });
    await expect.poll(() => page.textContent('.toast'), { timeout: 5000 }).toMatch(/do not unpack, so it was probably cut short/);
    expect(await editorText(page)).toBe(code);
  });

  it('downloads the code as a valid WAV file', async () => {
    await typeCode(page, 's("bd sd")');
    await page.click('[data-action="bounce"]');
    await page.fill('[data-overlay="bounce"] input[name="cycles"]', '2');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('[data-action="render"]')]);
    expect(download.suggestedFilename()).toMatch(/^weft-.*\.wav$/);
    const wav = decodeWav(new Uint8Array(await readFile(await download.path())));
    expect(wav.sampleRate).toBe(48000);
    // Two cycles at 0.5 cps, and the tail.
    expect(wav.frames / wav.sampleRate).toBeGreaterThanOrEqual(4);
    expect(peakOf(wav)).toBeGreaterThan(0.05);
    expect(errors).toEqual([]);
  });
});

describe('samples', () => {
  it('plays a sample the code declares with samples({...}) (a data: URL WAV), with no error shown', async () => {
    const rate = 8000;
    const tone = Float32Array.from({ length: rate / 4 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / rate));
    const url = `data:audio/wav;base64,${Buffer.from(encodeWav(tone, tone, rate)).toString('base64')}`;
    const p = await openApp(visitor, served.url, errors);
    await p.click(EDITOR);
    await p.keyboard.press('Control+a');
    await p.keyboard.press('Delete');
    await p.keyboard.insertText(`samples({ beep: '${url}' })\ns("beep*4")`);
    await p.keyboard.press('Control+Enter');
    await p.waitForTimeout(1500);
    const { samples } = await captureOutput(p);
    expect(rms(samples, 0, samples.length)).toBeGreaterThan(0.01);
    expect((await status(p)).error).toBeNull();
    expect(await p.textContent('[data-readout="samples"]')).toBe('');
    await p.close();
  }, 30_000);
});
