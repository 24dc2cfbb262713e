// Runtime benchmark: `npx tsx bench/runtime.ts`, or `benchRuntime()` from bench/index.ts. Drives
// headless Chromium (Debian's, never downloaded) on a `vite build` of the runtime test page: the
// worker evaluating and scheduling, the engine worklet playing, the main thread only watching.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/browser/harness.ts';
import type { PageReport } from '../test/browser/runtime-fixture/page-api.ts';
import { onPage, openRuntimePage, serveRuntimePage } from '../test/browser/runtime-fixture/server.ts';
import { PERFORMANCE } from './runtime-performance.ts';

const EVALUATIONS = 40;
const STALL_SECONDS = 10;

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const max = (xs: readonly number[]): number => Math.max(...xs);
const ms = (x: number): string => `${x.toFixed(1)} ms`;

/** Events the engine started late or dropped, from its cumulative counters. */
function engineLate(report: PageReport, from: number): { late: number; dropped: number } {
  const stats = report.stats.filter((s) => s.time >= from);
  const first = stats[0];
  const last = stats[stats.length - 1];
  if (first === undefined || last === undefined) return { late: 0, dropped: 0 };
  return { late: last.late - first.late, dropped: last.dropped - first.dropped };
}

async function latencies(page: Page): Promise<void> {
  const lines = PERFORMANCE.trimEnd().split('\n').length;
  await onPage(page, 'evaluate', PERFORMANCE);
  await onPage(page, 'wait', 300);
  const { latency, swap } = await onPage(page, 'latencies', PERFORMANCE, EVALUATIONS);
  console.log(`evaluation latency, ${lines}-line performance (call to first new event posted to the worklet), ${latency.length} runs:`);
  console.log(`  median ${ms(median(latency))}, max ${ms(max(latency))}  (target: median < 10 ms)`);
  console.log(`swap latency in audio time (context time at the call to the swap point):`);
  console.log(`  median ${ms(median(swap) * 1000)}, max ${ms(max(swap) * 1000)}`);
}

async function stalls(page: Page): Promise<void> {
  await onPage(page, 'evaluate', PERFORMANCE);
  await onPage(page, 'wait', 500);
  const before = await onPage(page, 'report');
  await onPage(page, 'stalls', 200, 1000, STALL_SECONDS);
  const after = await onPage(page, 'report');
  const scheduled = after.status!.eventsScheduled - before.status!.eventsScheduled;
  const lateScheduler = after.status!.eventsLate - before.status!.eventsLate;
  const engine = engineLate(after, before.now);
  console.log(`late events with a 200 ms main-thread stall every second, ${STALL_SECONDS} s:`);
  console.log(`  ${scheduled} events scheduled, ${lateScheduler} late at the scheduler, ${engine.late} late and ${engine.dropped} dropped at the engine (target: 0)`);
}

/** The longest stretch (s) with no voice sounding after `from`, by the engine's stats. */
function longestSilence(report: PageReport, from: number): number {
  let longest = 0;
  let since: number | undefined;
  for (const s of report.stats.filter((x) => x.time > from)) {
    if (s.voices === 0) since ??= s.time;
    else if (since !== undefined) {
      longest = Math.max(longest, s.time - since);
      since = undefined;
    }
  }
  return longest;
}

/** How long a hung evaluation takes to be reported, and whether the music stops meanwhile. */
async function hangs(page: Page): Promise<void> {
  const cases: [string, string][] = [
    ['a loop at the top level, caught by its loop guard', 'while (true) {}'],
    ['a hang no loop guard sees (a regular expression backtracking), caught by replacing the realm', `/^(a+)+$/.test('a'.repeat(40) + '!')`],
  ];
  await onPage(page, 'evaluate', 'setcps(1)\n$: note("c3*8").s("sine").gain(0.2)');
  await onPage(page, 'wait', 500);
  for (const [name, code] of cases) {
    const before = await onPage(page, 'report');
    const t0 = Date.now();
    const stuck = await onPage(page, 'evaluate', code);
    const answered = Date.now() - t0;
    await onPage(page, 'wait', 600);
    const report = await onPage(page, 'report');
    console.log(`hung evaluation, ${name}: reported after ${answered} ms (${stuck.ok ? 'not reported!' : `${stuck.error.line}:${stuck.error.column} ${stuck.error.message}`}),`);
    console.log(`  realm replaced ${(report.status?.realmsReplaced ?? 0) - (before.status?.realmsReplaced ?? 0)} time(s), longest silence ${ms(longestSilence(report, before.now) * 1000)}`);
  }
}

/** Prints the runtime's figures: evaluation and swap latency, late events under main-thread stalls, hung evaluations. */
export async function benchRuntime(): Promise<void> {
  console.log('\n== runtime (headless Chromium, worker + worklet) ==');
  const [browser, served] = await Promise.all([launchChromium(), serveRuntimePage()]);
  try {
    for (const run of [latencies, stalls, hangs]) {
      const { page } = await openRuntimePage(browser, served.url);
      await onPage(page, 'open', {});
      try {
        await run(page);
      } finally {
        await onPage(page, 'close');
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchRuntime();
