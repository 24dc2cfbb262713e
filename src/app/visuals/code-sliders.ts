/**
 * The code's sliders, wired: shown where each evaluation's `slider(...)` numbers are, and, as one
 * moves, what it sets plays the new value (the runtime re-reads its pattern, with no evaluation)
 * and the number in the code becomes that value, so the code stays the source of what is heard.
 */
import { StateEffect, Transaction } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { hasSliders, setSliders, sliderWidgets, type CodeSlider } from '../../editor/sliders.ts';
import type { LiveHighlights } from '../highlights.ts';
import type { Evaluated } from '../performance.ts';

/** A slider's value as written in the code: to its step's decimals, or three. */
export function formatSliderValue(value: number, step: number): string {
  const decimals = step > 0 ? Math.min(10, (String(step).split('.')[1] ?? '').length) : 3;
  return String(Number(value.toFixed(decimals)));
}

/** Writes a moved slider's value into the code (outside the undo history: it is a performance gesture). */
function writeValue(view: EditorView, slider: CodeSlider, value: number): void {
  if (!slider.literal) return;
  const text = formatSliderValue(value, slider.step);
  if (view.state.sliceDoc(slider.from, slider.to) === text) return;
  view.dispatch({ changes: { from: slider.from, to: slider.to, insert: text }, annotations: Transaction.addToHistory.of(false), userEvent: 'input.slider' });
}

/** Shows the sliders of a good evaluation of the editor's code; `slide` moves one in the runtime. */
export function showSliders(view: EditorView, highlights: LiveHighlights, evaluated: Evaluated, slide: (id: string, value: number) => void): void {
  const sliders: CodeSlider[] = [];
  for (const { id, at, literal, min, max, step, value } of evaluated.sliders) {
    const range = highlights.tracker.toCurrent(evaluated.key, [at])[0];
    if (range !== undefined) sliders.push({ id, from: range.from, to: range.to, literal, min, max, step, value });
  }
  if (sliders.length === 0 && !hasSliders(view.state)) return;
  const effects: StateEffect<unknown>[] = [setSliders.of({ from: evaluated.from, to: evaluated.to, sliders })];
  if (!hasSliders(view.state)) {
    effects.unshift(StateEffect.appendConfig.of(sliderWidgets((v, slider, next) => {
      slide(slider.id, next);
      writeValue(v, slider, next);
    })));
  }
  view.dispatch({ effects });
}
