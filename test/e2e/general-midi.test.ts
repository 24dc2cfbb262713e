// General MIDI instruments in the built app: the SoundFont is an asset of its own, requested only
// once code names a gm_ sound (not by the first screen, nor by code that plays none), and then
// the instrument plays, its loading shown as sample loading is, and Bounce renders it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { decodeWav, peakOf } from '../app/wav.ts';
import { cents, hz, peakNear } from '../audio/spectral-pitch.ts';
import { rms } from '../browser/signal.ts';
import { captureOutput, launchBrowser, newVisitor, openApp, typeCode, buildAndServe, type ServedApp } from './harness.ts';

let browser: Browser;
let served: ServedApp;

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const isFont = (url: string): boolean => url.includes('FluidR3Mono_GM');

describe('General MIDI instruments in the app', () => {
  it('requests the SoundFont only when code names a gm_ sound, then plays it', async () => {
    const errors: string[] = [];
    const visitor = await newVisitor(browser);
    const page: Page = await openApp(visitor, served.url, errors);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const readouts: string[] = [];
    await page.exposeFunction('weftReadout', (text: string) => void readouts.push(text));
    await page.evaluate(() => {
      const readout = document.querySelector('[data-readout="samples"]');
      if (readout !== null) new MutationObserver(() => void (window as unknown as { weftReadout(t: string): void }).weftReadout(readout.textContent ?? '')).observe(readout, { childList: true, characterData: true, subtree: true });
    });

    // The welcome pattern, and then code with synths and drums: no font.
    await page.click('[data-action="play"]');
    await page.waitForFunction(() => window.weft!.status().peakDb > -40, undefined, { timeout: 10_000 });
    await typeCode(page, 'note("c3 e3").s("sawtooth")');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(1500);
    expect(requested.filter(isFont)).toEqual([]);

    await typeCode(page, 'note("c4 e4 g4").s("gm_acoustic_grand_piano")');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => window.weft!.status().peakDb > -40, undefined, { timeout: 30_000 });
    await page.waitForTimeout(3000);
    expect(requested.filter(isFont)).toHaveLength(1);
    const { samples } = await captureOutput(page);
    expect(rms(samples, 0, samples.length)).toBeGreaterThan(0.005);
    expect(readouts).toContain('samples 0/1');
    expect(await page.textContent('[data-readout="samples"]')).toBe('');
    expect((await page.evaluate(() => window.weft!.status())).error).toBeNull();
    expect(errors).toEqual([]);

    // Bounce renders the instrument too: its worker has the app make it from the SoundFont.
    await page.click('[data-action="bounce"]');
    await page.fill('[data-overlay="bounce"] input[name="cycles"]', '1');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-action="render"]')]);
    const wav = decodeWav(new Uint8Array(await readFile(await download.path())));
    expect(peakOf(wav)).toBeGreaterThan(0.05);
    // c4 e4 g4 at 0.5 cps: the first note sounds at c4 (261.6 Hz), within 5 cents.
    const f = peakNear(wav.left, wav.sampleRate, Math.round(0.05 * wav.sampleRate), Math.round(0.5 * wav.sampleRate), hz(60));
    expect(Math.abs(cents(f, 60))).toBeLessThan(5);
    expect(errors).toEqual([]);
    await visitor.close();
  }, 180_000);
});
