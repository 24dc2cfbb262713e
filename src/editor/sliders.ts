/**
 * Sliders in the code, as on strudel.cc: a range input right before the number of each
 * `slider(...)` call that the last evaluation of its code ran. Moving it calls the handler the app
 * gives (which sets what plays and writes the value into the code); the slider follows the edits
 * and goes with its number. Not in the editor's index: the app loads it with the first evaluation
 * that has a slider.
 */
import { Facet, StateEffect, StateField, type Extension, type EditorState } from '@codemirror/state';
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view';

/** A slider shown in the code. */
export interface CodeSlider {
  /** The runtime's id for it (moves it). */
  readonly id: string;
  /** The number it writes, in the current document (the call's name when `literal` is false). */
  readonly from: number;
  readonly to: number;
  readonly literal: boolean;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly value: number;
}

/** Replaces the sliders in `[from, to]` (the code evaluated) with `sliders`. */
export const setSliders = StateEffect.define<{ readonly from: number; readonly to: number; readonly sliders: readonly CodeSlider[] }>();

/** What a moved slider does. */
const slideHandler = Facet.define<(view: EditorView, slider: CodeSlider, value: number) => void>();

class SliderWidget extends WidgetType {
  constructor(readonly slider: CodeSlider) {
    super();
  }

  override eq(other: SliderWidget): boolean {
    return other.slider.id === this.slider.id;
  }

  override toDOM(view: EditorView): HTMLElement {
    const { min, max, step, value } = this.slider;
    const input = document.createElement('input');
    input.type = 'range';
    input.className = 'cm-weft-slider';
    input.min = String(min);
    input.max = String(max);
    input.step = step > 0 ? String(step) : 'any';
    input.value = String(value);
    // Named through the editor's phrases, which the app gives in the performer's language.
    input.setAttribute('aria-label', view.state.phrase('slider from $1 to $2', min, max));
    input.addEventListener('input', () => {
      const current = view.state.field(slidersField, false)?.sliders.find((s) => s.id === this.slider.id);
      if (current === undefined) return;
      for (const handler of view.state.facet(slideHandler)) handler(view, current, Number(input.value));
    });
    return input;
  }
}

interface Shown {
  readonly sliders: readonly CodeSlider[];
  readonly decorations: DecorationSet;
}

const slidersField = StateField.define<Shown>({
  create: () => ({ sliders: [], decorations: Decoration.none }),
  update(shown, tr) {
    let list = shown.sliders;
    if (tr.docChanged) {
      // A number replaced (by the slider itself, or by typing) keeps its slider; one deleted loses it.
      list = list.flatMap((s) => {
        const from = tr.changes.mapPos(s.from, -1);
        const to = tr.changes.mapPos(s.to, 1);
        return to > from ? [{ ...s, from, to }] : [];
      });
    }
    for (const effect of tr.effects) {
      if (!effect.is(setSliders)) continue;
      const { from, to, sliders } = effect.value;
      list = [...list.filter((s) => s.to < from || s.from > to), ...sliders];
    }
    if (list === shown.sliders) return shown;
    const decorations = Decoration.set(list.map((s) => Decoration.widget({ widget: new SliderWidget(s), side: -1 }).range(s.from)), true);
    return { sliders: list, decorations };
  },
  provide: (field) => EditorView.decorations.from(field, (shown) => shown.decorations),
});

const theme = EditorView.baseTheme({
  '.cm-weft-slider': { width: '9em', height: '1em', margin: '0 0.4em 0 0', verticalAlign: 'middle', accentColor: '#ffd23f', cursor: 'ew-resize' },
});

/** The sliders, each calling `onSlide` as it moves. */
export function sliderWidgets(onSlide: (view: EditorView, slider: CodeSlider, value: number) => void): Extension {
  return [slidersField, slideHandler.of(onSlide), theme];
}

/** The sliders shown in `state` (none without the extension). */
export function shownSliders(state: EditorState): readonly CodeSlider[] {
  return state.field(slidersField, false)?.sliders ?? [];
}

/** True when `state` has the extension. */
export function hasSliders(state: EditorState): boolean {
  return state.field(slidersField, false) !== undefined;
}
