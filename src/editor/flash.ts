/**
 * A brief flash over a range of the document, to show the performer what was just evaluated.
 */
import { Facet, StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import type { TextRange } from './text-range.ts';


/** Milliseconds a flash lasts; the first value given wins (250 by default). */
export const flashDuration = Facet.define<number, number>({
  combine: (values) => values[0] ?? 250,
});

/** Flashes a range of the document (replacing a flash still showing); `null` ends the flash. */
export const flashRange = StateEffect.define<TextRange | null>({
  map: (range, changes) =>
    range && { from: changes.mapPos(range.from, 1), to: changes.mapPos(range.to, -1) },
});

const flashMark = Decoration.mark({ class: 'cm-weft-flash' });

const flashField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    marks = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(flashRange)) continue;
      const range = effect.value;
      const from = range && Math.max(0, Math.min(range.from, tr.newDoc.length));
      const to = range && Math.max(0, Math.min(range.to, tr.newDoc.length));
      marks = from !== null && to !== null && from < to ? Decoration.set([flashMark.range(from, to)]) : Decoration.none;
    }
    return marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

// Ends each flash after its duration.
const flashTimer = ViewPlugin.fromClass(
  class {
    private timer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly view: EditorView) {}

    update(update: ViewUpdate): void {
      if (!update.transactions.some((tr) => tr.effects.some((e) => e.is(flashRange) && e.value !== null))) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.view.dispatch({ effects: flashRange.of(null) });
      }, update.state.facet(flashDuration));
    }

    destroy(): void {
      clearTimeout(this.timer);
    }
  },
);

const flashTheme = EditorView.baseTheme({
  '.cm-weft-flash': { backgroundColor: '#ffffff40' },
});

/**
 * Shows a {@link flashRange} effect as a bright background for `duration` milliseconds.
 * {@link evalKeys} includes it.
 *
 * @example
 * view.dispatch({ effects: flashRange.of({ from: 0, to: view.state.doc.length }) })
 */
export function evalFlash(duration?: number): Extension {
  return [duration === undefined ? [] : flashDuration.of(duration), flashField, flashTimer, flashTheme];
}
