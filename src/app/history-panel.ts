/**
 * Browsing the evaluation history: a list of the kept versions, newest first, each with when it
 * was kept, what changed from the version before it (the labelled blocks, and the lines taken out
 * and put in, signed − and + as well as coloured), a preview of the one selected, and a button
 * that puts it back in the editor (the code replaced is kept too).
 */
import { el, replaceChildren } from './dom.ts';
import { versionChange, type DiffLine } from './history-diff.ts';
import { summary, type HistoryEntry } from './history.ts';
import { historyWords } from './i18n/history-words.ts';
import { language } from './i18n/index.ts';
import { openOverlay, type Overlay } from './overlay.ts';

/** The most changed lines an entry shows in the list (the preview shows the whole version). */
const SHOWN_LINES = 4;

function when(time: number, now: number): HTMLElement {
  const date = new Date(time);
  const clock = date.toLocaleTimeString(language(), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const text = now - time < 86_400_000 ? clock : `${date.toLocaleDateString(language())} ${clock}`;
  return el('time', { class: 'history-time', datetime: date.toISOString(), title: date.toLocaleString(language()) }, text);
}

/** How long ago, in the performer's language ("2 minutes ago", "hace 2 minutos"). */
function ago(time: number, now: number): string {
  const seconds = Math.round((time - now) / 1000);
  const format = new Intl.RelativeTimeFormat(language(), { numeric: 'auto' });
  if (Math.abs(seconds) < 60) return format.format(seconds, 'second');
  if (Math.abs(seconds) < 3600) return format.format(Math.round(seconds / 60), 'minute');
  if (Math.abs(seconds) < 86_400) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86_400), 'day');
}

/** One changed line: signed (− or +) and marked for assistive technology, not by colour alone. */
function diffLine(line: DiffLine): HTMLElement {
  const words = historyWords();
  const added = line.kind === 'added';
  return el(
    added ? 'ins' : 'del',
    { class: `history-diff-line ${line.kind}`, title: words.lineTitle(added, line.line) },
    el('span', { class: 'history-sign', 'aria-hidden': 'true' }, added ? '+ ' : '− '),
    el('span', { class: 'history-sr' }, added ? words.added : words.removed),
    line.text.trim(),
  );
}

/** What an entry changed from the one before it (`previous`), for the list. */
function change(entry: HistoryEntry, previous: HistoryEntry | undefined): HTMLElement {
  const words = historyWords();
  if (previous === undefined) {
    return el('div', { class: 'history-change' }, el('span', { class: 'history-first' }, words.first), ' ', el('code', { class: 'history-summary' }, summary(entry.code)));
  }
  const { lines, blocks } = versionChange(previous.code, entry.code);
  if (lines.length === 0) return el('div', { class: 'history-change' }, el('span', { class: 'history-same' }, words.same));
  const hidden = lines.length - SHOWN_LINES;
  return el(
    'div',
    { class: 'history-change' },
    blocks.length === 0 ? null : el('span', { class: 'history-blocks' }, words.blocks(blocks.join(', '), blocks.length)),
    el('div', { class: 'history-diff' }, ...lines.slice(0, SHOWN_LINES).map(diffLine), hidden > 0 ? el('span', { class: 'history-more' }, words.more(hidden)) : null),
  );
}

/** Opens the history; `restore` is called with the code the performer chose to put back. */
export function openHistory(entries: readonly HistoryEntry[], restore: (code: string) => void): Overlay {
  const words = historyWords();
  const now = Date.now();
  const preview = el('pre', { class: 'history-preview', role: 'region', 'aria-label': words.preview });
  const restoreButton = el('button', { class: 'history-restore', disabled: true }, words.restore);
  let chosen: HistoryEntry | undefined;
  const items = entries.map((entry, index) => {
    const item = el(
      'li',
      { tabindex: 0, role: 'option', 'aria-selected': 'false', 'data-index': index, class: entry.ok ? 'ok' : 'failed', title: entry.ok ? words.evaluated : words.hadError },
      el(
        'div',
        { class: 'history-head' },
        when(entry.time, now),
        el('span', { class: 'history-ago' }, ago(entry.time, now)),
        el('span', { class: 'history-kind' }, words.kinds[entry.kind]),
        entry.ok ? null : el('span', { class: 'history-error' }, words.error),
      ),
      change(entry, entries[index + 1]),
    );
    const choose = (): void => {
      chosen = entry;
      for (const other of list.children) {
        other.classList.remove('chosen');
        other.setAttribute('aria-selected', 'false');
      }
      item.classList.add('chosen');
      item.setAttribute('aria-selected', 'true');
      replaceChildren(preview, entry.code);
      restoreButton.disabled = false;
    };
    item.addEventListener('click', choose);
    item.addEventListener('dblclick', () => {
      choose();
      restoreButton.click();
    });
    item.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') restoreButton.click();
      if (event.key === 'ArrowDown') (item.nextElementSibling as HTMLElement | null)?.focus();
      if (event.key === 'ArrowUp') (item.previousElementSibling as HTMLElement | null)?.focus();
    });
    item.addEventListener('focus', choose);
    return item;
  });
  const list = el('ul', { class: 'history-list', role: 'listbox', 'aria-label': words.list }, ...items);
  const overlay = openOverlay('history', words.title, [
    entries.length === 0
      ? el('p', {}, words.empty)
      : el('div', { class: 'history' }, list, el('div', { class: 'history-side' }, preview, restoreButton)),
  ]);
  restoreButton.addEventListener('click', () => {
    if (chosen === undefined) return;
    restore(chosen.code);
    overlay.close();
  });
  return overlay;
}
