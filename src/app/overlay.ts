/**
 * A modal panel over the editor (help, history, bounce): closed by its button, by Escape, or by
 * a click outside it; focus returns to where it was.
 */
import { el, type Child } from './dom.ts';
import { dialogWords } from './i18n/dialog-words.ts';

/** An open overlay. */
export interface Overlay {
  readonly element: HTMLElement;
  close(): void;
}

/** Opens a panel titled `title` holding `body`; `name` becomes its `data-overlay` (for tests and styles). */
export function openOverlay(name: string, title: string, body: Child[], onClose?: () => void): Overlay {
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const close = (): void => {
    if (!backdrop.isConnected) return;
    // Focus goes back only if it is still in the panel (an action may have moved it, to the editor say).
    const focusInside = backdrop.contains(document.activeElement);
    backdrop.remove();
    document.removeEventListener('keydown', onKey, true);
    onClose?.();
    if (focusInside || document.activeElement === document.body) before?.focus();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  const closeButton = el('button', { class: 'overlay-close', 'aria-label': dialogWords().close, onclick: close }, '×');
  const panel = el(
    'div',
    { class: 'overlay-panel', role: 'dialog', 'aria-modal': 'true', 'aria-label': title, 'data-overlay': name },
    el('div', { class: 'overlay-head' }, el('h2', {}, title), closeButton),
    el('div', { class: 'overlay-body' }, ...body),
  );
  const backdrop = el('div', { class: 'overlay-backdrop' }, panel);
  backdrop.addEventListener('mousedown', (event) => {
    if (event.target === backdrop) close();
  });
  document.addEventListener('keydown', onKey, true);
  document.body.append(backdrop);
  closeButton.focus();
  return { element: panel, close };
}
