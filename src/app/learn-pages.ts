/**
 * The tutorial and the reference, rendered into the learning panel's pages with runnable
 * examples. Loaded on demand (the first time a page is shown), with the reference's data.
 */
import { loadReference, referenceId, renderReference, renderTutorial, tutorialIn, type PageWords, type ReferenceView, type TutorialView } from '../intel/index.ts';
import { el } from './dom.ts';
import { exampleHost, type ExamplePlayer } from './example-host.ts';
import { language, t, type Language } from './i18n/index.ts';

/** The pages' words in each language, each downloaded with the pages (not with the first screen). */
const PAGE_WORDS: Readonly<Record<Language, () => Promise<{ readonly pages: PageWords }>>> = {
  en: () => import('./i18n/en/learn-pages.ts'),
  es: () => import('./i18n/es/learn-pages.ts'),
};

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

/** Makes the pages, in the app's language, their examples played by `player`. */
export async function learnPages(player: ExamplePlayer): Promise<LearnPages> {
  const { pages: words } = await PAGE_WORDS[language()]();
  const host = exampleHost(player);
  let tutorial: Promise<TutorialView> | undefined;
  let reference: Promise<ReferenceView> | undefined;
  return {
    tutorial(container, step) {
      // In the app's language (a translation is a download of its own; English if it cannot be had).
      tutorial ??= tutorialIn(language()).then(
        (steps) => renderTutorial(container, host, words, { steps }),
        () => renderTutorial(container, host, words),
      );
      if (step !== undefined) void tutorial.then(() => scrollTo(container, `tutorial-${step}`));
    },
    async reference(container, name) {
      if (reference === undefined) {
        container.replaceChildren(el('p', { class: 'learn-status' }, t().learn.loadingReference));
        reference = loadReference().then((data) => renderReference(container, data, host, words));
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
