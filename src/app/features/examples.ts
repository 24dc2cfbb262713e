/** The Examples menu: an example performance replaces the code (which is kept in the history). */
import { el } from '../dom.ts';
import { exampleTitle, listExamples } from '../examples.ts';
import { t } from '../i18n/index.ts';
import { errorText, type AppContext, type Feature } from './feature.ts';
import { replaceDocument } from './history.ts';

export function examplesFeature(context: AppContext): Feature<HTMLSelectElement> {
  const words = t().examples;
  // In the app's language, in its order.
  const examples = listExamples()
    .map((example) => ({ ...example, name: words.name(example.id, example.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const element = el(
    'select',
    { class: 'tool', 'aria-label': words.menuName, title: words.menuTitle, 'data-action': 'examples' },
    el('option', { value: '' }, words.menu),
    ...examples.map((example) => el('option', { value: example.id }, example.name)),
  );
  const choose = (): void => {
    const example = examples.find((e) => e.id === element.value);
    element.value = '';
    if (example === undefined) return;
    example.load().then(
      async (code) => {
        await replaceDocument(context, code);
        context.notify(t().examples.opened(exampleTitle(code) ?? example.name));
      },
      (error: unknown) => context.notify(t().examples.cannotOpen(example.name, errorText(error))),
    );
  };
  element.addEventListener('change', choose);
  return { element, dispose: () => element.removeEventListener('change', choose) };
}
