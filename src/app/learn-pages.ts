/**
 * The tutorial and the reference, rendered into the learning panel's pages with runnable
 * examples. Loaded on demand (the first time a page is shown), with the reference's data.
 */
import { loadReference, referenceId, renderReference, renderTutorial, type ReferenceView, type TutorialView } from '../intel/index.ts';
import { el } from './dom.ts';
import { exampleHost, type ExamplePlayer } from './example-host.ts';
import { t } from './i18n/index.ts';

/** The two pages, each rendered the first time it is shown and kept (with the learner's edits) after. */
export interface LearnPages {
  /** Shows the tutorial in `container`, at step `step` when given. */
  tutorial(container: HTMLElement, step?: string): void;
  /** Shows the reference in `container`, at entry `name` when given (its search narrowed to it). */
  reference(container: HTMLElement, name?: string): Promise<void>;
}

function scrollTo(container: HTMLElement, id: string): void {
  const target = container.querySelector(`#${CSS.escape(id)}`);
  target?.scrollIntoView({ block: 'start' });
}

/** Makes the pages, their examples played by `player`. */
export function learnPages(player: ExamplePlayer): LearnPages {
  const host = exampleHost(player);
  let tutorial: TutorialView | undefined;
  let reference: Promise<ReferenceView> | undefined;
  return {
    tutorial(container, step) {
      tutorial ??= renderTutorial(container, host, t().learn.pages);
      if (step !== undefined) scrollTo(container, `tutorial-${step}`);
    },
    async reference(container, name) {
      if (reference === undefined) {
        container.replaceChildren(el('p', { class: 'learn-status' }, t().learn.loadingReference));
        reference = loadReference().then((data) => renderReference(container, data, host, t().learn.pages));
        reference.catch((error: unknown) => {
          reference = undefined;
          container.replaceChildren(el('p', { class: 'learn-status' }, t().learn.referenceFailed(error instanceof Error ? error.message : String(error))));
        });
      }
      const view = await reference;
      if (name === undefined) return;
      view.search(name);
      scrollTo(container, referenceId(name));
    },
  };
}
