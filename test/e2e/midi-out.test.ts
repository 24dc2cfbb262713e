// MIDI out in the built app, in headless Chromium with a Web MIDI implementation injected into the
// page (there is no MIDI hardware here) that records every send: what a test program sends, when
// (against the audio clock as the speakers play it), through a stall of the page, across a swap,
// and what the performer is told about a port that is not there.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installFakeMidi, sentMidi, type SentMidi } from './fake-midi.ts';
import { buildAndServe, EDITOR, editorText, launchBrowser, newVisitor, openApp, pasteAndPlay, typeCode, type ServedApp } from './harness.ts';

let browser: Browser;
let served: ServedApp;

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** A page whose browser has the fake MIDI ports. */
async function midiPage(clear: boolean): Promise<{ page: Page; visitor: BrowserContext }> {
  const visitor = await newVisitor(browser);
  await installFakeMidi(visitor, { outputs: ['weft test out', 'Second Synth'], clear });
  return { page: await openApp(visitor, served.url), visitor };
}

const play = pasteAndPlay;

const hex = (m: SentMidi): string => m.data.map((b) => b.toString(16).padStart(2, '0')).join(' ');

/**
 * The audio time of cycle `cycle` and the performance time at which the speakers play audio
 * time `t`, as the page's own clocks say: the status's cycle against the context's time, and a
 * least-squares line through a second of the context's output timestamps (the test's own fit).
 */
async function clocks(page: Page): Promise<{ cycleTime: (cycle: number) => number; heard: (t: number) => number }> {
  const { anchor, readings } = await page.evaluate(async () => {
    const context = (window as unknown as { __weftTap: AnalyserNode }).__weftTap.context as AudioContext;
    const readings: [number, number][] = [];
    for (let i = 0; i < 40; i++) {
      const s = context.getOutputTimestamp();
      readings.push([s.contextTime!, s.performanceTime!]);
      await new Promise((r) => setTimeout(r, 25));
    }
    const status = window.weft!.status();
    return { anchor: { cycle: status.cycle, cps: status.cps, time: context.currentTime }, readings };
  });
  const n = readings.length;
  const mt = readings.reduce((a, r) => a + r[0], 0) / n;
  const mp = readings.reduce((a, r) => a + r[1], 0) / n;
  const slope = readings.reduce((a, r) => a + (r[0] - mt) * (r[1] - mp), 0) / readings.reduce((a, r) => a + (r[0] - mt) ** 2, 0);
  return {
    cycleTime: (cycle) => anchor.time + (cycle - anchor.cycle) / anchor.cps,
    heard: (t) => mp + slope * (t - mt),
  };
}

describe('MIDI out', () => {
  it('sends the notes, channels, control and program changes of a test program exactly, each at the audio time it is heard (within 1 ms)', async () => {
    const { page, visitor } = await midiPage(true);
    // MIDI ready before the first play (the panel starts it), as after a first .midi() in a set:
    // the first notes of a set can be late while the browser grants MIDI.
    await page.click(EDITOR);
    await page.keyboard.press('Alt+m');
    await page.locator('[data-overlay="midi"]').waitFor();
    await page.keyboard.press('Escape');
    await play(page, [
      'setcps(1)',
      '$: note("c4 e4 g4 c5").midichan(2).velocity(0.5).midi()',
      '$: ccn(74).ccv("<0 1>").progNum(7).midichan(3).midi("Second")',
    ].join('\n'));
    await page.waitForFunction(() => window.fakeMidi!.sent.length >= 40, undefined, { timeout: 10_000 });
    const sent = await sentMidi(page);
    const first = sent.filter((m) => m.port === 'weft test out');
    const ons = first.filter((m) => m.data[0] === 0x91);
    expect(ons.slice(0, 8).map((m) => m.data[1])).toEqual([60, 64, 67, 72, 60, 64, 67, 72]);
    expect(ons.every((m) => m.data[2] === 64)).toBe(true);
    expect(first.filter((m) => m.data[0] === 0x81).slice(0, 4).map((m) => m.data[1])).toEqual([60, 64, 67, 72]);
    const second = sent.filter((m) => m.port === 'Second Synth').map(hex);
    expect(second.slice(0, 4)).toEqual(['c2 07', 'b2 4a 00', 'c2 07', 'b2 4a 7f']);
    // Nothing else went anywhere.
    expect(sent.every((m) => m.port === 'Second Synth' || [0x91, 0x81].includes(m.data[0]!))).toBe(true);

    // Each note's timestamp is where its cycle is heard: the audio time that weft's output clock
    // maps it back to, at the moment of the send, is on the quarter cycles of the audio clock.
    const { cycleTime, heard } = await clocks(page);
    const errors = ons.map((m) => {
      const cycle = Math.round((m.audioAt! - cycleTime(0)) * 4) / 4;
      return Math.abs(m.audioAt! - cycleTime(cycle)) * 1000;
    });
    // For the note: how far the map has moved since (headless Chromium's audio device on a loaded machine).
    const moved = ons.map((m) => Math.abs(m.timestamp! - heard(m.audioAt!)));
    console.log(`MIDI timestamps against the audio clock: worst ${Math.max(...errors).toFixed(3)} ms over ${errors.length} notes; the map moved by up to ${Math.max(...moved).toFixed(1)} ms since`);
    expect(Math.max(...errors)).toBeLessThan(1);
    await visitor.close();
  }, 60_000);

  it('sends nothing late through a 500 ms stall of the page: every timestamp is at or after the moment it was given', async () => {
    const { page, visitor } = await midiPage(true);
    await play(page, '$: note("c4*16").midi()');
    await page.waitForFunction(() => window.fakeMidi!.sent.length >= 8, undefined, { timeout: 10_000 });
    const before = (await sentMidi(page)).length;
    await page.evaluate(() => {
      const end = performance.now() + 500;
      while (performance.now() < end) { /* the main thread is stalled */ }
    });
    await page.waitForTimeout(1500);
    // What was given from the stall on.
    const sent = (await sentMidi(page)).slice(before);
    expect(sent.length).toBeGreaterThan(30);
    // None went late (without a timestamp), none was stamped before it was given.
    expect(sent.filter((m) => m.timestamp === undefined || m.timestamp < m.sentAt)).toEqual([]);
    await visitor.close();
  }, 60_000);

  for (const clear of [true, false]) {
    it(`hears a swap on MIDI at once, ${clear ? 'withdrawing what the old code queued (clear())' : 'within 200 ms where the browser cannot withdraw'}`, async () => {
      const { page, visitor } = await midiPage(clear);
      await play(page, '$: note("c4*8").midi()');
      await page.waitForFunction(() => window.fakeMidi!.sent.length >= 8, undefined, { timeout: 10_000 });
      const pressed = await play(page, '$: note("c5*8").midi()');
      await page.waitForFunction(() => window.fakeMidi!.sent.some((m) => m.data[0] === 0x90 && m.data[1] === 72), undefined, { timeout: 5000 });
      await page.waitForTimeout(1500);
      const sent = await sentMidi(page);
      const cleared = await page.evaluate(() => window.fakeMidi!.cleared.length);
      const heard = sent.filter((m) => m.withdrawn === undefined);
      const firstNew = Math.min(...heard.filter((m) => m.data[0] === 0x90 && m.data[1] === 72).map((m) => m.timestamp ?? m.sentAt));
      // What still sounds of the old code after the swap: its notes given and not withdrawn.
      const lastOld = Math.max(pressed, ...heard.filter((m) => m.data[0] === 0x90 && m.data[1] === 60).map((m) => m.timestamp ?? m.sentAt));
      console.log(`swap heard on MIDI (${clear ? 'clear()' : 'no clear()'}): first new note ${(firstNew - pressed).toFixed(0)} ms after Ctrl+Enter, old notes until ${(lastOld - pressed).toFixed(0)} ms after`);
      if (clear) expect(cleared).toBeGreaterThan(0);
      // Withdrawn, the old code stops where the new one starts; given ahead, it may sound the short horizon on.
      expect(lastOld - firstNew).toBeLessThanOrEqual(clear ? 1 : 200);
      expect(firstNew - pressed).toBeLessThan(1000);
      await visitor.close();
    }, 60_000);
  }

  it('says at the .midi() call that a port is not there, naming the ports there are, and plays on', async () => {
    const { page, visitor } = await midiPage(true);
    await play(page, '$: note("c4*4").midi("IAC Bus 9")\n$: note("e4*4").midi()');
    const warning = page.locator('.cm-weft-problem-warning');
    await expect.poll(async () => (await warning.allTextContents()).join('')).toContain('midi("IAC Bus 9")');
    const message = await page.locator('.cm-weft-problem-message-warning').first().textContent();
    expect(message).toBe('MIDI output "IAC Bus 9" is not there: the outputs are "weft test out", "Second Synth"');
    await page.waitForFunction(() => window.fakeMidi!.sent.some((m) => m.data[1] === 64), undefined, { timeout: 5000 });
    expect((await sentMidi(page)).some((m) => m.data[1] === 60)).toBe(false);
    // The readout says where .midi() sends; it opens the MIDI panel, which lists the outputs.
    await expect.poll(() => page.locator('[data-readout="midi"]').textContent()).toBe('MIDI → weft test out (+1)');
    await page.click('[data-readout="midi"]');
    await expect.poll(() => page.locator('[data-overlay="midi"] .midi-outputs tbody tr').count()).toBe(2);
    await visitor.close();
  }, 60_000);

  it('sends MIDI clock chosen in the MIDI panel: Start, 24 pulses a beat at the tempo, Stop', async () => {
    const { page, visitor } = await midiPage(true);
    await page.click(EDITOR);
    await page.keyboard.press('Alt+m');
    const panel = page.locator('[data-overlay="midi"]');
    await panel.getByLabel('send clock to').selectOption('Second Synth');
    await panel.getByLabel('beats per cycle').fill('4');
    await page.keyboard.press('Escape');
    await play(page, 'setcps(0.5)\n$: s("bd*4")');
    await page.waitForFunction(() => window.fakeMidi!.sent.filter((m) => m.data[0] === 0xf8).length >= 150, undefined, { timeout: 10_000 });
    const sent = (await sentMidi(page)).filter((m) => m.port === 'Second Synth');
    expect(sent[0]!.data).toEqual([0xfa]);
    const pulses = sent.filter((m) => m.data[0] === 0xf8);
    // A pulse goes late (at once) only when the page was busy longer than the clock's horizon
    // (the first heartbeat of the playback, the language service loading): a few at most.
    const late = pulses.flatMap((p, i) => (p.timestamp === undefined ? [i] : []));
    expect(late.length).toBeLessThan(pulses.length / 10);
    const timed = pulses.filter((p) => p.timestamp !== undefined);
    const gaps = timed.slice(1).map((p, i) => p.timestamp! - timed[i]!.timestamp!);
    // 120 BPM: a pulse every 1000/48 ms of the audio clock as heard (the map's slope is within a few parts in a thousand of 1).
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    console.log(`MIDI clock: ${pulses.length} pulses (${late.length} late at the start), mean gap ${mean.toFixed(4)} ms (1000/48 = ${(1000 / 48).toFixed(4)}), jitter ${Math.max(...gaps.map((g) => Math.abs(g - mean))).toFixed(3)} ms`);
    expect(Math.abs(mean - 1000 / 48)).toBeLessThan(0.1);
    // Each pulse is stamped with the clock map as fitted when it leaves: a refit moves it by a fraction of a millisecond.
    expect(Math.max(...gaps.map((g) => Math.abs(g - mean)))).toBeLessThan(2);
    await page.keyboard.press('Control+.');
    await page.waitForFunction(() => window.fakeMidi!.sent.some((m) => m.data[0] === 0xfc), undefined, { timeout: 5000 });
    await visitor.close();
  }, 60_000);

  it('completes the names of the MIDI outputs inside .midi("', async () => {
    const { page, visitor } = await midiPage(true);
    await play(page, 's("bd")');
    await page.waitForFunction(() => window.weft!.status().playing);
    await typeCode(page, 'note("c4").midi("Sec');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await expect.poll(() => options.allTextContents(), { timeout: 10_000 }).toEqual([expect.stringContaining('Second Synth')]);
    // CodeMirror takes no Enter in the first 75 ms of a list (its interaction delay).
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
    expect(await editorText(page)).toBe('note("c4").midi("Second Synth")');
    await visitor.close();
  }, 60_000);
});
