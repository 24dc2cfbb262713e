/**
 * The help overlay (the `?` button): every key of the performance and of the editor, with the
 * platform's modifier names.
 */
import type { KeymapMode } from '../editor/index.ts';
import { el } from './dom.ts';
import { t } from './i18n/index.ts';
import { openOverlay, type Overlay } from './overlay.ts';

/** Whether keys are named for a Mac (Cmd, Option) or for other systems (Ctrl, Alt). */
export function isMac(platform: string = globalThis.navigator?.platform ?? ''): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

/** The key groups the help lists: `Mod` is Cmd on a Mac and Ctrl elsewhere. */
export const KEY_HELP: readonly { readonly title: string; readonly keys: readonly (readonly [string, string])[] }[] = [
  {
    title: 'Performing',
    keys: [
      ['Mod-Enter', 'Evaluate everything (and play)'],
      ['Alt-Enter', 'Evaluate the block under the cursor (blank-line separated or $name: labelled), or the selection'],
      ['Mod-.', 'Stop everything'],
      ['Ctrl-Shift-m', 'Mute or unmute the labelled block under the cursor'],
      ['Ctrl-Shift-s', 'Solo or unsolo the labelled block under the cursor'],
    ],
  },
  {
    title: 'Editing',
    keys: [
      ['Mod-= / Mod--', 'Larger / smaller text'],
      ['Mod-0', 'Text size back to normal'],
      ['Mod-z / Mod-Shift-z', 'Undo / redo'],
      ['Mod-f', 'Search (and replace)'],
      ['Mod-/', 'Comment or uncomment the line'],
      ['Tab / Shift-Tab', 'Move to the next / previous control; with Ctrl-m, indent / unindent'],
      ['Ctrl-m', 'Switch what Tab does: move between controls, or indent (kept for the next visit)'],
      ['Ctrl-Space', 'Complete a name'],
      ['Escape', 'In the Learn panel: close it, back to the code'],
      ['Alt-z', t().stage.keyWrap],
      ['Alt-p', t().stage.keyProjector],
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

const MODE_NAMES: Record<KeymapMode, string> = { default: 'standard', vim: 'vim', emacs: 'emacs' };

/** Opens the help overlay, with the choice of key bindings. */
export function openHelp(keymap: KeymapChoice): Overlay {
  const mac = isMac();
  const select = el(
    'select',
    { name: 'keymap', 'aria-label': 'key bindings', 'data-action': 'keymap' },
    ...keymap.modes.map((mode) => el('option', { value: mode, selected: mode === keymap.current }, MODE_NAMES[mode])),
  );
  select.addEventListener('change', () => keymap.choose(select.value as KeymapMode));
  const bindings = el(
    'section',
    {},
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, 'key bindings'), select),
    el('span', { class: 'hint' }, ' The performance keys below work in every one.'),
  );
  const groups = KEY_HELP.map((group) =>
    el(
      'section',
      {},
      el('h3', {}, group.title),
      el('table', { class: 'keys' }, ...group.keys.map(([key, what]) => el('tr', {}, el('td', {}, el('kbd', {}, keyLabel(key, mac))), el('td', {}, what)))),
    ),
  );
  const tips = el(
    'section',
    {},
    el('h3', {}, 'Also'),
    el(
      'ul',
      {},
      el('li', {}, 'Characters light up while the sound they made plays. Click a note in the pianoroll to jump to its code.'),
      el('li', {}, 'Errors are underlined where they are; the previous code keeps playing until the next good evaluation.'),
      el('li', {}, 'Your code is saved as you type, and every evaluation is kept in History.'),
      el('li', {}, 'Share copies a link holding the code; Bounce downloads the code as a WAV file.'),
      el('li', {}, 'Learn opens the tutorial and the reference beside the editor (also at #tutorial and #reference); every example plays with one click.'),
      el('li', {}, 'After the first sound, the editor completes names, shows docs on hover and warns about type errors; a warning never stops code from playing.'),
    ),
  );
  return openOverlay('help', 'Keys', [bindings, ...groups, tips]);
}
