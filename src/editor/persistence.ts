/**
 * Keeping the performer's code across reloads: the document is saved a moment after each
 * change (and when the page is hidden or the editor closed), and read back when an editor is made.
 */
import type { Extension } from '@codemirror/state';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';

/** Where the document is kept. */
export interface DocumentStorage {
  /** The saved document, or null when nothing was saved (or it cannot be read). */
  load(): string | null;
  save(text: string): void;
}

/** Options for {@link persistence}. */
export interface PersistenceOptions {
  /** Milliseconds without changes before saving (500 by default). */
  readonly delay?: number;
  /** Longest wait, in milliseconds, while changes keep coming (5000 by default). */
  readonly maxWait?: number;
}

/** The local storage key {@link localStorageDocument} uses unless given another. */
export const DEFAULT_STORAGE_KEY = 'weft:document';

/**
 * A {@link DocumentStorage} in the browser's `localStorage` (or another `Storage`) under `key`.
 * Reading or writing failures (storage disabled, quota exceeded) load nothing and save nothing.
 */
export function localStorageDocument(key: string = DEFAULT_STORAGE_KEY, storage?: Storage): DocumentStorage {
  const store = (): Storage => storage ?? globalThis.localStorage;
  return {
    load() {
      try {
        return store().getItem(key);
      } catch {
        return null;
      }
    },
    save(text) {
      try {
        store().setItem(key, text);
      } catch {
        // Storage full or not allowed: the editor keeps working, unsaved.
      }
    },
  };
}

/**
 * The document to start an editor with: the saved one, or `fallback` when nothing was saved.
 *
 * @example
 * EditorState.create({ doc: restoreDocument(storage, 'note("c e g")'), extensions: [persistence(storage)] })
 */
export function restoreDocument(storage: DocumentStorage, fallback = ''): string {
  return storage.load() ?? fallback;
}

/**
 * Saves the document to `storage` after each change, once the performer pauses for `delay`
 * milliseconds (at least every `maxWait` while typing goes on), and at once when the page is
 * hidden or the editor destroyed. Start the editor with {@link restoreDocument} to read it back.
 *
 * @example
 * const storage = localStorageDocument();
 * new EditorView({ doc: restoreDocument(storage), extensions: [weftEditorSetup(), persistence(storage)], parent })
 */
export function persistence(storage: DocumentStorage, options: PersistenceOptions = {}): Extension {
  const delay = options.delay ?? 500;
  const maxWait = options.maxWait ?? 5000;
  return ViewPlugin.define((view: EditorView) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstUnsaved: number | undefined;
    const save = (): void => {
      clearTimeout(timer);
      timer = undefined;
      firstUnsaved = undefined;
      storage.save(view.state.doc.toString());
    };
    const flush = (): void => {
      if (firstUnsaved !== undefined) save();
    };
    const onHide = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return {
      update(update: ViewUpdate) {
        if (!update.docChanged) return;
        const now = Date.now();
        firstUnsaved ??= now;
        clearTimeout(timer);
        timer = setTimeout(save, Math.max(0, Math.min(delay, firstUnsaved + maxWait - now)));
      },
      destroy() {
        window.removeEventListener('pagehide', flush);
        document.removeEventListener('visibilitychange', onHide);
        flush();
      },
    };
  });
}
