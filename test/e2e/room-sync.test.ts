// Issue 15's sync: three Chromium pages in one room play the same events at the same server
// time, one of them on a computer whose clock is 200 ms off; an evaluation in one takes effect
// at the same cycle in all three.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR, typeCode } from './harness.ts';
import { gaps, heardHaps, joinPage, makeRoom, recordHaps, roomLink, roomStage, shareCode, type HeardHap, type RoomStage } from './room-harness.ts';

/** How long the sync is measured (the issue asks for 60 s). */
const MEASURE_MS = 60_000;
const CODE = 's("bd*4, hh*8").gain(0.4)';

let stage: RoomStage;
const pages: Page[] = [];

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

describe('a room of three pages', () => {
  beforeAll(async () => {
    stage = await roomStage();
  }, 600_000);

  afterAll(() => stage?.close());

  it(`plays every event at the same server time on all three within 2 ms over ${MEASURE_MS / 1000} s, the page 200 ms off included`, async () => {
    for (const page of pages.splice(0)) await page.context().close();
    const link = roomLink(stage.server, await makeRoom(stage.server));
    for (const skew of [0, 0, 200]) pages.push(await joinPage(stage, link, skew));
    const [a, b, c] = pages as [Page, Page, Page];
    await shareCode(a, [b, c], CODE);
    for (const page of pages) await recordHaps(page);
    await a.click(EDITOR);
    await a.keyboard.press('Control+Enter');
    // The others join what the room plays with play (a room never plays by itself).
    await b.waitForTimeout(300);
    expect(await heardHaps(b)).toEqual([]);
    const started = Date.now();
    await b.click('[data-action="play"]');
    await c.click('[data-action="play"]');
    await a.waitForTimeout(MEASURE_MS + 7000 - (Date.now() - started));
    const [ha, hb, hc] = (await Promise.all(pages.map(heardHaps))) as [HeardHap[], HeardHap[], HeardHap[]];
    // From 5 s after the last page pressed play, to the last events all three mapped.
    const from = Math.max(hb[0]!.server, hc[0]!.server) + 5000;
    const to = Math.min(ha.at(-1)!.server, hb.at(-1)!.server, hc.at(-1)!.server) - 500;
    const ab = gaps(ha, hb, from, to);
    const ac = gaps(ha, hc, from, to);
    const worst = Math.max(...[...ab, ...ac].map(Math.abs));
    console.log(`room sync over ${((to - from) / 1000).toFixed(1)} s, ${ab.length} events: B−A median ${median(ab).toFixed(3)} ms, C(+200 ms)−A median ${median(ac).toFixed(3)} ms, worst ${worst.toFixed(3)} ms`);
    expect(to - from).toBeGreaterThan(MEASURE_MS - 8000);
    // bd*4 and hh*8 at 0.5 cps: 6 events a second.
    expect(ab.length).toBeGreaterThan(((to - from) / 1000) * 5.5);
    expect(worst).toBeLessThan(2);
  }, MEASURE_MS + 120_000);

  it('makes an evaluation in one page take effect at the same cycle in all three', async () => {
    const [a, b, c] = pages as [Page, Page, Page];
    for (const page of pages) await recordHaps(page);
    await typeCode(b, 's("cp*4, rim*2").gain(0.4)');
    await b.keyboard.press('Control+Enter');
    await a.waitForTimeout(4000);
    const heard = await Promise.all(pages.map(heardHaps));
    // The first clap on each page: the same server time, and the same events from there on.
    const firsts = heard.map((list) => list.find((h) => h.sound === 'cp')!.server);
    expect(Math.max(...firsts) - Math.min(...firsts)).toBeLessThan(2);
    const after = (list: readonly HeardHap[]) => list.filter((h) => h.server >= firsts[0]! - 1 && h.server < firsts[0]! + 1750).map((h) => h.sound);
    expect(after(heard[1]!)).toEqual(after(heard[0]!));
    expect(after(heard[2]!)).toEqual(after(heard[0]!));
    expect(after(heard[0]!).every((s) => s === 'cp' || s === 'rim')).toBe(true);
    expect(after(heard[0]!).length).toBeGreaterThanOrEqual(5);
    void c;
  }, 60_000);

  it('changes the room\'s tempo from one page\'s setcps at the same cycle everywhere', async () => {
    for (const page of pages) await recordHaps(page);
    const [, b] = pages as [Page, Page, Page];
    await typeCode(b, 'setcps(0.75)\ns("cp*4").gain(0.4)');
    await b.keyboard.press('Control+Enter');
    await b.waitForTimeout(5000);
    const heard = await Promise.all(pages.map(heardHaps));
    const claps = heard.map((list) => list.filter((h) => h.sound === 'cp').map((h) => h.server));
    // The claps of the last 2 s: a third of a second apart (0.75 cps, four a cycle), at the same times everywhere.
    const end = Math.min(...claps.map((c) => c.at(-1)!)) - 100;
    const last = claps.map((c) => c.filter((t) => t > end - 2000 && t <= end));
    for (const list of last) for (let i = 1; i < list.length; i++) expect(list[i]! - list[i - 1]!).toBeCloseTo(1000 / 3, 0);
    expect(last[0]!.length).toBeGreaterThanOrEqual(5);
    for (const list of last.slice(1)) expect(list.map((t, i) => Math.abs(t - last[0]![i]!)).every((d) => d < 2)).toBe(true);
  }, 60_000);
});
