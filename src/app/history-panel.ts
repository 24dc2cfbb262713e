/**
 * Browsing the evaluation history: a list of the kept versions, newest first, a preview of the
 * one selected, and a button that puts it back in the editor (the code replaced is kept too).
 */
import { el, replaceChildren } from './dom.ts';
import { summary, type HistoryEntry } from './history.ts';
import { openOverlay, type Overlay } from './overlay.ts';

const KIND: Record<HistoryEntry['kind'], string> = { evaluate: 'all', block: 'block', replaced: 'kept' };

function when(time: number, now: number): string {
  const date = new Date(time);
  const clock = date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return now - time < 86_400_000 ? clock : `${date.toLocaleDateString()} ${clock}`;
}

/** Opens the history; `restore` is called with the code the performer chose to put back. */
export function openHistory(entries: readonly HistoryEntry[], restore: (code: string) => void): Overlay {
  const now = Date.now();
  const preview = el('pre', { class: 'history-preview' });
  const restoreButton = el('button', { class: 'history-restore', disabled: true }, 'Restore this version');
  let chosen: HistoryEntry | undefined;
  const items = entries.map((entry, index) => {
    const item = el(
      'li',
      { tabindex: 0, role: 'option', 'data-index': index, class: entry.ok ? 'ok' : 'failed', title: entry.ok ? 'evaluated' : 'had an error' },
      el('span', { class: 'history-time' }, when(entry.time, now)),
      el('span', { class: 'history-kind' }, KIND[entry.kind]),
      el('span', { class: 'history-summary' }, summary(entry.code, entries[index + 1]?.code)),
    );
    const choose = (): void => {
      chosen = entry;
      for (const other of list.children) other.classList.remove('chosen');
      item.classList.add('chosen');
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
  const list = el('ul', { class: 'history-list', role: 'listbox', 'aria-label': 'evaluations' }, ...items);
  const overlay = openOverlay('history', 'History', [
    entries.length === 0
      ? el('p', {}, 'Nothing yet: every evaluation (Ctrl/Cmd+Enter, Alt+Enter) will be kept here.')
      : el('div', { class: 'history' }, list, el('div', { class: 'history-side' }, preview, restoreButton)),
  ]);
  restoreButton.addEventListener('click', () => {
    if (chosen === undefined) return;
    restore(chosen.code);
    overlay.close();
  });
  return overlay;
}
