/**
 * Short messages for the performer, shown for a moment in the status line (a polite live region:
 * a screen reader reads them when the performer pauses). The line has a fixed height, so a message
 * never moves the editor; a long one is cut, and whole in its title.
 */
import { el } from '../dom.ts';
import type { Feature } from './feature.ts';

/** How long a message stays (ms). */
export const NOTICE_MS = 2500;

/** The message area; `notify` shows a message there. */
export interface Notice extends Feature {
  notify(message: string): void;
}

/** The message area of the status line. */
export function notice(): Notice {
  const element = el('div', { class: 'toast', role: 'status', 'aria-live': 'polite', 'data-readout': 'notice' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    notify(message) {
      element.textContent = message;
      element.title = message;
      element.classList.add('shown');
      clearTimeout(timer);
      timer = setTimeout(() => {
        element.classList.remove('shown');
        element.textContent = '';
        element.title = '';
      }, NOTICE_MS);
    },
    dispose: () => clearTimeout(timer),
  };
}
