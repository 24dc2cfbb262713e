/**
 * The editing features that no one needs before typing or the first sound: TypeScript's
 * indentation, comment and completion data (lang-javascript), bracket closing, completion popups,
 * search and the highlighting of the selection's other occurrences. A download of its own, put
 * into the editor by `loadEditing` (editing.ts).
 */
import { autocompletion, closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { javascript } from '@codemirror/lang-javascript';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import type { Extension } from '@codemirror/state';
import { keymap } from '@codemirror/view';

export { findNext, findPrevious, gotoLine, openSearchPanel, selectNextOccurrence, selectSelectionMatches } from '@codemirror/search';

/** The features, in the place of the first screen's plain TypeScript highlighting. */
export function fullEditing(): Extension {
  return [
    javascript({ typescript: true }),
    closeBrackets(),
    autocompletion(),
    highlightSelectionMatches(),
    keymap.of([...closeBracketsKeymap, ...searchKeymap]),
  ];
}
