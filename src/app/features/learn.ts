/**
 * The Learn button and the learning panel beside the editor (tutorial and reference; see
 * learn-panel.ts). The panel is a download of its own, made the first time it is asked for: by
 * the button, or by an address that names one of its pages (`#tutorial`, `#ref-fast`...).
 */
import { el } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { LearnPanel } from '../learn-panel.ts';
import { learnRoute } from '../learn-routes.ts';
import { errorText, toolButton, type AppContext, type Feature } from './feature.ts';

/** The panel (`element`, beside the editor) and its toolbar button. */
export interface Learn extends Feature {
  readonly button: HTMLButtonElement;
  /** Opens the page the address names, and follows the address from now on (once the panel is in the page). */
  start(): void;
}

export function learnFeature({ view, performance, now, notify }: AppContext): Learn {
  // Stands where the panel goes until it is made.
  let element: HTMLElement = el('aside', { class: 'learn', 'aria-label': t().learn.panel, hidden: true });
  let panel: Promise<LearnPanel> | undefined;
  let disposed = false;
  const load = (): Promise<LearnPanel> =>
    (panel ??= import('../learn-panel.ts').then(
      ({ LearnPanel }) => {
        const made = new LearnPanel({ performance, now, notify }, () => view.requestMeasure(), () => view.focus());
        element.replaceWith(made.element);
        element = made.element;
        if (!disposed) made.start();
        return made;
      },
      (error: unknown) => {
        panel = undefined;
        throw error;
      },
    ));
  const failed = (error: unknown): void => notify(t().learn.cannotOpen(errorText(error)));
  // Once made, the panel follows the address itself.
  const onHash = (): void => {
    if (panel === undefined && learnRoute(location.hash) !== undefined) load().catch(failed);
  };
  const button = toolButton(t().learn.button, t().learn.buttonTitle, 'learn', () => {
    load().then((p) => p.navigate(p.shown() === undefined ? { page: 'tutorial' } : undefined), failed);
  });
  return {
    get element() {
      return element;
    },
    button,
    start() {
      window.addEventListener('hashchange', onHash);
      onHash();
    },
    dispose() {
      disposed = true;
      window.removeEventListener('hashchange', onHash);
      void panel?.then((p) => p.stop(), () => undefined);
    },
  };
}
