// Just enough of a CodeMirror EditorView for the app's logic in Node: a state that transactions
// update, with the editor extensions the test gives.
import { EditorState, type Extension, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/** A view of `doc` with `extensions`, and its current state. */
export function fakeView(doc: string, extensions: Extension): { view: EditorView; state: () => EditorState } {
  let state = EditorState.create({ doc, extensions });
  const view = {
    get state() {
      return state;
    },
    dispatch(spec: TransactionSpec) {
      state = state.update(spec).state;
    },
  } as unknown as EditorView;
  return { view, state: () => state };
}
