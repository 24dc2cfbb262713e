/**
 * Signature help: inside a call's parentheses, a tooltip above the cursor shows the function's
 * signature with the argument being typed in bold, and its one-line doc.
 */
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { EditorView, showTooltip, ViewPlugin, type Tooltip, type ViewUpdate } from '@codemirror/view';
import type { IntelClient, IntelSignatureHelp } from '../intel/index.ts';
import { appendProse } from '../intel/prose.ts';

/** Shows signature help at a position, or hides it (`null`). */
export const setSignatureHelp = StateEffect.define<{ pos: number; help: IntelSignatureHelp } | null>();

/** The tooltip's content, for the tooltip and for tests. */
export function signatureContent(help: IntelSignatureHelp): HTMLElement {
  const dom = document.createElement('div');
  dom.className = 'cm-weft-signature';
  const signature = help.signatures[help.active] ?? help.signatures[0];
  if (signature === undefined) return dom;
  const code = dom.appendChild(document.createElement('code'));
  code.className = 'cm-weft-signature-label';
  const param = signature.parameters[Math.min(help.activeParameter, signature.parameters.length - 1)];
  if (param === undefined) {
    code.textContent = signature.label;
  } else {
    code.append(signature.label.slice(0, param.from));
    const active = code.appendChild(document.createElement('b'));
    active.className = 'cm-weft-signature-active';
    active.textContent = signature.label.slice(param.from, param.to);
    code.append(signature.label.slice(param.to));
  }
  if (help.signatures.length > 1) code.append(`  (${help.active + 1} of ${help.signatures.length})`);
  if (signature.documentation !== '') {
    const doc = dom.appendChild(document.createElement('div'));
    doc.className = 'cm-weft-signature-doc';
    appendProse(doc, signature.documentation.split('\n')[0] ?? '');
  }
  return dom;
}

const signatureField = StateField.define<Tooltip | null>({
  create: () => null,
  update(tooltip, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setSignatureHelp)) {
        const value = effect.value;
        return value === null ? null : { pos: value.pos, above: true, create: () => ({ dom: signatureContent(value.help) }) };
      }
    }
    if (tooltip === null || !tr.docChanged) return tooltip;
    return { ...tooltip, pos: tr.changes.mapPos(tooltip.pos) };
  },
  provide: (field) => showTooltip.from(field),
});

const signatureTheme = EditorView.baseTheme({
  '.cm-weft-signature': { padding: '3px 8px', maxWidth: '640px', fontSize: '90%' },
  '.cm-weft-signature-active': { textDecoration: 'underline' },
  '.cm-weft-signature-doc': { opacity: '0.85', marginTop: '2px' },
});

/** Shows signature help while the cursor is inside a call's arguments. */
export function intelSignatureHelp(client: IntelClient): Extension {
  const plugin = ViewPlugin.fromClass(
    class {
      request = 0;
      constructor(readonly view: EditorView) {}
      update(update: ViewUpdate): void {
        if (!update.docChanged && !update.selectionSet) return;
        if (!update.view.hasFocus && !update.docChanged) return;
        // `ask` may dispatch at once (no await on a selection), which is not allowed inside an update.
        queueMicrotask(() => void this.ask());
      }
      async ask(): Promise<void> {
        const request = ++this.request;
        const { state } = this.view;
        const pos = state.selection.main.head;
        const help = state.selection.main.empty
          ? await client.signatureHelp(state.doc.toString(), pos).catch(() => null)
          : null;
        if (request !== this.request || this.view.state.doc !== state.doc) return;
        const showing = this.view.state.field(signatureField) !== null;
        if (help === null && !showing) return;
        this.view.dispatch({ effects: setSignatureHelp.of(help === null ? null : { pos, help }) });
      }
    },
  );
  return [signatureField, plugin, signatureTheme];
}
