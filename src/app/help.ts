/**
 * The help overlay (the `?` button): the settings (language, key bindings), then every key of the
 * performance and of the editor, with the platform's modifier names.
 */
import type { KeymapMode } from '../editor/index.ts';
import { el } from './dom.ts';
import { helpWords, type HelpDialogMessages } from './i18n/help-dialog.ts';
import { language as currentLanguage, LANGUAGES, languageOf, type Language } from './i18n/index.ts';
import { openOverlay, type Overlay } from './overlay.ts';

/** Whether keys are named for a Mac (Cmd, Option) or for other systems (Ctrl, Alt). */
export function isMac(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

/** The key groups the help lists: `Mod` is Cmd on a Mac and Ctrl elsewhere; each key with what it does (one of the dialog's `keys` words). */
export const KEY_HELP: readonly { readonly group: keyof HelpDialogMessages['groups']; readonly keys: readonly (readonly [string, keyof HelpDialogMessages['keys']])[] }[] = [
  {
    group: 'performing',
    keys: [
      ['Mod-Enter', 'evaluate'],
      ['Alt-Enter', 'evaluateBlock'],
      ['Mod-.', 'stop'],
      ['Ctrl-Shift-m', 'mute'],
      ['Ctrl-Shift-s', 'solo'],
    ],
  },
  {
    group: 'editing',
    keys: [
      ['Mod-= / Mod--', 'textSize'],
      ['Mod-0', 'textSizeReset'],
      ['Mod-z / Mod-Shift-z', 'undo'],
      ['Mod-f', 'search'],
      ['Mod-/', 'comment'],
      ['Tab / Shift-Tab', 'tab'],
      ['Ctrl-m', 'tabMode'],
      ['Ctrl-Space', 'complete'],
      ['Escape', 'escape'],
      ['Alt-z', 'wrap'],
      ['Alt-p', 'projector'],
      ['Alt-Shift-n', 'notes'],
      ['Alt-m', 'midi'],
    ],
  },
];

/** A key in CodeMirror's notation, named for the platform: `Mod-Enter` is `Ctrl + Enter` or `⌘ + Enter`. */
export function keyLabel(key: string, mac: boolean = isMac()): string {
  return key
    .split(' / ')
    .map((one) =>
      one
        .split('-')
        .map((part, i, parts) => {
          if (part === '' && i === parts.length - 1) return '-';
          if (part === '') return '';
          if (part === 'Mod') return mac ? '⌘' : 'Ctrl';
          if (part === 'Alt') return mac ? '⌥' : 'Alt';
          if (part.length === 1) return part.toUpperCase();
          return part;
        })
        .filter((p) => p !== '')
        .join(' + '),
    )
    .join('  /  ');
}

/** The key binding choice the help overlay offers. */
export interface KeymapChoice {
  readonly modes: readonly KeymapMode[];
  readonly current: KeymapMode;
  readonly choose: (mode: KeymapMode) => void;
}

/** The language choice the help overlay offers: a language, or (undefined) the browser's. */
export interface LanguageChoice {
  readonly current: Language | undefined;
  /** The browser's language, what `undefined` means. */
  readonly browser: Language;
  readonly choose: (language: Language | undefined) => void;
}

/**
 * The settings part of the overlay: the language and the key bindings. A new language applies
 * when weft next opens (the words are chosen once, before the first screen), so changing it
 * mid-performance stops nothing; a button reloads now, saying that it stops the sound (the code
 * is saved as it is typed, and on leaving).
 */
function settingsSection(keymap: KeymapChoice, languages: LanguageChoice, more: readonly HTMLElement[]): HTMLElement {
  const words = helpWords();
  const BROWSER = '';
  const language = el(
    'select',
    { name: 'language', 'aria-label': words.language, 'data-action': 'language' },
    el('option', { value: BROWSER, selected: languages.current === undefined }, words.browserLanguage(LANGUAGES[languages.browser])),
    ...Object.entries(LANGUAGES).map(([code, name]) => el('option', { value: code, lang: code, selected: code === languages.current }, name)),
  );
  const later = el(
    'p',
    { class: 'hint', 'data-language-later': '', hidden: true },
    words.languageLater,
    ' ',
    el('button', { class: 'tool', 'data-action': 'reload', onclick: () => location.reload() }, words.reloadNow),
  );
  language.addEventListener('change', () => {
    const chosen = languageOf(language.value);
    languages.choose(chosen);
    later.hidden = (chosen ?? languages.browser) === currentLanguage();
  });
  const select = el(
    'select',
    { name: 'keymap', 'aria-label': words.keyBindings, 'data-action': 'keymap' },
    ...keymap.modes.map((mode) => el('option', { value: mode, selected: mode === keymap.current }, words.keymapNames[mode])),
  );
  select.addEventListener('change', () => keymap.choose(select.value as KeymapMode));
  return el(
    'section',
    {},
    el('h3', {}, words.settings),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, words.language), language),
    later,
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, words.keyBindings), select),
    el('span', { class: 'hint' }, ' ', words.keyBindingsHint),
    ...more,
  );
}

/** Opens the help overlay, with the settings: the language, the key bindings, and `more` fields (the MIDI clock). */
export function openHelp(keymap: KeymapChoice, languages: LanguageChoice, more: readonly HTMLElement[] = []): Overlay {
  const mac = isMac();
  const words = helpWords();
  const groups = KEY_HELP.map((group) =>
    el(
      'section',
      {},
      el('h3', {}, words.groups[group.group]),
      el('table', { class: 'keys' }, ...group.keys.map(([key, what]) => el('tr', {}, el('td', {}, el('kbd', {}, keyLabel(key, mac))), el('td', {}, words.keys[what])))),
    ),
  );
  const tips = el('section', {}, el('h3', {}, words.also), el('ul', {}, ...Object.values(words.tips).map((tip) => el('li', {}, tip))));
  return openOverlay('help', words.title, [settingsSection(keymap, languages, more), ...groups, tips]);
}
