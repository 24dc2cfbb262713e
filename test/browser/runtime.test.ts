// The runtime in headless Chromium: a worker evaluating and scheduling, the engine worklet playing,
// the main thread only watching. Served from a `vite build` of test/browser/runtime-fixture.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { allCases } from '../conformance/cases.ts';
import { launchChromium } from './harness.ts';
import type { PageReport, StatsPoint } from './runtime-fixture/page-api.ts';
import { onPage, openRuntimePage, serveRuntimePage, type RuntimePage } from './runtime-fixture/server.ts';

const LOOKAHEAD = 1;

let browser: Browser;
let served: RuntimePage;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  [browser, served] = await Promise.all([launchChromium(), serveRuntimePage()]);
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function openPage(): Promise<void> {
  ({ page, errors: pageErrors } = await openRuntimePage(browser, served.url));
  await onPage(page, 'open', { lookahead: LOOKAHEAD });
}

afterEach(async () => {
  await onPage(page, 'close');
  await page.close();
  expect(pageErrors).toEqual([]);
});

/** The longest stretch (audio seconds) from `from` on with no voice sounding, by the engine's stats. */
function longestSilence(stats: readonly StatsPoint[], from: number): number {
  let longest = 0;
  let silentSince: number | undefined;
  for (const s of stats) {
    if (s.time < from) continue;
    if (s.voices === 0) silentSince ??= s.time;
    else if (silentSince !== undefined) {
      longest = Math.max(longest, s.time - silentSince);
      silentSince = undefined;
    }
  }
  return silentSince === undefined ? longest : Math.max(longest, stats[stats.length - 1]!.time - silentSince);
}

/** Hap times as steps of `step` seconds from the first: every step once, none missing. */
function steps(report: PageReport, step: number): number[] {
  const times = report.haps.map((h) => h.time).sort((a, b) => a - b);
  return times.map((t) => Math.round((t - times[0]!) / step));
}

describe('the runtime worker', () => {
  it('plays every event on time while the main thread is blocked for 500 ms', async () => {
    await openPage();
    const result = await onPage(page, 'evaluate', 'setcps(1)\n$: s("hh*16").gain(0.3)');
    expect(result.ok).toBe(true);
    await onPage(page, 'wait', 600);
    await onPage(page, 'busy', 500);
    await onPage(page, 'wait', 600);
    const report = await onPage(page, 'report');
    const status = report.status!;
    expect(status).toMatchObject({ running: true, eventsLate: 0, restarts: 0 });
    // Every onset of the 16-per-second grid, once, from the start to a lookahead past now.
    const grid = steps(report, 1 / 16);
    expect(grid).toEqual(grid.map((_, i) => i));
    expect(report.haps.length).toBe(status.eventsScheduled);
    const start = Math.min(...report.haps.map((h) => h.time));
    expect(report.haps.length).toBeGreaterThanOrEqual(Math.floor((report.now - start + LOOKAHEAD * 0.9) * 16));
    // The engine played them all on time, through the stall.
    expect(Math.max(...report.stats.map((s) => s.late))).toBe(0);
    expect(Math.max(...report.stats.map((s) => s.dropped))).toBe(0);
    const stallStats = report.stats.filter((s) => s.time > start + 0.7 && s.time < start + 1.1);
    expect(stallStats.length).toBeGreaterThan(4);
    expect(Math.max(...stallStats.map((s) => s.peak))).toBeGreaterThan(0.01);
  }, 15_000);

  it('schedules on the clock worklet before the engine is made, and the engine then plays what was sent to it', async () => {
    ({ page, errors: pageErrors } = await openRuntimePage(browser, served.url));
    await onPage(page, 'open', { lookahead: LOOKAHEAD, engineLater: true });
    expect((await onPage(page, 'evaluate', 'setcps(1)\n$: s("hh*16").gain(0.3)')).ok).toBe(true);
    await onPage(page, 'wait', 300);
    const before = await onPage(page, 'report');
    // The runtime's clock runs on the clock worklet's stamps alone: it has started.
    expect(before.engineAt).toBeUndefined();
    expect(before.status).toMatchObject({ running: true });
    expect(before.haps.length).toBeGreaterThan(8);
    await onPage(page, 'makeEngine');
    await onPage(page, 'wait', 1000);
    const after = await onPage(page, 'report');
    const madeAt = after.engineAt!;
    // The port reached the engine: the events due after it was made sound.
    const sounding = after.stats.filter((s) => s.time > madeAt + 0.2);
    expect(sounding.length).toBeGreaterThan(4);
    expect(Math.max(...sounding.map((s) => s.peak))).toBeGreaterThan(0.01);
  }, 15_000);

  // A regular expression that backtracks for ever: a hang that no loop guard sees.
  const HANG = `/^(a+)+$/.test('a'.repeat(40) + '!')`;

  it('replaces a performer realm stuck in an evaluation without a gap, and reports it', async () => {
    await openPage();
    expect((await onPage(page, 'evaluate', 'setcps(1)\n$: note("c3*4").s("sine").gain(0.2)')).ok).toBe(true);
    await onPage(page, 'wait', 500);
    const stuck = await onPage(page, 'evaluate', `// stuck\n${HANG}`);
    expect(stuck).toMatchObject({ ok: false, error: { message: expect.stringMatching(/without finishing/), line: 1, column: 1 } });
    const after = await onPage(page, 'evaluate', 'setcps(1)\n$: note("e3*4").s("sine").gain(0.2)');
    expect(after.ok).toBe(true);
    await onPage(page, 'wait', 500);
    const report = await onPage(page, 'report');
    expect(report.status).toMatchObject({ restarts: 0, realmsReplaced: 1, running: true });
    expect(report.errors).toEqual([]);
    const start = Math.min(...report.haps.map((h) => h.time));
    // No gap at all: the runtime worker kept sending what it knew while the realm was replaced.
    expect(longestSilence(report.stats, start + 0.1)).toBe(0);
    // Every onset still on the quarter-cycle grid, once.
    const grid = steps(report, 1 / 4);
    expect(grid).toEqual(grid.map((_, i) => i));
    expect(Math.max(...report.stats.map((s) => s.late))).toBe(0);
  }, 20_000);

  it('reverts a pattern that throws at a later cycle to its last good version, and reports where', async () => {
    await openPage();
    expect((await onPage(page, 'evaluate', 'setcps(2)\n$: s("hh*4")')).ok).toBe(true);
    await onPage(page, 'wait', 150);
    const code = `setcps(2)
$: s("<bd sd cp bd sd cp bd oops>").fmap(v => {
  if (v.s === 'oops') throw new Error('no oops at cycle 7');
  return v;
})`;
    expect((await onPage(page, 'evaluate', code)).ok).toBe(true);
    await onPage(page, 'wait', 4200);
    const report = await onPage(page, 'report');
    expect(report.errors).toEqual([
      { kind: 'query', label: '$', reverted: 'previous', message: 'no oops at cycle 7', line: 3, column: expect.any(Number), from: code.indexOf('new Error'), to: expect.any(Number) },
    ]);
    // Cycle 7 (3.5 s after the start at cps 2) plays the previous version again.
    const start = Math.min(...report.haps.map((h) => h.time));
    const sounds = (from: number, to: number): Set<string | undefined> =>
      new Set(report.haps.filter((h) => h.time >= start + from - 1e-6 && h.time < start + to - 1e-6).map((h) => h.s));
    expect(sounds(0.5, 3.5)).toEqual(new Set(['sd', 'cp', 'bd']));
    expect(sounds(3.5, 4)).toEqual(new Set(['hh']));
  }, 20_000);

  it('replaces a realm whose pattern hangs at a later cycle, reverting that block only, without a gap', async () => {
    await openPage();
    expect((await onPage(page, 'evaluate', 'setcps(2)\n$: note("<c3 e3 g3 a3>").s("sine").gain(0.2)\nhats: s("hh*4").gain(0.2)')).ok).toBe(true);
    await onPage(page, 'wait', 150);
    const block = `$: note("<c3 e3 g3 a3 c3 e3 g3 b3>").s("sine").gain(0.2).fmap(v => {
  if (v.note === 'b3') ${HANG};
  return v;
})`;
    const from = 'setcps(2)\n'.length;
    const result = await onPage(page, 'evaluate', block, { block: { label: '$', from, to: from + block.length, line: 2, column: 1 } });
    expect(result.ok).toBe(true);
    await onPage(page, 'wait', 4200);
    const report = await onPage(page, 'report');
    expect(report.status).toMatchObject({ restarts: 0, realmsReplaced: 1, running: true });
    expect(report.errors).toEqual([
      { kind: 'query', label: '$', reverted: 'previous', message: expect.stringMatching(/without finishing/), line: 2, column: 1, from, to: from + block.length },
    ]);
    const start = Math.min(...report.haps.map((h) => h.time));
    expect(longestSilence(report.stats, start + 0.1)).toBe(0);
    // Both blocks play on, in phase; the hanging version of "$" is gone from cycle 7 (3.5 s) on.
    const grid = steps({ ...report, haps: report.haps.filter((h) => h.block === 'hats') }, 1 / 8);
    expect(grid).toEqual(grid.map((_, i) => i));
    expect(report.haps.filter((h) => h.block === '$' && h.time > start + 3.5 - 1e-6).length).toBeGreaterThanOrEqual(1);
    expect(Math.max(...report.stats.map((s) => s.late))).toBe(0);
  }, 20_000);

  it('leaves the previous pattern playing after a syntax error', async () => {
    await openPage();
    expect((await onPage(page, 'evaluate', 'setcps(1)\n$: s("bd*4")')).ok).toBe(true);
    await onPage(page, 'wait', 300);
    const broken = await onPage(page, 'evaluate', 'setcps(1)\n$: s("sd*4")\n  .fast(');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.line).toBe(3);
    await onPage(page, 'wait', 700);
    const report = await onPage(page, 'report');
    expect(new Set(report.haps.map((h) => h.s))).toEqual(new Set(['bd']));
    const grid = steps(report, 1 / 4);
    expect(grid).toEqual(grid.map((_, i) => i));
    expect(report.status).toMatchObject({ restarts: 0, eventsLate: 0 });
  }, 15_000);

  it('shows performer code no network, storage or other contexts, and no compiler of strings', async () => {
    await openPage();
    const names = [
      'fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'indexedDB', 'caches', 'importScripts', 'navigator',
      'BroadcastChannel', 'postMessage', 'Worker', 'SharedWorker', 'eval', 'setTimeout', 'setInterval', 'queueMicrotask', 'FontFace',
    ];
    const probe = `const found = [${names.map((n) => `typeof ${n} === 'undefined' ? '' : '${n}'`).join(', ')}].filter(Boolean);
throw new Error('reachable: ' + found.join(','));`;
    const leaks = await onPage(page, 'evaluate', probe);
    expect(leaks).toMatchObject({ ok: false, error: { message: 'reachable: ' } });
    for (const code of [
      `(() => {}).constructor('return fetch')()`,
      `Object.getPrototypeOf(async () => {}).constructor('return 1')`,
      `$: s("bd").fmap(v => (() => {}).constructor('return 1')())`,
    ]) {
      const result = await onPage(page, 'evaluate', code);
      if (result.ok) {
        // Lazily failing code is reported when it is queried.
        await onPage(page, 'wait', 200);
        expect((await onPage(page, 'report')).errors.map((e) => e.message)).toEqual([expect.stringContaining('not available')]);
      } else expect(result.error.message, code).toMatch(/not available/);
    }
    const imported = await onPage(page, 'evaluate', `import('data:text/javascript,export default 1')`);
    expect(imported).toMatchObject({ ok: false, error: { message: expect.stringContaining('imports') } });
    // samples() only declares what the code names: the worker fetches nothing, the main thread loads it.
    const declared = await onPage(page, 'evaluate', `samples('github:tidalcycles/dirt-samples')`);
    expect(declared).toMatchObject({ ok: true, samples: [expect.objectContaining({ kind: 'map', url: expect.stringContaining('dirt-samples') })] });
    const shorthand = await onPage(page, 'evaluate', `samples('local:bass')`);
    expect(shorthand).toMatchObject({ ok: false, error: { message: expect.stringContaining('name the files') } });
  }, 15_000);

  it('evaluates and plays every conformance case and example performance without the realm seeing itself changed', async () => {
    await openPage();
    const dir = new URL('../../patterns/', import.meta.url);
    const performances = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    const codes = [...allCases.map((c) => c.code), ...performances];
    const failed: string[] = [];
    for (const code of codes) {
      const result = await onPage(page, 'evaluate', code);
      if (!result.ok) failed.push(`${result.error.message}: ${code}`);
    }
    await onPage(page, 'wait', 1000);
    const report = await onPage(page, 'report');
    // Code Strudel plays, weft evaluates; and nothing the DSL does by itself counts as damage.
    expect(failed).toEqual([]);
    expect(report.status).toMatchObject({ realmsReplaced: 0 });
    expect(report.errors.filter((e) => /JavaScript itself|realm/.test(e.message))).toEqual([]);
  }, 120_000);

  it('lets a 1.1 MB program that takes seconds to evaluate finish, while the other blocks play on without a gap', async () => {
    await openPage();
    expect((await onPage(page, 'evaluate', 'setcps(1)\ndrone: note("c3*4").s("sine").gain(0.2)')).ok).toBe(true);
    await onPage(page, 'wait', 400);
    const lines: string[] = [];
    for (let i = 0, size = 0; size < 1_100_000; i++) {
      const line = `const p${i} = note("<c3 e3 g3 b3>*${(i % 7) + 1}").s("sawtooth").lpf(${400 + (i % 50) * 20}).gain(0.0${i % 9})`;
      lines.push(line);
      size += line.length + 1;
    }
    const code = `${lines.join('\n')}\nbig: stack(p0, p1, p2, p3).slow(2)`;
    const from = 'setcps(1)\n'.length + 'drone: note("c3*4").s("sine").gain(0.2)\n'.length;
    const started = Date.now();
    const result = await onPage(page, 'evaluate', code, { block: { label: 'big', from, to: from + code.length, line: 3, column: 1 } });
    const took = Date.now() - started;
    expect(result.ok).toBe(true);
    await onPage(page, 'wait', 1000);
    const report = await onPage(page, 'report');
    expect(report.status).toMatchObject({ realmsReplaced: 0, running: true });
    expect(report.errors).toEqual([]);
    // The drone's onsets stay on their grid, once each, through the long evaluation.
    const drone = report.haps.filter((h) => h.block === 'drone');
    const grid = steps({ ...report, haps: drone }, 1 / 4);
    expect(grid).toEqual(grid.map((_, i) => i));
    expect(longestSilence(report.stats, Math.min(...drone.map((h) => h.time)) + 0.1)).toBe(0);
    expect(report.haps.some((h) => h.block === 'big')).toBe(true);
    console.log(`a ${(code.length / 1e6).toFixed(2)} MB program evaluated in ${took} ms`);
  }, 60_000);

  it('runs no performer code after its evaluation: timers are gone, and a promise loop is stopped with the realm', async () => {
    await openPage();
    expect((await onPage(page, 'evaluate', 'setcps(1)\ndrone: note("c3*4").s("sine").gain(0.2)')).ok).toBe(true);
    await onPage(page, 'wait', 300);
    for (const [code, message] of [
      ['scheduler.postTask(() => {})', /scheduler is not defined/],
      ['new MessageChannel()', /MessageChannel is not defined/],
      ['setTimeout(() => {}, 10)', /setTimeout is not defined/],
      ['requestAnimationFrame(() => {})', /requestAnimationFrame is not defined/],
      ['new FinalizationRegistry(() => {})', /FinalizationRegistry is not defined/],
    ] as const) {
      const result = await onPage(page, 'evaluate', code);
      expect(result.ok, code).toBe(false);
      if (!result.ok) expect(result.error.message, code).toMatch(message);
    }
    // Code that would go on running in microtasks after its evaluation returned.
    const looping = await onPage(page, 'evaluate', 'const spin = () => Promise.resolve().then(spin)\nspin()\n$: s("hh")');
    expect(looping).toMatchObject({ ok: false, error: { message: expect.stringMatching(/without finishing/) } });
    const after = await onPage(page, 'evaluate', 'setcps(1)\ndrone: note("e3*4").s("sine").gain(0.2)');
    expect(after.ok).toBe(true);
    await onPage(page, 'wait', 500);
    const report = await onPage(page, 'report');
    expect(report.status).toMatchObject({ realmsReplaced: 1, running: true });
    const start = Math.min(...report.haps.map((h) => h.time));
    expect(longestSilence(report.stats, start + 0.1)).toBe(0);
  }, 30_000);
});
