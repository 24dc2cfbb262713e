/**
 * The performer's choice of key bindings: the standard ones, vim or emacs, switchable while the
 * editor runs (a {@link Compartment} holds the choice).
 */
import { Compartment, Facet, Prec, type EditorState, type Extension, type StateEffect } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { emacs } from '@replit/codemirror-emacs';
import { vim } from '@replit/codemirror-vim';
import type { KeymapMode } from './keymap-modes.ts';

export { keymapModes, type KeymapMode } from './keymap-modes.ts';

/** The active key binding style (read it with {@link getKeymapMode}). */
export const keymapModeFacet = Facet.define<KeymapMode, KeymapMode>({
  combine: (values) => values[0] ?? 'default',
});

const compartment = new Compartment();

function modeExtension(mode: KeymapMode): Extension {
  // vim and emacs must see keys before the standard bindings of weftEditorSetup.
  const bindings = mode === 'vim' ? vim({ status: true }) : mode === 'emacs' ? emacs() : [];
  return [keymapModeFacet.of(mode), Prec.high(bindings)];
}

/**
 * Key bindings in the style `mode` (standard by default), to switch later with
 * {@link setKeymapMode}. Standard means the bindings {@link weftEditorSetup} already has.
 *
 * @example
 * new EditorView({ extensions: [keymapMode('vim'), weftEditorSetup()], parent })
 */
export function keymapMode(mode: KeymapMode = 'default'): Extension {
  return compartment.of(modeExtension(mode));
}

/** The effect that switches an editor with {@link keymapMode} to the bindings of `mode`. */
export function keymapModeEffect(mode: KeymapMode): StateEffect<unknown> {
  return compartment.reconfigure(modeExtension(mode));
}

/** Switches an editor with {@link keymapMode} to the bindings of `mode`. */
export function setKeymapMode(view: EditorView, mode: KeymapMode): void {
  if (getKeymapMode(view.state) !== mode) view.dispatch({ effects: keymapModeEffect(mode) });
}

/** The key binding style of an editor state. */
export function getKeymapMode(state: EditorState): KeymapMode {
  return state.facet(keymapModeFacet);
}
