/** Short messages for the performer, shown for a moment at the bottom of the page. */
import { el } from '../dom.ts';
import type { Feature } from './feature.ts';

/** How long a message stays (ms). */
export const NOTICE_MS = 2500;

/** The message area; `notify` shows a message there. */
export interface Notice extends Feature {
  notify(message: string): void;
}

export function notice(): Notice {
  const element = el('div', { class: 'toast', role: 'status', 'aria-live': 'polite' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    notify(message) {
      element.textContent = message;
      element.classList.add('shown');
      clearTimeout(timer);
      timer = setTimeout(() => element.classList.remove('shown'), NOTICE_MS);
    },
    dispose: () => clearTimeout(timer),
  };
}
