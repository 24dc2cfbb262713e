/**
 * The tutorial and the reference, rendered into the learning panel's pages with runnable
 * examples. Loaded on demand (the first time a page is shown), with the reference's data.
 */
import { loadReference, referenceId, renderReference, renderTutorial, tutorialIn, type ReferenceView, type TutorialView } from '../intel/index.ts';
import { el } from './dom.ts';
import { exampleHost, type ExamplePlayer } from './example-host.ts';
import { language } from './i18n/index.ts';

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
  let tutorial: Promise<TutorialView> | undefined;
  let reference: Promise<ReferenceView> | undefined;
  return {
    tutorial(container, step) {
      // In the app's language (a translation is a download of its own; English if it cannot be had).
      tutorial ??= tutorialIn(language()).then(
        (steps) => renderTutorial(container, host, { steps }),
        () => renderTutorial(container, host),
      );
      if (step !== undefined) void tutorial.then(() => scrollTo(container, `tutorial-${step}`));
    },
    async reference(container, name) {
      if (reference === undefined) {
        container.replaceChildren(el('p', { class: 'learn-status' }, 'Loading the reference…'));
        reference = loadReference().then((data) => renderReference(container, data, host));
        reference.catch((error: unknown) => {
          reference = undefined;
          container.replaceChildren(el('p', { class: 'learn-status' }, `The reference could not be loaded: ${error instanceof Error ? error.message : String(error)}`));
        });
      }
      const view = await reference;
      if (name === undefined) return;
      view.search(name);
      scrollTo(container, referenceId(name));
    },
  };
}
