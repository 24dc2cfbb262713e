// Making a room as a performer does: the Share dialog's "Make a room" on weft serve's page (the
// performer's code becomes the room's, and the two links join it), and the same button on a
// page served without rooms, which says what to run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR, editorText, openApp, newVisitor, typeCode } from './harness.ts';
import { joinPage, roomStage, roomText, type RoomStage } from './room-harness.ts';

const CODE = 'note("c3 e3 g3").s("triangle")';
let stage: RoomStage;

describe('the Share dialog\'s room', () => {
  beforeAll(async () => {
    stage = await roomStage();
  }, 600_000);

  afterAll(() => stage?.close());

  it('makes a room of the performer\'s code, gives its two links and joins it', async () => {
    const host = await openApp(await newVisitor(stage.browser), stage.server.url);
    await typeCode(host, CODE);
    await host.click('[data-action="share"]');
    await host.click('[data-action="make-room"]');
    const edit = host.locator('[data-link="edit"]');
    await expect.poll(() => edit.count(), { timeout: 10_000 }).toBe(1);
    const links = { edit: await edit.inputValue(), listen: await host.locator('[data-link="listen"]').inputValue() };
    expect(links.edit).toMatch(/#room=[\w-]{22}&key=[\w-]+$/);
    expect(links.listen).toBe(links.edit.replace(/&key=.*$/, ''));
    // The page joined its room: it edits it, and its code is the room's.
    await expect.poll(() => host.locator('[data-testid="room"]').getAttribute('data-edit'), { timeout: 10_000 }).toBe('true');
    const follower = await joinPage(stage, links.listen);
    await expect.poll(() => roomText(follower), { timeout: 10_000 }).toBe(CODE);
    expect(await follower.locator('[data-testid="room"]').getAttribute('data-edit')).toBe('false');
    // The host's own saved code is not the room's business: a visit without the link finds it.
    await host.keyboard.press('Escape');
    await host.click(EDITOR);
    await host.keyboard.press('Control+End');
    await host.keyboard.type(' // played in the room');
    await expect.poll(() => roomText(follower)).toBe(`${CODE} // played in the room`);
    // The editor saves half a second after the last key.
    await host.waitForTimeout(1500);
    const own = await host.context().newPage();
    await own.goto(stage.server.url);
    await expect.poll(() => editorText(own)).toBe(CODE);
  });

  it('says that rooms need weft serve on a page served without them', async () => {
    const page = await openApp(await newVisitor(stage.browser), stage.served.url);
    await page.click('[data-action="share"]');
    await page.click('[data-action="make-room"]');
    await expect.poll(() => page.locator('.share-room [role="status"]').textContent()).toMatch(/npx weft serve/);
  });
});
