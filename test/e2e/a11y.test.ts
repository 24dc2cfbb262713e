// Accessible by design: axe-core finds no serious or critical violation on the page, the Learn
// panel, the History panel and the Share dialog; and a keyboard alone reaches every control,
// leaves the editor with Tab, and hears (through the live region) what plays, an error, a mute,
// the notes playing and what the engine reports about the code.
import { createRequire } from 'node:module';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAndServe, launchBrowser, newVisitor, openApp, type ServedApp } from './harness.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

let browser: Browser;
let served: ServedApp;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
  page = await openApp(await newVisitor(browser), served.url, errors);
  await page.addScriptTag({ path: AXE });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/**
 * The serious and critical violations axe finds in the page now, one line each (rule, impact,
 * where, what). The page plays while axe reads it: when an element axe was describing leaves the
 * page meanwhile (a sounding highlight), axe fails, and it reads the page again.
 */
async function violations(p: Page = page): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await violationsOnce(p);
    } catch (error) {
      if (attempt >= 3 || !/nthChild/.test(String(error))) throw error;
    }
  }
}

async function violationsOnce(p: Page): Promise<string[]> {
  return p.evaluate(async () => {
    type Result = { id: string; impact?: string | null; nodes: { target: unknown[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`));
  });
}

/** What the live region says now. */
const heard = (): Promise<string> => page.$eval('[data-testid="announcer"]', (e) => e.textContent ?? '');

/** Waits until the live region says something matching `expected`. */
async function hear(expected: RegExp): Promise<void> {
  await expect.poll(heard, { timeout: 10_000 }).toMatch(expected);
}

/** The focused element: the probe number {@link topControls} gave it, `body`, or what it is. */
const focused = (): Promise<string> =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (e === null || e === document.body) return 'body';
    return e.getAttribute('data-probe') ?? e.outerHTML.slice(0, 60);
  });

const inEditor = (): Promise<boolean> => page.evaluate(() => document.activeElement?.closest('[data-testid="editor"]') != null);

/** The controls of the top bar (toolbar and transport) a pointer can use, each marked with a probe number; their descriptions by number. */
const topControls = (): Promise<Record<string, string>> =>
  page.$$eval('header button, header select, header input, header a[href], header [tabindex]', (list) => {
    const shown = list.filter((e) => !(e as HTMLButtonElement).disabled && (e as HTMLElement).offsetParent !== null);
    return Object.fromEntries(shown.map((e, i) => {
      e.setAttribute('data-probe', String(i));
      return [String(i), e.outerHTML.slice(0, 80)];
    }));
  });

/** Types `code` over the whole document with the keyboard (the editor has the focus). */
async function retype(code: string): Promise<void> {
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(code);
  await page.keyboard.press('Escape');
}

describe('axe-core', () => {
  it('finds no serious or critical violation on the main page, before and after the first sound', async () => {
    expect(await violations()).toEqual([]);
    await page.click('[data-testid="editor"] .cm-content');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => window.weft!.status().playing, undefined, { timeout: 15_000 });
    await page.keyboard.press('Alt+Shift+N');
    await page.waitForSelector('[data-readout="notes"]:not([hidden])');
    // Stopped first: axe cannot check a page whose highlights change every frame (the notes read stay shown).
    await page.keyboard.press('Control+.');
    await page.waitForFunction(() => !window.weft!.status().playing);
    expect(await violations()).toEqual([]);
  });

  it('finds none in the Learn panel, on the tutorial and the reference', async () => {
    await page.click('[data-action="learn"]');
    await page.waitForSelector('.learn:not([hidden]) .weft-tutorial-step');
    expect(await violations()).toEqual([]);
    await page.click('[data-learn-tab="reference"]');
    await page.waitForSelector('[data-page="reference"] .weft-ref-entry');
    expect(await violations()).toEqual([]);
    await page.click('[data-action="learn"]');
  });

  it('finds none in the History panel and the Share and Bounce dialogs', async () => {
    await page.click('[data-action="history"]');
    await page.waitForSelector('[data-overlay="history"] li');
    expect(await violations()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.click('[data-action="share"]');
    await page.waitForSelector('[data-overlay="share"] .share-url');
    expect(await violations()).toEqual([]);
    await page.keyboard.press('Escape');
    // And the other dialog of the toolbar.
    await page.click('[data-action="bounce"]');
    await page.waitForSelector('[data-overlay="bounce"] input[name="cycles"]');
    expect(await violations()).toEqual([]);
    await page.keyboard.press('Escape');
  });
});

describe('the keyboard alone', () => {
  it('reaches every control of the toolbar and transport with Tab and Shift+Tab, and leaves the editor with Tab', async () => {
    await page.reload();
    await page.waitForFunction(() => window.weft !== undefined);
    // The page opens with the editor focused: Shift+Tab goes back through the top bar, Tab forward again.
    expect(await inEditor()).toBe(true);
    const controls = await topControls();
    const count = Object.keys(controls).length;
    expect(count).toBeGreaterThan(8);
    const missed = (reached: Set<string>): string[] => Object.entries(controls).filter(([probe]) => !reached.has(probe)).map(([, html]) => html);
    const back = new Set<string>();
    for (let i = 0; i < count + 3 && (await focused()) !== 'body'; i++) {
      await page.keyboard.press('Shift+Tab');
      back.add(await focused());
    }
    expect(missed(back)).toEqual([]);
    const forward = new Set<string>();
    for (let i = 0; i < count + 3 && !(await inEditor()); i++) {
      await page.keyboard.press('Tab');
      forward.add(await focused());
    }
    expect(missed(forward)).toEqual([]);
    expect(await inEditor()).toBe(true);
    // Tab leaves the editor without typing into the code.
    const before = await page.evaluate(() => window.localStorage.length);
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(false);
    expect(await page.evaluate(() => window.localStorage.length)).toBe(before);
    await page.keyboard.press('Shift+Tab');
    expect(await inEditor()).toBe(true);
  });

  it('hears an evaluation error with its place, what plays, the notes playing, a mute, and stop', async () => {
    // The editor closes the bracket typed; the last one is one too many.
    await retype('$bass: note("c2").s("sawtooth").lpf(800))');
    await page.keyboard.press('Control+Enter');
    await hear(/error at line 1:\d+: /);
    await retype('$bass: note("c2").s("sawtooth").lpf(800)');
    await page.keyboard.press('Control+Enter');
    await hear(/playing \$bass/);
    await page.waitForFunction(() => window.weft!.status().playing);
    await page.keyboard.press('Alt+Shift+N');
    await hear(/\$bass: c2/);
    expect(await page.textContent('[data-readout="notes"]')).toBe('$bass: c2');
    await page.keyboard.press('Control+Shift+M');
    await hear(/muted \$bass/);
    await page.keyboard.press('Control+.');
    await hear(/stopped/);
  });

  it('hears what the engine reports about the code (an unknown impulse response), shown where the code names it', async () => {
    await retype('s("sawtooth").room(0.5).ir("nosuch")');
    await page.keyboard.press('Control+Enter');
    await hear(/line 1: unknown impulse response "nosuch"/);
    await expect.poll(() => page.$$eval('.cm-weft-problem-warning', (marks) => marks.map((m) => m.textContent))).toEqual(['nosuch']);
    await mkdir(OUTPUT, { recursive: true });
    await page.screenshot({ path: `${OUTPUT}a11y-engine-report.png` });
    await page.keyboard.press('Control+.');
    expect(errors).toEqual([]);
  });
});
