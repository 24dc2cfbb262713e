// Issue 15's "who plays what": each performer evaluates their own block (Alt+Enter) and every
// page swaps that block alone, at the same cycle; another's unfinished edit is not played, and a
// mistake is shown to the performer who made it alone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR } from './harness.ts';
import { heardHaps, joinPage, makeRoom, recordHaps, roomLink, roomStage, roomText, shareCode, type RoomStage } from './room-harness.ts';

const CODE = '$ana: s("bd*4").gain(0.4)\n\n$bo: s("hh*4").gain(0.3)';

let stage: RoomStage;
let ana: Page;
let bo: Page;

describe('two performers, a block each', () => {
  beforeAll(async () => {
    stage = await roomStage();
    const link = roomLink(stage.server, await makeRoom(stage.server));
    ana = await joinPage(stage, link);
    bo = await joinPage(stage, link);
    await shareCode(ana, [bo], CODE);
    await ana.keyboard.press('Control+Enter');
    await bo.click('[data-action="play"]');
    await bo.waitForTimeout(2000);
  }, 600_000);

  afterAll(() => stage?.close());

  it('swaps only the block evaluated, at the same cycle on both pages, leaving the other\'s unfinished edit unplayed', async () => {
    for (const page of [ana, bo]) await recordHaps(page);
    // Ana starts changing her block, and does not evaluate it yet.
    await ana.click(`${EDITOR} .cm-line >> nth=0`, { position: { x: 4, y: 4 } });
    await ana.keyboard.press('End');
    await ana.keyboard.type('.speed(');
    // Bo changes his and evaluates it alone.
    await bo.click(`${EDITOR} .cm-line >> nth=2`, { position: { x: 4, y: 4 } });
    await bo.keyboard.press('Home');
    await bo.keyboard.press('Shift+End');
    await bo.keyboard.type('$bo: s("cp*4").gain(0.3)');
    await expect.poll(() => roomText(ana)).toContain('$bo: s("cp*4").gain(0.3)');
    await bo.keyboard.press('Alt+Enter');
    await bo.waitForTimeout(4000);
    const heard = await Promise.all([ana, bo].map(heardHaps));
    const firstClap = heard.map((list) => list.find((h) => h.sound === 'cp')?.server);
    expect(firstClap.every((t) => t !== undefined)).toBe(true);
    expect(Math.abs(firstClap[0]! - firstClap[1]!)).toBeLessThan(2);
    // From the first clap on: claps in place of hats, and the kick going on, the same on both.
    const from = (list: readonly { server: number; sound: string }[]) => list.filter((h) => h.server >= firstClap[0]! - 1 && h.server < firstClap[0]! + 1900).map((h) => h.sound).sort();
    expect(from(heard[0]!)).toEqual(from(heard[1]!));
    expect(new Set(from(heard[0]!))).toEqual(new Set(['bd', 'cp']));
    expect(await ana.locator('.cm-weft-problem-error').count()).toBe(0);
  }, 60_000);

  it('shows a performer\'s mistake to them alone, and the room plays on', async () => {
    await ana.click(`${EDITOR} .cm-line >> nth=0`, { position: { x: 4, y: 4 } });
    await ana.keyboard.press('End');
    await ana.keyboard.type('.lpf(undefinedThing)');
    await ana.keyboard.press('Alt+Enter');
    await expect.poll(() => ana.locator('.cm-weft-problem-message-error').textContent(), { timeout: 5000 }).toMatch(/undefinedThing is not defined/);
    await bo.waitForTimeout(1500);
    expect(await bo.locator('.cm-weft-problem-error').count()).toBe(0);
    for (const page of [ana, bo]) expect((await page.evaluate(() => window.weft!.status())).playing).toBe(true);
  }, 60_000);
});
