/**
 * The performer's editor as the app makes it: every weft editor extension, the performance keys
 * wired to the app, autosave, and the vim or emacs bindings loaded only when chosen.
 */
import { Compartment, EditorState, Prec, type ChangeDesc, type Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import {
  evalKeys,
  getFontSize,
  localStorageDocument,
  persistence,
  restoreDocument,
  soundingHighlight,
  weftEditorSetup,
  type CodeBlock,
  type DocumentStorage,
  type KeymapMode,
  type LabelledBlock,
  type Seconds,
} from '../editor/index.ts';
import { t } from './i18n/index.ts';

/** What the editor tells the app. */
export interface EditorCallbacks {
  readonly onEvaluate: (code: string) => void;
  readonly onEvaluateBlock: (block: CodeBlock) => void;
  readonly onStop: () => void;
  readonly onMute: (block: LabelledBlock) => void;
  readonly onSolo: (block: LabelledBlock) => void;
  /** Every edit of the document. */
  readonly onChange: (changes: ChangeDesc) => void;
  /** The font size changed (by a key or the control). */
  readonly onFontSize: (size: number) => void;
  /** Ctrl+M (Shift+Alt+M on a Mac) switched what Tab does: indent (true) or move to the next control. */
  readonly onTabIndents: (indents: boolean) => void;
  /** The audio clock, for the live highlights. */
  readonly now: () => Seconds;
}

/** How the editor starts. */
export interface EditorStart {
  readonly parent: HTMLElement;
  /** The document when nothing was saved. */
  readonly fallback: string;
  /** The document to show instead of the saved one (a shared link's code). */
  readonly doc?: string;
  readonly fontSize: number;
  readonly storage?: DocumentStorage;
  /** Whether Tab indents; else it leaves the editor, as keyboard users need (see {@link tabKeys}). */
  readonly tabIndents: boolean;
}

const keymapSlot = new Compartment();
/** Holds the language service's extension, empty until it is loaded (after the first sound). */
const intelSlot = new Compartment();

/** Makes the performer's editor, with the saved document (or `start.doc`, or the fallback). */
export function createEditor(start: EditorStart, callbacks: EditorCallbacks): EditorView {
  const storage = start.storage ?? localStorageDocument();
  const doc = start.doc ?? restoreDocument(storage, start.fallback);
  const view = new EditorView({
    doc,
    parent: start.parent,
    extensions: [
      keymapSlot.of([]),
      intelSlot.of([]),
      weftEditorSetup({ fontSize: { initial: start.fontSize } }),
      evalKeys({
        onEvaluate: callbacks.onEvaluate,
        onEvaluateBlock: callbacks.onEvaluateBlock,
        onStop: callbacks.onStop,
        onMute: callbacks.onMute,
        onSolo: callbacks.onSolo,
      }),
      soundingHighlight({ now: callbacks.now }),
      persistence(storage),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) callbacks.onChange(update.changes.desc);
        const size = getFontSize(update.state);
        if (size !== getFontSize(update.startState)) callbacks.onFontSize(size);
      }),
      EditorView.contentAttributes.of({ 'aria-label': t().editor.label }),
      // A focusable content for tools that do not count contenteditable (axe's scrollable-region-focusable): the tab order is the same.
      EditorView.contentAttributes.of({ tabindex: '0' }),
      // CodeMirror's own words (search panel, completions) and weft's widgets, in the app's language.
      EditorState.phrases.of(t().editor.phrases),
      tabKeys(start.tabIndents, callbacks.onTabIndents),
    ],
  });
  view.setTabFocusMode(!start.tabIndents);
  return view;
}

/**
 * Tab leaves the editor unless the performer asks it to indent, as CodeMirror recommends for
 * keyboard users (its tab-focus mode): Ctrl+M (Shift+Alt+M on a Mac, CodeMirror's own key)
 * switches, before the editing features load too, and says which it is now.
 */
function tabKeys(initially: boolean, onTabIndents: (indents: boolean) => void): Extension {
  let indents = initially;
  const toggle = (view: EditorView): boolean => {
    indents = !indents;
    view.setTabFocusMode(!indents);
    onTabIndents(indents);
    return true;
  };
  return Prec.highest(keymap.of([{ key: 'Ctrl-m', mac: 'Shift-Alt-m', run: toggle }]));
}

/**
 * Switches the editor to the key bindings of `mode`. The vim and emacs bindings are a separate
 * download, fetched the first time one is chosen.
 */
export async function useKeymap(view: EditorView, mode: KeymapMode): Promise<void> {
  if (mode === 'default') {
    view.dispatch({ effects: keymapSlot.reconfigure([]) });
    return;
  }
  // Loaded on demand: the vim and emacs packages are most of the editor's weight.
  const { keymapMode } = await import('../editor/keymaps.ts');
  view.dispatch({ effects: keymapSlot.reconfigure(keymapMode(mode)) });
}

/**
 * Puts the language service's extension (completions, hover, signature help, type warnings)
 * into the editor, replacing any given before.
 */
export function useIntel(view: EditorView, extension: Extension): void {
  view.dispatch({ effects: intelSlot.reconfigure(extension) });
}
