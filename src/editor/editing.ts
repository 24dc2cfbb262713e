/**
 * The editor's first screen and the rest of its editing features: until they load (editing-full.ts,
 * a download of its own), the editor highlights TypeScript with Lezer's parser alone, and the
 * search keys wait for them. They load at the first key pressed in the editor, or when the app
 * calls {@link loadEditing} (after the first sound).
 */
import { LRLanguage } from '@codemirror/language';
import { Compartment, Facet, type Extension } from '@codemirror/state';
import { EditorView, keymap, type Command, type KeyBinding } from '@codemirror/view';
import { parser } from '@lezer/javascript';

type Full = typeof import('./editing-full.ts');
type LaterCommand =
  | 'openSearchPanel' | 'findNext' | 'findPrevious' | 'selectSelectionMatches' | 'gotoLine' | 'selectNextOccurrence'
  | 'indentMore' | 'indentLess' | 'undo' | 'redo';

/**
 * The keys whose browser default would be wrong before the editing features load (search keys
 * would open the browser's search, Tab would leave the editor), and the command each runs (with
 * Shift) once they have. Undo starts with the history, at that first key.
 */
const LATER_KEYS: readonly { key: string; run: LaterCommand; shift?: LaterCommand; scope?: string }[] = [
  { key: 'Mod-f', run: 'openSearchPanel', scope: 'editor search-panel' },
  { key: 'F3', run: 'findNext', shift: 'findPrevious', scope: 'editor search-panel' },
  { key: 'Mod-g', run: 'findNext', shift: 'findPrevious', scope: 'editor search-panel' },
  { key: 'Mod-Shift-l', run: 'selectSelectionMatches' },
  { key: 'Mod-Alt-g', run: 'gotoLine' },
  { key: 'Mod-d', run: 'selectNextOccurrence' },
  { key: 'Tab', run: 'indentMore', shift: 'indentLess' },
  { key: 'Mod-z', run: 'undo', shift: 'redo' },
  { key: 'Mod-y', run: 'redo' },
];

/** TypeScript highlighted from Lezer's grammar alone (the full language support comes later). */
const plainTypeScript = LRLanguage.define({ name: 'typescript', parser: parser.configure({ dialect: 'ts' }) });

const slot = new Compartment();
/** True once the slot holds the full editing features. */
const loaded = Facet.define<boolean, boolean>({ combine: (values) => values.some(Boolean) });

/** Puts the full editing features into `view` (once: later calls only wait for them). */
export async function loadEditing(view: EditorView): Promise<Full> {
  const full = await import('./editing-full.ts');
  if (slot.get(view.state) !== undefined && !view.state.facet(loaded)) {
    view.dispatch({ effects: slot.reconfigure([loaded.of(true), full.fullEditing()]) });
  }
  return full;
}

/** The first screen's editing: plain highlighting, search keys that load the search, and a first key that loads the rest. */
export function editingLater(): Extension {
  const later = (name: LaterCommand): Command => (view) => {
    void loadEditing(view).then((full) => full[name](view));
    return true;
  };
  const laterKeys: KeyBinding[] = LATER_KEYS.map(({ key, run, shift, scope }) => ({
    key,
    run: later(run),
    ...(shift === undefined ? {} : { shift: later(shift) }),
    ...(scope === undefined ? {} : { scope }),
    preventDefault: true,
  }));
  return [
    slot.of([plainTypeScript, keymap.of(laterKeys)]),
    EditorView.domEventHandlers({
      keydown: (_event, view) => {
        if (!view.state.facet(loaded)) void loadEditing(view);
        return false;
      },
    }),
  ];
}
