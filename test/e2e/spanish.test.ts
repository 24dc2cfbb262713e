// weft in Spanish, in headless Chromium with the browser's language set to Spanish: the page, the
// editor's search panel, the `?` dialog, the tutorial, History and Share speak Spanish; no word the performer sees is left
// in English; and English, chosen in the dialog, applies at the next load (the music and the code
// stay until then).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN } from '../../src/app/i18n/en.ts';
import { ES } from '../../src/app/i18n/es.ts';
import { HELP_DIALOG } from '../../src/app/i18n/help-dialog.ts';
import { TUTORIAL } from '../../src/intel/tutorial.ts';
import { ES as TUTORIAL_WORDS } from '../../src/intel/tutorial-es.ts';
import { CATALOGUES } from '../app/catalogues.ts';
import { buildAndServe, EDITOR, editorText, launchBrowser, openApp, waitForApp, type ServedApp } from './harness.ts';

let browser: Browser;
let served: ServedApp;
let visitor: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  [browser, served] = await Promise.all([launchBrowser(), buildAndServe()]);
  // The locale sets `navigator.languages` (and Accept-Language), as a Spanish browser has them.
  visitor = await browser.newContext({ locale: 'es-ES', viewport: { width: 1366, height: 768 } });
  page = await openApp(visitor, served.url, errors);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** A text the performer sees, and where. */
interface Seen {
  readonly where: string;
  readonly text: string;
}

/**
 * Every text the performer sees in `root` (the page, or a dialog or panel), and the words of its
 * `title`, `aria-label`, `placeholder` and `alt` attributes; code (the editors, `code`, `kbd`) is
 * left out, as are the code spans of prose (in backticks).
 */
function seenIn(page: Page, root: string, where: string): Promise<Seen[]> {
  return page.evaluate(
    ({ root, where }) => {
      const top = document.querySelector(root);
      if (top === null) throw new Error(`nothing at ${root}`);
      const isCode = (el: Element): boolean => el.closest('.cm-content, .cm-gutters, code, kbd, pre, script, style') !== null;
      const seen = (el: Element): boolean => el.tagName === 'OPTION' || el.checkVisibility({ visibilityProperty: true });
      const found: { where: string; text: string }[] = [];
      const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = node.textContent?.trim() ?? '';
        if (parent === null || text === '' || isCode(parent) || !seen(parent)) continue;
        found.push({ where: `${where} <${parent.tagName.toLowerCase()}>`, text });
        // The whole of a parent made of several texts (a message with values in it).
        const whole = parent.textContent?.trim() ?? '';
        if (whole !== text && parent.querySelector('code, kbd') === null) found.push({ where: `${where} <${parent.tagName.toLowerCase()}>`, text: whole });
      }
      for (const el of [top, ...top.querySelectorAll('*')]) {
        if (isCode(el) && !el.classList.contains('cm-content')) continue;
        for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
          const value = el.getAttribute(name)?.trim();
          if (value) found.push({ where: `${where} [${name}] on <${el.tagName.toLowerCase()}>`, text: value });
        }
      }
      return found;
    },
    { root, where },
  );
}

/** The English catalogue's messages whose Spanish differs: each as a pattern (a message's values match anything). */
function englishMessages(): { readonly path: string; readonly pattern: RegExp }[] {
  const out: { path: string; pattern: RegExp }[] = [];
  const MARK = '\u0001';
  const walk = (en: unknown, es: unknown, path: string): void => {
    if (typeof en === 'object' && en !== null) {
      for (const [key, value] of Object.entries(en)) walk(value, (es as Record<string, unknown>)[key], path === '' ? key : `${path}.${key}`);
      return;
    }
    // A message's values stand for anything; a message whose values are lists or records (which a
    // text cannot stand for) is left to the English words below.
    const call = (f: unknown): string | undefined => {
      if (typeof f !== 'function') return String(f);
      try {
        return String((f as (...a: string[]) => unknown)(...Array.from({ length: f.length }, () => MARK)));
      } catch {
        return undefined;
      }
    };
    const english = call(en);
    if (english === undefined || english === call(es) || english.trim() === '') return;
    const source = english.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').split(MARK).join('.+');
    out.push({ path, pattern: new RegExp(`^${source}$`) });
  };
  for (const { en, es, name } of CATALOGUES) walk(en, es, name);
  return out;
}

/**
 * Words of English that Spanish never uses (the app's own vocabulary among them): a text holding
 * one was left in English, whether or not it is in the catalogue yet.
 */
const ENGLISH_WORDS = new RegExp(
  `\\b(${[
    'the', 'and', 'of', 'to', 'is', 'are', 'with', 'your', 'this', 'that', 'for', 'from', 'here', 'what', 'when', 'it', 'on', 'in', 'at', 'now', 'all', 'one', 'none', 'per',
    'click', 'open', 'close', 'play', 'plays', 'playing', 'stop', 'stops', 'press', 'load', 'loading', 'could', 'not', 'copy', 'link', 'download', 'try', 'next', 'back',
    'show', 'hide', 'key', 'keys', 'text', 'larger', 'smaller', 'size', 'learn', 'history', 'example', 'examples', 'transport', 'cycle', 'cycles', 'beats', 'minute',
    'second', 'voices', 'sounding', 'visuals', 'oscilloscope', 'evaluation', 'evaluations', 'evaluated', 'first', 'steps', 'restore', 'version', 'settings', 'help',
    'failed', 'muted', 'unmuted', 'reference', 'share', 'bounce', 'warning',
  ].join('|')})\\b`,
  'i',
);

/** The texts in `seen` left in English: an English message (that Spanish words otherwise), or English words. */
function leftInEnglish(seen: readonly Seen[]): string[] {
  const messages = englishMessages();
  const out = new Set<string>();
  for (const { where, text } of seen) {
    const message = messages.find((m) => m.pattern.test(text));
    if (message !== undefined) out.add(`${where}: "${text}" (the English of ${message.path})`);
    else if (ENGLISH_WORDS.test(text.replace(/`[^`]*`|#[\w-]+|\$\w+/g, ''))) out.add(`${where}: "${text}" (English words, not from the catalogue)`);
  }
  return [...out];
}

/** What the Spanish page showed in English, found by the first test and checked by the last. */
const english: string[] = [];

describe('weft with the browser in Spanish', () => {
  it('speaks Spanish: the page, the welcome, the search panel, the ? dialog, the tutorial, History and Share', async () => {
    expect(await page.evaluate(() => [navigator.language, document.documentElement.lang])).toEqual(['es-ES', 'es']);
    expect(await page.textContent('[data-action="share"]')).toBe(ES.share.button);
    expect(ES.share.button).not.toBe(EN.share.button);
    expect(await page.getAttribute(EDITOR, 'aria-label')).toBe(ES.editor.label);
    expect(await editorText(page)).toMatch(new RegExp(`^${ES.app.welcome.split('\n')[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

    // What plays is told in Spanish too; History then has an entry.
    await page.click(EDITOR);
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => window.weft!.status().playing);
    english.push(...leftInEnglish(await seenIn(page, 'body', 'page')));

    // CodeMirror's own words (its search panel) come through the editor's phrases.
    await page.click(EDITOR);
    await page.keyboard.press('Control+f');
    await page.waitForSelector('.cm-search');
    expect(await page.getAttribute('.cm-search input[main-field]', 'placeholder')).toBe(ES.editor.phrases.Find);
    english.push(...leftInEnglish(await seenIn(page, '.cm-search', 'search panel')));
    await page.keyboard.press('Escape');

    await page.click('[data-action="help"]');
    const help = page.locator('[data-overlay="help"]');
    await help.waitFor();
    expect(await help.locator('h2').textContent()).toBe(HELP_DIALOG.es.title);
    expect(await help.textContent()).toContain(HELP_DIALOG.es.keys.evaluateBlock);
    expect(await help.locator('select[name="language"]').inputValue()).toBe('');
    english.push(...leftInEnglish(await seenIn(page, '[data-overlay="help"]', '? dialog')));
    await page.keyboard.press('Escape');

    await page.click('[data-action="learn"]');
    const titles = page.locator('[data-page="tutorial"] .weft-tutorial-step h2');
    await titles.first().waitFor();
    const shown = await titles.allTextContents();
    expect(shown).toHaveLength(TUTORIAL.length);
    TUTORIAL.forEach((step, i) => expect(shown[i]).toContain(TUTORIAL_WORDS[step.id].title));
    // The code stays as it is.
    expect(await page.locator('[data-page="tutorial"] .weft-example .cm-content').first().textContent()).toBe(TUTORIAL[0].code);
    english.push(...leftInEnglish(await seenIn(page, '[data-panel="learn"]', 'Learn (tutorial)')));
    await page.click('[data-action="close-learn"]');

    await page.click('[data-action="history"]');
    await page.waitForSelector('[data-overlay="history"] li');
    english.push(...leftInEnglish(await seenIn(page, '[data-overlay="history"]', 'History')));
    await page.keyboard.press('Escape');

    await page.click('[data-action="share"]');
    await page.waitForSelector('[data-overlay="share"]');
    english.push(...leftInEnglish(await seenIn(page, '[data-overlay="share"]', 'Share')));
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
  });

  it('switches to English when chosen in the ? dialog, from the next load, without stopping the music or losing code', async () => {
    // The performer's own code (the welcome pattern is the app's, in the app's language).
    await page.click(EDITOR);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n// mi código');
    const code = await editorText(page);
    await page.click('[data-action="help"]');
    const later = page.locator('[data-overlay="help"] [data-language-later]');
    expect(await later.isHidden()).toBe(true);
    await page.locator('[data-overlay="help"] select[name="language"]').selectOption('en');
    await later.waitFor();
    expect(await later.textContent()).toContain(HELP_DIALOG.es.languageLater);
    // Nothing changes until then: the music plays on, the code is as it was.
    expect(await page.evaluate(() => window.weft!.status().playing)).toBe(true);
    expect(await editorText(page)).toBe(code);

    const spanishChunks: string[] = [];
    page.on('request', (request) => {
      if (/\/(es|tutorial-es)-[\w-]+\.js$/.test(request.url())) spanishChunks.push(request.url());
    });
    await Promise.all([page.waitForEvent('load'), later.locator('[data-action="reload"]').click()]);
    await waitForApp(page, errors);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.textContent('[data-action="share"]')).toBe(EN.share.button);
    expect(await editorText(page)).toBe(code);
    await page.click('[data-action="help"]');
    expect(await page.locator('[data-overlay="help"] h2').textContent()).toBe(HELP_DIALOG.en.title);
    expect(await page.locator('[data-overlay="help"] select[name="language"]').inputValue()).toBe('en');
    await page.keyboard.press('Escape');
    await page.click('[data-action="learn"]');
    await page.locator('[data-page="tutorial"] .weft-tutorial-step h2').first().waitFor();
    expect(await page.locator('[data-page="tutorial"] .weft-tutorial-step h2').first().textContent()).toContain(TUTORIAL[0].title);
    // The Spanish words are downloads of their own, not fetched for English.
    expect(spanishChunks).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('leaves no text the performer sees in English (listed, with where and which message)', () => {
    expect(english).toEqual([]);
  });
});
