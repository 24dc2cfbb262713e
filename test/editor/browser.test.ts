// The editor's extensions in headless Chromium: real key presses, real DOM, real localStorage.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../browser/harness.ts';
import type { ElementInfo, RecordedCall } from './fixture/page-api.ts';
import { onPage, openEditorPage, serveEditorPage, waitForApi, type EditorPageServer } from './page.ts';

let browser: Browser;
let server: EditorPageServer;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), serveEditorPage()]);
  ({ page, errors: pageErrors } = await openEditorPage(browser, server.url));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(() => {
  pageErrors.length = 0;
});

/** Waits (up to 5 s, for a loaded machine) until `read` gives what the matcher wants. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5000 });

const calls = (): Promise<RecordedCall[]> => onPage(page, 'calls');
const elements = (selector: string): Promise<ElementInfo[]> => onPage(page, 'elements', selector);
const texts = async (selector: string): Promise<string[]> => (await elements(selector)).map((e) => e.text);

const BLOCKS = '$: s("bd sd")\n  .fast(2)\n$hats: s("hh*8")\n\nnote("c e g")';

/** The block of BLOCKS whose text is `text`, as the callbacks should get it. */
function blockOf(text: string, label: string | undefined): { text: string; from: number; to: number; label: string | undefined } {
  const from = BLOCKS.indexOf(text);
  return { text, from, to: from + text.length, label };
}

describe('evalKeys', () => {
  it('gives the typed document to onEvaluate on Ctrl+Enter, without inserting a line', async () => {
    await onPage(page, 'create', {});
    await page.keyboard.type('note("c e").s("saw")');
    await page.keyboard.press('Control+Enter');
    const doc = 'note("c e").s("saw")';
    expect(await onPage(page, 'doc')).toBe(doc);
    expect(await calls()).toEqual([{ name: 'evaluate', arg: doc }]);
  });

  it('gives the block under the cursor to onEvaluateBlock on Alt+Enter, and flashes it', async () => {
    await onPage(page, 'create', { doc: BLOCKS, flashMs: 2000 });
    await onPage(page, 'select', BLOCKS.indexOf('hh'));
    await page.keyboard.press('Alt+Enter');
    expect(await calls()).toEqual([{ name: 'evaluateBlock', arg: blockOf('$hats: s("hh*8")', '$hats') }]);
    expect(await texts('.cm-weft-flash')).toEqual(['$hats: s("hh*8")']);
    await poll(() => texts('.cm-weft-flash')).toEqual([]);

    await onPage(page, 'select', BLOCKS.length);
    await page.keyboard.press('Alt+Enter');
    expect((await calls())[1]).toEqual({ name: 'evaluateBlock', arg: blockOf('note("c e g")', undefined) });
    expect(await onPage(page, 'doc')).toBe(BLOCKS);
  });

  it('calls onStop on Ctrl+.', async () => {
    await onPage(page, 'create', { doc: BLOCKS });
    await page.keyboard.press('Control+.');
    expect(await calls()).toEqual([{ name: 'stop', arg: null }]);
  });

  it('mutes and solos the labelled block under the cursor with Ctrl+Shift+M and Ctrl+Shift+S', async () => {
    await onPage(page, 'create', { doc: BLOCKS });
    await onPage(page, 'select', BLOCKS.indexOf('fast'));
    await page.keyboard.press('Control+Shift+KeyM');
    await page.keyboard.press('Control+Shift+KeyS');
    const block = blockOf('$: s("bd sd")\n  .fast(2)', '$');
    expect(await calls()).toEqual([
      { name: 'mute', arg: block },
      { name: 'solo', arg: block },
    ]);
    await onPage(page, 'select', BLOCKS.length); // an unlabelled block: nothing to mute
    await page.keyboard.press('Control+Shift+KeyM');
    expect(await calls()).toHaveLength(2);
    expect(await onPage(page, 'doc')).toBe(BLOCKS);
  });

  it('takes other keys for mute and solo when configured', async () => {
    await onPage(page, 'create', { doc: BLOCKS, keys: { mute: 'Alt-m', solo: 'Alt-s' } });
    await page.keyboard.press('Control+Shift+KeyM');
    expect(await calls()).toEqual([]);
    await page.keyboard.press('Alt+KeyM');
    await page.keyboard.press('Alt+KeyS');
    expect((await calls()).map((c) => c.name)).toEqual(['mute', 'solo']);
  });
});

describe('keymapMode', () => {
  it('switches to vim and back at runtime, and the performance keys work in vim', async () => {
    await onPage(page, 'create', { doc: 'abc' });
    await onPage(page, 'select', 0);
    await onPage(page, 'setKeymap', 'vim');
    await page.keyboard.press('x'); // vim normal mode: delete a character
    expect(await onPage(page, 'doc')).toBe('bc');
    await page.keyboard.press('Control+Enter');
    expect(await calls()).toEqual([{ name: 'evaluate', arg: 'bc' }]);
    await onPage(page, 'setKeymap', 'default');
    await onPage(page, 'select', 0);
    await page.keyboard.press('x');
    expect(await onPage(page, 'doc')).toBe('xbc');
  });

  it('starts in emacs, where Ctrl+A goes to the line start instead of selecting all', async () => {
    await onPage(page, 'create', { doc: 'abc\ndef', keymap: 'emacs' });
    await onPage(page, 'select', 7);
    await page.keyboard.press('Control+KeyA');
    await page.keyboard.type('X');
    expect(await onPage(page, 'doc')).toBe('abc\nXdef');
    await onPage(page, 'setKeymap', 'default');
    await page.keyboard.press('Control+KeyA');
    await page.keyboard.type('Y');
    expect(await onPage(page, 'doc')).toBe('Y');
  });
});

describe('fontSize', () => {
  it('makes the text larger with Ctrl+= and smaller with Ctrl+-', async () => {
    await onPage(page, 'create', { doc: BLOCKS });
    const before = await onPage(page, 'fontSize');
    expect(before.size).toBe(20);
    expect(before.computed).toBe(20);
    await page.keyboard.press('Control+Equal');
    await page.keyboard.press('Control+Equal');
    const larger = await onPage(page, 'fontSize');
    expect(larger.size).toBe(24);
    expect(larger.computed).toBe(24);
    await poll(async () => (await onPage(page, 'fontSize')).lineHeight).toBeGreaterThan(before.lineHeight);
    await page.keyboard.press('Control+Minus');
    expect((await onPage(page, 'fontSize')).computed).toBe(22);
    expect(await onPage(page, 'doc')).toBe(BLOCKS);
  });
});

describe('soundingHighlight', () => {
  const DOC = 'note("c e g").s("saw")';
  const C = { start: 6, end: 7 };
  const E = { start: 8, end: 9 };
  const G = { start: 10, end: 11 };
  const lit = (): Promise<string[]> => texts('.cm-weft-sounding');

  it('marks the locations of a hap while it sounds, and unmarks them after', async () => {
    await onPage(page, 'create', { doc: DOC });
    await onPage(page, 'pushHaps', [
      { id: 1, begin: 1, end: 2, locations: [C, { start: 16, end: 21 }] },
      { id: 2, begin: 2, end: 3, locations: [E] },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await lit()).toEqual([]);
    await onPage(page, 'setNow', 1.5);
    await poll(lit).toEqual(['c', '"saw"']);
    expect((await elements('.cm-weft-sounding'))[0]?.from).toBe(6);
    await onPage(page, 'setNow', 2);
    await poll(lit).toEqual(['e']);
    await onPage(page, 'setNow', 3);
    await poll(lit).toEqual([]);
  });

  it('keeps marks on their characters when text is typed before them', async () => {
    await onPage(page, 'create', { doc: DOC });
    await onPage(page, 'pushHaps', [{ id: 1, begin: 0, end: 10, locations: [G] }]);
    await poll(lit).toEqual(['g']);
    await onPage(page, 'select', 0);
    await page.keyboard.type('$: ');
    expect(await onPage(page, 'doc')).toBe(`$: ${DOC}`);
    expect(await elements('.cm-weft-sounding')).toMatchObject([{ text: 'g', from: 13 }]);
    // Deleting the marked character removes its mark.
    await onPage(page, 'select', 14);
    await page.keyboard.press('Backspace');
    await poll(lit).toEqual([]);
  });

  it('places haps of code evaluated before an edit on the characters that made them', async () => {
    await onPage(page, 'create', { doc: DOC });
    await onPage(page, 'markEvaluated', 'main');
    await onPage(page, 'select', 0);
    await page.keyboard.type('// hi\n');
    await onPage(page, 'pushHaps', [{ id: 1, begin: 0, end: 10, locations: [E] }], 'main');
    await poll(() => elements('.cm-weft-sounding')).toMatchObject([{ text: 'e', from: 14, line: 2 }]);
  });
});

describe('evaluationProblems', () => {
  const DOC = 'setcps(1)\nnote("c e").fast(x)\ns("bd")';
  const X = DOC.indexOf('x)');

  it('underlines the error range, shows the message on its line, and clears', async () => {
    await onPage(page, 'create', { doc: DOC });
    await onPage(page, 'showError', { message: 'x is not defined', from: X, to: X + 1, line: 2, column: 18 });
    expect(await elements('.cm-weft-problem')).toMatchObject([{ text: 'x', from: X, line: 2 }]);
    expect(await elements('.cm-weft-problem-message')).toMatchObject([{ text: 'x is not defined', line: 2 }]);
    expect(await elements('.cm-weft-problem-message-error')).toHaveLength(1);
    await onPage(page, 'clearError');
    expect(await elements('.cm-weft-problem')).toEqual([]);
    expect(await elements('.cm-weft-problem-message')).toEqual([]);
  });

  it('shows one message for an error and a warning at the same place: the error', async () => {
    await onPage(page, 'create', { doc: DOC });
    await onPage(page, 'setWarnings', [{ message: "Cannot find name 'x'.", from: X, to: X + 1 }]);
    await onPage(page, 'showError', { message: 'x is not defined', from: X, to: X + 1, line: 2, column: 18 });
    expect(await texts('.cm-weft-problem-message')).toEqual(['x is not defined']);
    await onPage(page, 'clearError');
    expect(await texts('.cm-weft-problem-message')).toEqual(["Cannot find name 'x'."]);
  });

  it('wraps a long message so that it stays within the editor', async () => {
    await onPage(page, 'create', { doc: DOC });
    const long = `Argument of type 'string' is not assignable to parameter of type ${'"a" | '.repeat(60)}"z".`;
    await onPage(page, 'setWarnings', [{ message: long, from: 10, to: 14 }]);
    const [shown] = await elements('.cm-weft-problem-message');
    expect(shown).toMatchObject({ text: long, line: 2, onScreen: true });
  });

  it('shows warnings in their own severity', async () => {
    await onPage(page, 'create', { doc: DOC });
    await onPage(page, 'setWarnings', [{ message: 'expected a number', from: 7, to: 8 }]);
    expect(await elements('.cm-weft-problem-warning')).toMatchObject([{ text: '1', from: 7, line: 1 }]);
    expect(await elements('.cm-weft-problem-message-warning')).toMatchObject([{ text: 'expected a number', line: 1 }]);
    expect(await elements('.cm-weft-problem-error')).toEqual([]);
  });
});

describe('persistence', () => {
  it('saves the document after a pause in typing and restores it after a reload', async () => {
    const key = `weft-test-${Date.now()}`;
    await onPage(page, 'create', { doc: 's("bd")', storageKey: key, persistDelay: 1000 });
    await onPage(page, 'select', 7);
    await page.keyboard.type('.fast(2)');
    expect(await onPage(page, 'stored', key)).toBeNull(); // not yet: the debounce is running
    await poll(() => onPage(page, 'stored', key)).toBe('s("bd").fast(2)');

    await page.reload();
    await waitForApi(page, pageErrors);
    await onPage(page, 'create', { doc: 'fallback', storageKey: key });
    expect(await onPage(page, 'doc')).toBe('s("bd").fast(2)');
  });

  it('saves at once when the editor is destroyed', async () => {
    const key = `weft-test-destroy-${Date.now()}`;
    await onPage(page, 'create', { doc: '', storageKey: key, persistDelay: 60_000 });
    await page.keyboard.type('s("hh")');
    expect(await onPage(page, 'stored', key)).toBeNull();
    await onPage(page, 'destroy');
    expect(await onPage(page, 'stored', key)).toBe('s("hh")');
  });
});

describe('the test page', () => {
  it('raised no page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
