/**
 * The app is made of features (transport, history, share, bounce, learn, visuals, drop, ...):
 * each is made by a function of what it needs, and returns its element and a `dispose` that
 * takes it down again (listeners, timers, animation frames). app.ts composes them.
 */
import type { EditorView } from '@codemirror/view';
import type { AudioSession } from '../audio-session.ts';
import { el } from '../dom.ts';
import type { EvaluationHistory } from '../history.ts';
import type { Performance } from '../performance.ts';
import type { SettingsStore } from '../settings.ts';

/** One feature of the app: what it shows, and how to take it down. */
export interface Feature<E extends HTMLElement = HTMLElement> {
  readonly element: E;
  dispose(): void;
}

/** What most features use: the editor, the performance and the app's shared services. */
export interface AppContext {
  readonly view: EditorView;
  readonly performance: Performance;
  readonly audio: AudioSession;
  readonly history: EvaluationHistory;
  readonly settings: SettingsStore;
  /** A short message for the performer. */
  readonly notify: (message: string) => void;
  /** The audio clock as heard (0 before there is audio). */
  readonly now: () => number;
  /** Runs a performance action, telling the performer if it fails. */
  readonly perform: (action: (performance: Performance) => Promise<unknown> | void) => void;
}

/**
 * A toolbar button; a click does not take the focus from the editor (the performer keeps typing
 * after it). A button whose label is a symbol (A+, ◫, ?) gives its accessible `name` in words:
 * a screen reader reads that, not the symbol (a `title` alone is not reliably read); a symbol
 * with letters in it starts the name ("A+ larger text"), as speech input users say what they see.
 */
export function toolButton(label: string, title: string, action: string, onclick: () => void, name?: string): HTMLButtonElement {
  // A label with letters in it (A+) starts the name, so that speech input can say what it sees (WCAG's "label in name").
  const spoken = name !== undefined && /[\p{L}\p{N}]/u.test(label) ? `${label} ${name}` : name;
  return el('button', { class: 'tool', title, 'aria-label': spoken, 'data-action': action, onclick, onmousedown: (event: Event) => event.preventDefault() }, label);
}

/** Calls `callback` every animation frame until the returned function is called. */
export function everyFrame(callback: () => void): () => void {
  let handle = 0;
  const frame = (): void => {
    handle = requestAnimationFrame(frame);
    callback();
  };
  handle = requestAnimationFrame(frame);
  return () => cancelAnimationFrame(handle);
}

/** The text of an error, for a message. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
