/**
 * The visuals' frame rate: the built app in headless Chromium plays a dense program with inline
 * visuals (`._pianoroll()`, `._punchcard()`, `._scope()`) and one behind the code, with at least
 * 2,000 events on screen, and the page's animation frames are timed for a few seconds. Figures,
 * not assertions: `npm run bench -- visuals`.
 */
import { buildAndServe, launchBrowser, newVisitor, openApp, typeCode } from '../test/e2e/harness.ts';

/**
 * 512 events a second drawn by two rolls (256 each) over 4 s of past and the lookahead ahead:
 * over 2,000 events on screen; a scope, and a roll behind the code.
 */
const PROGRAM_LINES = [
  'setcps(1)',
  '$: n(run(256)).scale("C:minor").s("sine").gain(0.02).decay(0.05)._pianoroll({ cycles: 8 })',
  '$: s("hh*256").gain(0.02)._punchcard({ cycles: 8 })',
  '$: note("c2").s("sawtooth").gain(0.05)._scope().pianoroll({ cycles: 8 })',
];
/** `BARE=1`: the same program without its visuals, for comparison. */
const PROGRAM = (process.env['BARE'] ? PROGRAM_LINES.map((l) => l.replace(/\.?_?(pianoroll|punchcard|scope)\([^)]*\)/g, '')) : PROGRAM_LINES).join('\n');

const SECONDS = 4;

export async function benchVisuals(): Promise<void> {
  const [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
  try {
    const page = await openApp(await newVisitor(browser), served.url);
    await typeCode(page, PROGRAM);
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => window.weft!.status().playing);
    // Let the visuals load and the past fill up.
    await page.waitForTimeout(4500);
    // A script as text: the bundler that runs this file names functions with a helper the page lacks.
    const result = (await page.evaluate(`new Promise((done) => {
      const frames = [];
      const start = performance.now();
      const scheduled = window.weft.status().eventsScheduled;
      requestAnimationFrame(function tick(now) {
        frames.push(now);
        if (now - start < ${SECONDS * 1000}) requestAnimationFrame(tick);
        else done({
          gaps: frames.slice(1).map((t, i) => t - frames[i]).sort((a, b) => a - b),
          canvases: document.querySelectorAll('canvas[data-visual]').length,
          late: window.weft.status().eventsLate,
          scheduled: window.weft.status().eventsScheduled - scheduled,
        });
      });
    })`)) as { gaps: number[]; canvases: number; late: number; scheduled: number };
    const events = (await page.evaluate("document.querySelectorAll('.cm-weft-sounding').length")) as number;
    const { gaps } = result;
    const fps = gaps.length / SECONDS;
    const p95 = gaps[Math.floor(gaps.length * 0.95)] ?? 0;
    const long = gaps.filter((g) => g > 33).length;
    const rate = result.scheduled / SECONDS;
    // The rolls show 4 s of past (8 cycles, now in the middle) and what is scheduled ahead.
    console.log(`visuals: ${result.canvases} inline canvases + the backdrop, ${rate.toFixed(0)} events a second, so over ${Math.floor((rate * 4) / 100) * 100} events on screen, ${SECONDS} s timed`);
    console.log(`  frames: ${fps.toFixed(1)} fps, median ${(gaps[gaps.length >> 1] ?? 0).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, ${long} longer than 33 ms`);
    console.log(`  events late meanwhile: ${result.late}; characters lit: ${events}`);
  } finally {
    await browser.close();
    await served.close();
  }
}
