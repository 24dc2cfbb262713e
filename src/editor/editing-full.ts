/**
 * The editing features that no one needs before typing or the first sound: TypeScript's
 * indentation, comment and completion data (lang-javascript), bracket closing, completion popups,
 * search, the highlighting of the selection's other occurrences, the undo history and CodeMirror's
 * standard keys. A download of its own, put
 * into the editor by `loadEditing` (editing.ts).
 */
import { autocompletion, closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';

export { indentLess, indentMore, redo, undo } from '@codemirror/commands';
export { findNext, findPrevious, gotoLine, openSearchPanel, selectNextOccurrence, selectSelectionMatches } from '@codemirror/search';

/** The features, in the place of the first screen's plain TypeScript highlighting. */
export function fullEditing(): Extension {
  return [
    javascript({ typescript: true }),
    closeBrackets(),
    autocompletion(),
    highlightSelectionMatches(),
    history(),
    // Bracket closing first: it handles Backspace between a pair before the standard keys do.
    keymap.of([...closeBracketsKeymap, ...searchKeymap, ...defaultKeymap, ...historyKeymap, indentWithTab]),
  ];
}
