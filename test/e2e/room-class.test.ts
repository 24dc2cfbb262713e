// Issue 15's classroom: a teacher's room, a student on the listening link: the student reads and
// hears but cannot edit, never hears anything before pressing play, sees who evaluated each
// block and which code sounds, mutes a block for themself, takes a copy into an editor of their
// own, and receives the code the teacher sends; the teacher sets when evaluations play.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR, editorText, waitForApp } from './harness.ts';
import { heardHaps, joinPage, makeRoom, recordHaps, roomLink, roomStage, roomText, shareCode, type RoomStage } from './room-harness.ts';

const CODE = '$drums: s("bd*4").gain(0.4)\n\n$keys: note("c4 e4").s("triangle").gain(0.3)';

let stage: RoomStage;
let teacher: Page;
let student: Page;
let studentContext: BrowserContext;

describe('a classroom room', () => {
  beforeAll(async () => {
    stage = await roomStage();
    const room = await makeRoom(stage.server);
    teacher = await joinPage(stage, roomLink(stage.server, room));
    student = await joinPage(stage, roomLink(stage.server, room, false));
    studentContext = student.context();
    await shareCode(teacher, [student], CODE);
  }, 600_000);

  afterAll(() => stage?.close());

  it('lets the student read but not edit', async () => {
    const readout = student.locator('[data-testid="room"]');
    expect(await readout.getAttribute('data-edit')).toBe('false');
    expect(await readout.textContent()).toMatch(/listening/);
    await student.click(EDITOR);
    await student.keyboard.type('student was here');
    await teacher.waitForTimeout(500);
    expect(await roomText(student)).toBe(CODE);
    expect(await roomText(teacher)).toBe(CODE);
  });

  it('plays for the student only once they press play, lighting the sounding code and who evaluated it', async () => {
    await recordHaps(student);
    await teacher.click(EDITOR);
    await teacher.keyboard.press('Control+Enter');
    await student.waitForTimeout(1500);
    expect(await heardHaps(student)).toEqual([]);
    await student.click('[data-action="play"]');
    await expect.poll(async () => (await heardHaps(student)).length, { timeout: 10_000 }).toBeGreaterThan(4);
    await student.waitForTimeout(2000);
    const sounds = new Set((await heardHaps(student)).map((h) => h.sound));
    expect([...sounds].sort()).toEqual(['bd', 'triangle']);
    await expect.poll(() => student.locator('.cm-weft-sounding').count(), { timeout: 5000 }).toBeGreaterThan(0);
    const authors = await student.locator('.cm-weft-room-author').allTextContents();
    expect(authors.length).toBe(2);
    expect(authors.every((text) => /^written by performer \d+ · evaluated by performer \d+$/.test(text))).toBe(true);
  });

  it('lets the student mute a block for themself only', async () => {
    await recordHaps(student);
    await recordHaps(teacher);
    await student.click(`${EDITOR} .cm-line >> nth=0`, { position: { x: 4, y: 4 } });
    await student.keyboard.press('Control+Shift+M');
    // The server's clock and this process's are the same machine's.
    const muted = Date.now();
    await student.waitForTimeout(5000);
    const last = async (page: Page) => (await heardHaps(page)).filter((h) => h.server > muted + 1000).map((h) => h.sound);
    const mine = await last(student);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).not.toContain('bd');
    expect(await last(teacher)).toContain('bd');
  });

  it('lets the teacher set when evaluations play, for everyone; the student cannot', async () => {
    await teacher.selectOption('[data-action="room-quantum"]', '4');
    await expect.poll(() => student.locator('[data-action="room-quantum"]').inputValue()).toBe('4');
    expect(await student.locator('[data-action="room-quantum"]').isDisabled()).toBe(true);
    await teacher.selectOption('[data-action="room-quantum"]', '1');
    await expect.poll(() => student.locator('[data-action="room-quantum"]').inputValue()).toBe('1');
  });

  it('gives the student a copy in an editor of their own, and the code the teacher sends', async () => {
    const copy = studentContext.waitForEvent('page');
    await student.click('[data-action="room-action"]');
    const own = await copy;
    await waitForApp(own);
    await expect.poll(() => editorText(own)).toBe(CODE);
    await own.close();
    // The teacher, named, selects a line and sends it.
    await teacher.fill('[data-action="room-name"]', 'Ms Rivera');
    await teacher.press('[data-action="room-name"]', 'Enter');
    await expect.poll(() => student.locator('.cm-ySelectionInfo').allTextContents()).toContain('Ms Rivera');
    await teacher.click(`${EDITOR} .cm-line >> nth=2`, { position: { x: 4, y: 4 } });
    await teacher.keyboard.press('Home');
    await teacher.keyboard.press('Shift+End');
    await teacher.click('[data-action="room-action"]');
    const link = student.locator('[data-testid="room-pushed"]');
    await expect.poll(() => link.count(), { timeout: 5000 }).toBe(1);
    expect(await link.textContent()).toMatch(/^Ms Rivera sent code/);
    const sent = studentContext.waitForEvent('page');
    await link.click();
    const opened = await sent;
    await waitForApp(opened);
    await expect.poll(() => editorText(opened)).toBe('$keys: note("c4 e4").s("triangle").gain(0.3)');
  });
});
