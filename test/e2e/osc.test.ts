// .osc() in the built app, as a performer uses it: `weft osc-bridge` runs beside the page (on
// its default port, where the page looks), a UDP listener stands in for SuperDirt, and the code
// plays s("bd sd").osc(): SuperDirt receives /dirt/play bundles timetagged on the cycle's steps;
// the status line says whether the bridge is connected, and .osc() is warned at when it is not.
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { join, resolve } from 'node:path';
import { fromBuffer, type OscBundleOutput, type OscMessageOutput } from 'osc-min';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timetagToEpochMs } from '../../src/cli/osc-encode.ts';
import { buildAndServe, launchBrowser, newVisitor, openApp, typeCode, type ServedApp } from './harness.ts';

const root = resolve(import.meta.dirname, '../..');

/** One bundle as SuperDirt receives it: when it must sound (epoch ms), its pairs, when it arrived. */
interface Received {
  readonly time: number;
  readonly args: Record<string, string | number>;
  readonly arrived: number;
}

let browser: Browser;
let served: ServedApp;
let udp: Socket;
let bridge: ChildProcess | undefined;
let bridgeOutput = '';
const received: Received[] = [];

/** Starts `weft osc-bridge` on its default WebSocket port, sending to the UDP listener. */
async function startBridge(): Promise<void> {
  const child = spawn(process.execPath, [join(root, 'bin/weft.js'), 'osc-bridge', '--target', `127.0.0.1:${udp.address().port}`], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  bridge = child;
  await new Promise<void>((done, fail) => {
    const take = (chunk: Buffer): void => {
      bridgeOutput += chunk.toString('utf8');
      if (bridgeOutput.includes('listening on')) done();
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    child.once('exit', () => fail(new Error(`the bridge exited:\n${bridgeOutput}`)));
  });
}

async function stopBridge(): Promise<void> {
  const child = bridge;
  bridge = undefined;
  if (child === undefined || child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

beforeAll(async () => {
  udp = createSocket('udp4');
  udp.on('message', (packet) => {
    const bundle = fromBuffer(packet) as OscBundleOutput;
    const message = bundle.elements[0] as OscMessageOutput;
    const args: Record<string, string | number> = {};
    for (let i = 0; i + 1 < message.args.length; i += 2) args[String(message.args[i]!.value)] = message.args[i + 1]!.value as string | number;
    if (bundle.oscType === 'bundle' && message.address === '/dirt/play') received.push({ time: timetagToEpochMs(bundle.timetag), args, arrived: Date.now() });
  });
  await new Promise<void>((done) => udp.bind(0, '127.0.0.1', done));
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
  await startBridge();
}, 120_000);

afterAll(async () => {
  await stopBridge();
  udp?.close();
  await browser?.close();
  await served?.close();
});

const readout = (page: Page): Promise<string | null> => page.textContent('[data-readout="osc"]');

/** The bundles received from `from` on whose `s` is one of `sounds`, in time order. */
const bundlesOf = (sounds: readonly string[], from = 0): Received[] => received.slice(from).filter((r) => sounds.includes(String(r.args['s']))).sort((a, b) => a.time - b.time);

describe('.osc() through weft osc-bridge', () => {
  it('sends s("bd sd") as /dirt/play bundles on the cycle’s steps; says when the bridge is not running', async () => {
    const errors: string[] = [];
    const page = await openApp(await newVisitor(browser), served.url, errors);
    await typeCode(page, 'setcps(1)\ns("bd sd").osc()');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.querySelector('[data-readout="osc"]')?.textContent === 'OSC → SuperDirt: connected', undefined, { timeout: 20_000 });
    expect(await page.getAttribute('[data-readout="osc"]', 'aria-label')).toBe('OSC output');
    expect(bridgeOutput).toMatch(/a client from http:\/\/127\.0\.0\.1:\d+ connected/);
    const from = received.length;
    await page.waitForTimeout(4000);
    const first = bundlesOf(['bd', 'sd']).slice(0, 3).map((b) => `${b.args['s']} ${(b.time - b.arrived).toFixed(1)} ms`);
    console.log(`OSC: the first bundles arrived ahead of their time by ${first.join(', ')}; late: ${await page.getAttribute('[data-readout="osc"]', 'title') || 'none'}`);
    const bundles = bundlesOf(['bd', 'sd'], from);
    expect(bundles.length).toBeGreaterThanOrEqual(6);
    // Alternating bd, sd, half a cycle apart at 1 cps: 500 ms between timetags, within 2 ms.
    const steps = bundles.slice(1).map((b, i) => b.time - bundles[i]!.time);
    for (const [i, b] of bundles.entries()) {
      expect(b.args['s']).toBe(Math.round(Number(b.args['cycle']) * 2) % 2 === 0 ? 'bd' : 'sd');
      expect(b.args).toMatchObject({ cps: 1, delta: 0.5, orbit: 0 });
      if (i > 0) expect(Number(b.args['cycle']) - Number(bundles[i - 1]!.args['cycle'])).toBeCloseTo(0.5, 5);
    }
    console.log(`OSC steps (ms): ${steps.map((s) => s.toFixed(2)).join(' ')}`);
    for (const step of steps) expect(Math.abs(step - 500)).toBeLessThan(2);
    // Each left about the horizon (250 ms) before its time: measured, not asserted.
    const slack = bundles.map((b) => b.time - b.arrived).sort((a, b) => a - b);
    console.log(`OSC: ${bundles.length} bundles; step error max ${Math.max(...steps.map((s) => Math.abs(s - 500))).toFixed(3)} ms; arrived ahead of their time by ${slack[0]!.toFixed(1)}..${slack[slack.length - 1]!.toFixed(1)} ms (median ${slack[slack.length >> 1]!.toFixed(1)})`);

    // A swap: what the old code had scheduled past the swap is withdrawn before it leaves.
    const swapFrom = received.length;
    await typeCode(page, 'setcps(1)\ns("hh*4").osc()');
    const pressed = Date.now();
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(3000);
    const hats = bundlesOf(['hh'], swapFrom);
    const old = bundlesOf(['bd', 'sd'], swapFrom);
    expect(hats.length).toBeGreaterThanOrEqual(4);
    // (An old event at the very time of the swap stays: the cancels withdraw what comes after it.)
    expect(Math.max(...old.map((b) => b.time))).toBeLessThanOrEqual(hats[0]!.time + 1);
    console.log(`OSC swap: Ctrl+Enter to the new code's first event: ${(hats[0]!.time - pressed).toFixed(1)} ms; the old code's last bundle ${(hats[0]!.time - Math.max(...old.map((b) => b.time))).toFixed(1)} ms before the new code's first; late: ${await page.getAttribute('[data-readout="osc"]', 'title') || 'none'}`);

    // A main thread busy for longer than the horizon sends what fell due meanwhile late, counted.
    const stallFrom = received.length;
    await page.evaluate(() => {
      const until = performance.now() + 600;
      while (performance.now() < until);
    });
    await page.waitForFunction(() => /sent late/.test(document.querySelector('[data-readout="osc"]')?.getAttribute('title') ?? ''), undefined, { timeout: 5000 });
    await page.waitForTimeout(500);
    const afterStall = received.slice(stallFrom).filter((r) => r.arrived > r.time).map((r) => (r.arrived - r.time).toFixed(0));
    console.log(`OSC: a 600 ms stall of the page: ${await page.getAttribute('[data-readout="osc"]', 'title')}; they arrived late by ${afterStall.join(', ')} ms`);

    const lateOnes = received.filter((r) => r.arrived > r.time).map((r) => `${r.args['s']} at cycle ${Number(r.args['cycle']).toFixed(2)}, ${(r.arrived - r.time).toFixed(1)} ms late`);
    console.log(`OSC: of ${received.length} bundles, ${lateOnes.length} arrived after their time: ${lateOnes.join('; ') || 'none'}`);

    // The bridge stops: the status says so, and so does a warning at .osc().
    await stopBridge();
    await page.waitForFunction(() => document.querySelector('[data-readout="osc"]')?.textContent?.startsWith('OSC bridge not running') === true, undefined, { timeout: 10_000 });
    expect(await readout(page)).toBe('OSC bridge not running: start it with npx weft osc-bridge');
    await page.locator('.cm-weft-problem-warning').first().waitFor({ timeout: 10_000 });
    expect((await page.$$eval('.cm-weft-problem-warning', (marks) => marks.map((m) => m.textContent))).join('')).toBe('osc()');

    // Started again, it is found again.
    await startBridge();
    await page.waitForFunction(() => document.querySelector('[data-readout="osc"]')?.textContent === 'OSC → SuperDirt: connected', undefined, { timeout: 15_000 });
    expect(errors).toEqual([]);
  }, 90_000);
});
