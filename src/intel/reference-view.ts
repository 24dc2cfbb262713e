/**
 * The reference page: a search box and every DSL function and control with its signature,
 * summary and examples, each example playable with one click.
 */
import { EXAMPLE_MARKS, exampleId } from './example-marks.ts';
import { renderExample, type ExampleEditor, type ExampleHost } from './example-view.ts';
import type { PageWords } from './page-words.ts';
import { referenceId, referenceSections, searchReference } from './reference.ts';
import type { DocEntry, DslReference } from './reference-data.ts';
import { appendProse } from './prose.ts';

/** How many entries are shown at once (more with "Show more"). */
export const PAGE_SIZE = 60;

/** A rendered reference page. */
export interface ReferenceView {
  /** Shows the entries matching `query` (all of them, by category, for an empty query). */
  search(query: string): void;
  /** The entries shown, in order (for tests). */
  shown(): readonly string[];
  destroy(): void;
}

function renderEntry(parent: HTMLElement, entry: DocEntry, host: ExampleHost, editors: ExampleEditor[], words: PageWords): void {
  const section = parent.appendChild(document.createElement('section'));
  section.className = 'weft-ref-entry';
  section.id = referenceId(entry.name);
  section.dataset['name'] = entry.name;
  const heading = section.appendChild(document.createElement('h3'));
  heading.textContent = entry.name;
  const kind = heading.appendChild(document.createElement('span'));
  kind.className = 'weft-ref-kind';
  kind.textContent = ` ${words.kinds[entry.kind]}${entry.method ? ` · ${words.method}` : ''}`;
  const signature = section.appendChild(document.createElement('pre'));
  signature.className = 'weft-ref-signature';
  signature.textContent = entry.signature;
  const summary = section.appendChild(document.createElement('p'));
  summary.className = 'weft-ref-summary';
  appendProse(summary, entry.summary);
  if (entry.details !== '') {
    const details = section.appendChild(document.createElement('p'));
    details.className = 'weft-ref-details';
    appendProse(details, entry.details.replace(/\s+/g, ' '));
  }
  entry.examples.forEach((code, i) => editors.push(renderExample(section, code, host, false, words, EXAMPLE_MARKS[exampleId(entry.name, i)])));
}

/** Renders the reference into `container` (emptied first), in `words`. */
export function renderReference(container: HTMLElement, reference: DslReference, host: ExampleHost, words: PageWords): ReferenceView {
  container.replaceChildren();
  container.classList.add('weft-reference');
  const input = container.appendChild(document.createElement('input'));
  input.type = 'search';
  input.className = 'weft-ref-search';
  input.placeholder = words.searchPlaceholder(reference.entries.length);
  input.setAttribute('aria-label', words.searchName);
  const list = container.appendChild(document.createElement('div'));
  list.className = 'weft-ref-list';
  const more = container.appendChild(document.createElement('button'));
  more.type = 'button';
  more.className = 'weft-ref-more';
  more.textContent = words.showMore;

  let editors: ExampleEditor[] = [];
  let matches: DocEntry[] = [];
  let rendered = 0;
  let names: string[] = [];

  const clear = (): void => {
    for (const editor of editors) editor.destroy?.();
    editors = [];
    list.replaceChildren();
    rendered = 0;
    names = [];
  };
  const showMore = (): void => {
    const next = matches.slice(rendered, rendered + PAGE_SIZE);
    let category: string | undefined = rendered > 0 ? matches[rendered - 1]?.category : undefined;
    const grouped = input.value.trim() === '';
    for (const entry of next) {
      if (grouped && entry.category !== category) {
        category = entry.category;
        const heading = list.appendChild(document.createElement('h2'));
        heading.className = 'weft-ref-category';
        heading.textContent = category;
      }
      renderEntry(list, entry, host, editors, words);
      names.push(entry.name);
    }
    rendered += next.length;
    more.hidden = rendered >= matches.length;
  };
  const search = (query: string): void => {
    if (input.value !== query) input.value = query;
    clear();
    matches = query.trim() === ''
      ? referenceSections(reference.entries).flatMap((s) => s.entries)
      : searchReference(reference.entries, query);
    if (matches.length === 0) {
      const none = list.appendChild(document.createElement('p'));
      none.className = 'weft-ref-none';
      none.textContent = words.nothingMatches(query);
    }
    showMore();
  };

  input.addEventListener('input', () => search(input.value));
  more.addEventListener('click', showMore);
  search('');
  return {
    search,
    shown: () => names,
    destroy() {
      clear();
      container.replaceChildren();
    },
  };
}
