/** Hover docs from the language service: the signature, the TSDoc summary and an example. */
import type { Extension } from '@codemirror/state';
import { hoverTooltip, EditorView } from '@codemirror/view';
import type { IntelClient, IntelHover } from '../intel/index.ts';
import { appendProse } from '../intel/prose.ts';

/** The tooltip's content, for the hover and for tests. */
export function hoverContent(hover: IntelHover): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-weft-hover';
  const signature = dom.appendChild(document.createElement('code'));
  signature.className = 'cm-weft-hover-signature';
  signature.textContent = hover.signature;
  if (hover.summary !== '') {
    const summary = dom.appendChild(document.createElement('p'));
    summary.className = 'cm-weft-hover-summary';
    appendProse(summary, [hover.summary, hover.details].filter((t) => t !== '').join(' ').replace(/\s+/g, ' '));
  }
  const example = hover.examples[0];
  if (example !== undefined) {
    const pre = dom.appendChild(document.createElement('pre'));
    pre.className = 'cm-weft-hover-example';
    pre.textContent = example;
  }
  return dom;
}

const hoverTheme = EditorView.baseTheme({
  '.cm-weft-hover': { padding: '4px 8px', maxWidth: '560px', fontSize: '90%' },
  '.cm-weft-hover-signature': { display: 'block', whiteSpace: 'pre-wrap', fontWeight: 'bold' },
  '.cm-weft-hover-summary': { margin: '4px 0' },
  '.cm-weft-hover-example': { margin: '4px 0 0', opacity: '0.85' },
});

/** Shows the docs of the name under the pointer. */
export function intelHover(client: IntelClient): Extension {
  return [
    hoverTooltip(async (view, pos) => {
      const hover = await client.hover(view.state.doc.toString(), pos).catch(() => null);
      if (hover === null || (hover.signature === '' && hover.summary === '')) return null;
      return { pos: hover.from, end: hover.to, above: true, create: () => ({ dom: hoverContent(hover) }) };
    }),
    hoverTheme,
  ];
}
