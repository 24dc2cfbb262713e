// The sliders' state in Node: placed before their number, kept when their number is rewritten
// (by the slider itself), gone when it is deleted, replaced by the next evaluation of their code.
import { EditorState, type StateEffect } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { setSliders, shownSliders, sliderWidgets, type CodeSlider } from '../../src/editor/sliders.ts';
import { formatSliderValue } from '../../src/app/visuals/code-sliders.ts';

const DOC = 'note("c").gain(slider(0.5))\ns("bd").lpf(slider(800, 200, 4000, 10))';

function slider(id: string, text: string, step = 0): CodeSlider {
  const from = DOC.indexOf(text);
  return { id, from, to: from + text.length, literal: true, min: 0, max: 1, step, value: Number(text) };
}

const apply = (state: EditorState, ...effects: StateEffect<unknown>[]): EditorState => state.update({ effects }).state;
const start = (): EditorState =>
  apply(EditorState.create({ doc: DOC, extensions: sliderWidgets(() => undefined) }), setSliders.of({ from: 0, to: DOC.length, sliders: [slider('1:0', '0.5'), slider('1:1', '800', 10)] }));

describe('sliderWidgets', () => {
  it('keeps a slider on its number as the number is rewritten, and drops it when the number goes', () => {
    let state = start();
    const [first] = shownSliders(state);
    state = state.update({ changes: { from: first!.from, to: first!.to, insert: '0.125' } }).state;
    expect(shownSliders(state).map((s) => state.sliceDoc(s.from, s.to))).toEqual(['0.125', '800']);
    const second = shownSliders(state)[1]!;
    state = state.update({ changes: { from: second.from, to: second.to } }).state;
    expect(shownSliders(state).map((s) => s.id)).toEqual(['1:0']);
  });

  it('replaces only the sliders of the code evaluated', () => {
    const line2 = start().doc.line(2);
    const state = apply(start(), setSliders.of({ from: line2.from, to: line2.to, sliders: [] }));
    expect(shownSliders(state).map((s) => s.id)).toEqual(['1:0']);
  });
});

describe('formatSliderValue', () => {
  it("writes a value to its step's decimals, or to three", () => {
    expect(formatSliderValue(0.123456, 0)).toBe('0.123');
    expect(formatSliderValue(812.5, 10)).toBe('813');
    expect(formatSliderValue(0.4567, 0.05)).toBe('0.46');
    expect(formatSliderValue(2, 0)).toBe('2');
  });
});
