/**
 * The tutorial page: each step's explanation, its code in an editable example with a Play
 * button, something to try, and links to the reference for the names it introduces.
 */
import { renderExample, type ExampleEditor, type ExampleHost } from './example-view.ts';
import type { PageWords } from './page-words.ts';
import { referenceId } from './reference.ts';
import { TUTORIAL, type TutorialStep } from './tutorial.ts';
import { appendProse } from './prose.ts';

/** A rendered tutorial page. */
export interface TutorialView {
  /** The code of each step as the learner left it. */
  codes(): readonly string[];
  destroy(): void;
}

/** Options for {@link renderTutorial}. */
export interface TutorialOptions {
  /** The steps to show ({@link TUTORIAL} by default). */
  readonly steps?: readonly TutorialStep[];
  /** Where a name links to in the reference (`#ref-name` by default); `undefined` for no links. */
  readonly referenceHref?: ((name: string) => string) | undefined;
}

/** Renders the tutorial into `container` (emptied first), its buttons and links in `words`. */
export function renderTutorial(container: HTMLElement, host: ExampleHost, words: PageWords, options: TutorialOptions = {}): TutorialView {
  const steps = options.steps ?? TUTORIAL;
  const href = 'referenceHref' in options ? options.referenceHref : (name: string) => `#${referenceId(name)}`;
  container.replaceChildren();
  container.classList.add('weft-tutorial');
  const editors: ExampleEditor[] = [];
  steps.forEach((step, i) => {
    const section = container.appendChild(document.createElement('section'));
    section.className = 'weft-tutorial-step';
    section.id = `tutorial-${step.id}`;
    const title = section.appendChild(document.createElement('h2'));
    title.textContent = `${i + 1}. ${step.title}`;
    for (const paragraph of step.text) appendProse(section.appendChild(document.createElement('p')), paragraph);
    editors.push(renderExample(section, step.code, host, true, words));
    const tryThis = section.appendChild(document.createElement('p'));
    tryThis.className = 'weft-tutorial-try';
    appendProse(tryThis, words.tryThis(step.tryThis));
    if (href !== undefined && step.names.length > 0) {
      const links = section.appendChild(document.createElement('p'));
      links.className = 'weft-tutorial-names';
      links.append(words.inReference);
      step.names.forEach((name, k) => {
        if (k > 0) links.append(', ');
        const a = links.appendChild(document.createElement('a'));
        a.href = href(name);
        a.textContent = name;
      });
    }
    const next = steps[i + 1];
    if (next !== undefined) {
      const link = section.appendChild(document.createElement('a'));
      link.className = 'weft-tutorial-next';
      link.href = `#tutorial-${next.id}`;
      link.textContent = words.next(next.title);
    }
  });
  return {
    codes: () => editors.map((e) => e.getCode()),
    destroy() {
      for (const editor of editors) editor.destroy?.();
      container.replaceChildren();
    },
  };
}
