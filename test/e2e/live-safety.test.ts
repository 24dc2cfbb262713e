// Live safety in the built app, as a performer meets it: a block that misbehaves is reported at
// its place while the block beside it sounds on without a gap; code that damages JavaScript
// itself is thrown away and the next clean evaluation plays; absurd tempos and absurd numbers of
// blocks get clear errors.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, captureOutput, launchBrowser, newVisitor, openApp, pasteAndPlay, type ServedApp } from './harness.ts';

let served: ServedApp;
let browser: Browser;
let visitor: BrowserContext;

beforeAll(async () => {
  [served, browser] = await Promise.all([buildAndServe(), launchBrowser()]);
  visitor = await newVisitor(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const status = (p: Page) => p.evaluate(() => window.weft!.status());

const play = pasteAndPlay;

/** Milliseconds from the last Ctrl+Enter of {@link pasteAndPlay} until the app shows an error, or plays with no error and voices sounding (checked every frame; 5 s at most). */
async function sincePress(page: Page, until: 'error' | 'sounding'): Promise<number> {
  const waited = await page.waitForFunction((until) => {
    const at = (window as { pressedAt?: number }).pressedAt;
    const now = window.weft!.status();
    const done = until === 'error' ? now.error !== null : now.playing && now.error === null && now.voices > 0;
    return at !== undefined && done && performance.now() - at;
  }, until, { timeout: 5000 });
  return (await waited.jsonValue()) as number;
}

/** The longest run (ms) of 2.5 ms windows whose RMS is below -50 dBFS in a capture of the output. */
function longestDropout(samples: readonly number[], sampleRate: number): number {
  const window = Math.round(sampleRate * 0.0025);
  const floor = 10 ** (-50 / 20);
  let run = 0;
  let longest = 0;
  for (let i = 0; i + window <= samples.length; i += window) {
    let sum = 0;
    for (let j = i; j < i + window; j++) sum += samples[j]! * samples[j]!;
    if (Math.sqrt(sum / window) < floor) longest = Math.max(longest, ++run);
    else run = 0;
  }
  return longest * 2.5;
}

/** Captures the output every 250 ms (each capture ~0.68 s, so they overlap) for `ms`; the longest dropout seen. */
async function watchDropouts(page: Page, ms: number): Promise<number> {
  let worst = 0;
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const { samples, sampleRate } = await captureOutput(page);
    if (sampleRate > 0) worst = Math.max(worst, longestDropout(samples, sampleRate));
    await page.waitForTimeout(250);
  }
  return worst;
}

/** A drone that sounds all the time, in a block of its own. */
const DRONE = 'drone: note("c2").s("sawtooth").gain(0.3)';

describe('a faulty block beside a playing one', () => {
  const faults: [string, string, RegExp][] = [
    ['loops in a pattern function', 'bad: s("hh*4").fmap((v) => { while (true) {} })', /loop|without finishing/],
    ['throws on every query', `bad: s("hh*4").fmap(() => { throw new Error('boom') })`, /boom/],
    ['asks for 10⁸ events a cycle', 'bad: s("bd*100000000")', /10,000|10⁸|100,000,000|events/],
  ];

  it.each(faults)('%s: its error shows at its place within 2 s, and the playing block never drops out for over 20 ms', async (_name, fault, message) => {
    const page = await openApp(visitor, served.url);
    await play(page, DRONE);
    await page.waitForFunction(() => window.weft!.status().playing);
    await page.waitForTimeout(800);
    // The measurement itself: the drone alone has no dropout.
    expect(await watchDropouts(page, 1000)).toBeLessThanOrEqual(20);
    const code = `${DRONE}\n${fault}`;
    const dropouts = watchDropouts(page, 3000);
    await play(page, code);
    const shownAfter = await sincePress(page, 'error');
    const error = (await status(page)).error!;
    expect(error.message).toMatch(message);
    expect(error.line).toBe(2);
    expect(shownAfter).toBeLessThan(2000);
    expect(await dropouts).toBeLessThanOrEqual(20);
    await page.close();
  }, 60_000);
});

describe('code that changes JavaScript itself', () => {
  it.each([
    ['Object.prototype.x = 1', /JavaScript itself \(Object\.prototype\.x was added\)/],
    ['Array.prototype.push = function () { return 0 }', /JavaScript itself \(Array\.prototype\.push was changed\)/],
    // The realm has no MessageEvent to tamper with at all.
    ["Object.defineProperty(MessageEvent.prototype, 'data', { get() { return { type: 'evaluated' } } })", /MessageEvent is not defined/],
  ])('%s: is reported, and the next clean evaluation plays within 2 s', async (damage, message) => {
    const page = await openApp(visitor, served.url);
    await play(page, `$: s("hh*4")\n${damage}`);
    await page.waitForFunction(() => window.weft!.status().error !== null, undefined, { timeout: 5000 });
    const error = (await status(page)).error!;
    expect(error.message).toMatch(message);
    expect(error.line).toBe(2);
    await play(page, 'note("c3 e3 g3").s("triangle")');
    const playingAfter = await sincePress(page, 'sounding');
    expect(playingAfter).toBeLessThan(2000);
    await page.close();
  }, 30_000);
});

describe('absurd requests', () => {
  it('refuses 3,000 blocks with a clear error at the first one too many, and stays responsive', async () => {
    const page = await openApp(visitor, served.url);
    await play(page, '$: s("hh*4")');
    await page.waitForFunction(() => window.weft!.status().playing);
    await play(page, Array.from({ length: 3000 }, (_, i) => `$: s("hh").gain(${(i % 10) / 100})`).join('\n'));
    let slowest = 0;
    const end = Date.now() + 2500;
    while (Date.now() < end) {
      const t = Date.now();
      await status(page);
      slowest = Math.max(slowest, Date.now() - t);
      await page.waitForTimeout(50);
    }
    const error = (await status(page)).error;
    expect(error).toMatchObject({ line: 257, column: 1 });
    expect(error!.message).toMatch(/3,000 blocks; weft plays up to 256/);
    // The generous bound of the app's other responsiveness test: these machines are noisy.
    expect(slowest).toBeLessThan(250);
    expect((await status(page)).playing).toBe(true);
    await page.close();
  }, 60_000);

  it('answers setcps(1e-9) with an error or plays the next tempo', async () => {
    const page = await openApp(visitor, served.url);
    await play(page, 'setcps(1e-9)\n$: s("hh*4")');
    await page.waitForTimeout(1000);
    const first = await status(page);
    if (first.error === null) expect(first.cps).toBe(1e-9);
    await play(page, 'setcps(1)\n$: s("hh*4")');
    await page.waitForFunction(() => window.weft!.status().playing && window.weft!.status().cps === 1, undefined, { timeout: 2000 });
    await page.waitForFunction(() => window.weft!.status().voices > 0, undefined, { timeout: 2000 });
    await page.close();
  }, 30_000);
});
