// MIDI input in the built app, through the Web MIDI fake (test/e2e/fake-midi.ts): a control
// change is heard at once (`gain(cc(7))` is silent until CC 7 rises), the notes held play as a
// chord and stop when released, a port that is missing is said at the `midin` call with the
// inputs there are, and weft follows an external MIDI clock: its tempo (120 BPM with ±2 ms of
// jitter, read within 0.5% in 4 beats) and its Start and Stop.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { magnitudeAt, hz } from '../audio/spectral-pitch.ts';
import { installFakeMidi } from './fake-midi.ts';
import { buildAndServe, captureOutput, launchBrowser, newVisitor, openApp, typeCode, type ServedApp } from './harness.ts';

let browser: Browser;
let served: ServedApp;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
  const visitor = await newVisitor(browser);
  await installFakeMidi(visitor, { inputs: ['weft test in', 'Keys', 'Clock'], outputs: [] });
  page = await openApp(visitor, served.url, errors);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Feeds `data` to the fake input `name` now. */
const receive = (name: string, data: number[]): Promise<void> => page.evaluate(([n, d]) => window.fakeMidi!.receive(n, d), [name, data] as const);

const peakDb = (): Promise<number> => page.evaluate(() => window.weft!.status().peakDb);

/** The output's magnitude at the pitch of MIDI note `midi`, over the latest capture. */
async function magnitudeOf(midi: number): Promise<number> {
  const { samples, sampleRate } = await captureOutput(page);
  const n = Math.min(samples.length, 16384);
  return magnitudeAt(samples, sampleRate, samples.length - n, n, hz(midi));
}

describe('MIDI input in the app', () => {
  it('hears a control change at once: gain(cc(7)) is silent until CC 7 rises', async () => {
    await page.click('[data-action="play"]');
    await page.waitForFunction(() => window.weft!.status().playing, undefined, { timeout: 20_000 });
    await typeCode(page, `const cc = await midin('weft test in')\nnote("a4*8").s("sine").gain(cc(7))`);
    await page.keyboard.press('Control+Enter');
    // The new code comes in at the next cycle, and the peak is the last second's.
    await page.waitForFunction(() => window.weft!.status().peakDb < -60, undefined, { timeout: 8000 });
    const moved = Date.now();
    await receive('weft test in', [0xb0, 7, 127]);
    await page.waitForFunction(() => window.weft!.status().peakDb > -30, undefined, { timeout: 5000 });
    // Measured for the note (the peak is over the last second, so this is an upper bound).
    console.info(`CC 7 to sound: under ${Date.now() - moved} ms`);
    expect((await page.evaluate(() => window.weft!.status())).error).toBeNull();
    expect(await page.$('.cm-weft-problem-warning')).toBeNull();
  });

  it('plays the notes held as a chord, and stops when they are released', async () => {
    await typeCode(page, `const kb = midin('Keys')\n$: note(kb.held()).s("sine").struct("x*4")`);
    await page.keyboard.press('Control+Enter');
    // The new code comes in at the next cycle, and the peak is the last second's.
    await page.waitForFunction(() => window.weft!.status().peakDb < -60, undefined, { timeout: 8000 });
    for (const note of [60, 64, 67]) await receive('Keys', [0x90, note, 100]);
    await page.waitForFunction(() => window.weft!.status().peakDb > -30, undefined, { timeout: 5000 });
    await page.waitForTimeout(800);
    const [c, e, g, d] = await Promise.all([60, 64, 67, 62].map(async (n) => magnitudeOf(n)));
    expect(Math.min(c!, e!, g!)).toBeGreaterThan(10 * d!);
    for (const note of [60, 64, 67]) await receive('Keys', [0x80, note, 0]);
    await page.waitForFunction(() => window.weft!.status().peakDb < -60, undefined, { timeout: 5000 });
  });

  it('says at the midin call that a port is missing, naming the inputs there are', async () => {
    await typeCode(page, `const cc = midin('Nord')\nnote("a4*4").s("sine").gain(cc(7))`);
    await page.keyboard.press('Control+Enter');
    const warning = page.locator('.cm-weft-problem-warning');
    await warning.waitFor({ timeout: 5000 });
    expect(await warning.textContent()).toBe('midin');
    expect(await page.textContent('.cm-weft-problem-message-warning')).toBe('there is no MIDI input "Nord": the inputs are "weft test in", "Keys", "Clock"');
    expect(errors).toEqual([]);
  });

  it('follows a MIDI clock: 120 BPM with ±2 ms of jitter read within 0.5% in 4 beats, and its Start and Stop', async () => {
    await typeCode(page, 'setcps(0.35)\nnote("c4*4").s("sine")');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => window.weft!.status().playing && Math.abs(window.weft!.status().cps - 0.35) < 1e-9, undefined, { timeout: 8000 });
    await page.keyboard.press('Control+.');
    await page.waitForFunction(() => !window.weft!.status().playing);

    // The performer chooses the clock in the ? dialog (the inputs are listed when the field is opened).
    await page.click('[data-action="help"]');
    const field = page.locator('[data-action="midi-clock"]');
    await field.click();
    await page.locator('[data-action="midi-clock"] option[value="Clock"]').waitFor({ state: 'attached' });
    await field.selectOption('Clock');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('.overlay') === null, undefined, { timeout: 2000 }).catch(() => undefined);

    await receive('Clock', [0xfa]);
    await page.waitForFunction(() => window.weft!.status().playing, undefined, { timeout: 8000 });

    // Four beats of pulses at 120 BPM, each stamped with a seeded jitter of up to ±2 ms.
    await page.evaluate(async () => {
      let seed = 2024;
      const random = (): number => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      const period = 60000 / 120 / 24;
      const start = performance.now() + 10;
      for (let i = 0; i < 4 * 24; i++) {
        const due = start + i * period;
        const wait = due - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
        window.fakeMidi!.receive('Clock', [0xf8], due + (random() * 2 - 1) * 2);
      }
    });
    await page.waitForFunction(() => Math.abs(window.weft!.status().cps / 0.5 - 1) < 0.005, undefined, { timeout: 1000 });
    // The tempo readout, as the performer reads it.
    await page.waitForTimeout(100);
    const bpm = Number(await page.inputValue('input[name="bpm"]'));
    expect(Math.abs(bpm / 120 - 1)).toBeLessThan(0.005);
    console.info(`MIDI clock in: tempo read ${bpm} BPM (cps ${(await page.evaluate(() => window.weft!.status().cps)).toFixed(5)}) after 4 beats at 120 ±2 ms`);

    await receive('Clock', [0xfc]);
    await page.waitForFunction(() => !window.weft!.status().playing, undefined, { timeout: 5000 });
    expect(errors).toEqual([]);
  });
});
