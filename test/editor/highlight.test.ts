// The highlight state in Node: haps pushed, advanced and mapped through edits, without a view.
import { EditorState, type StateEffect } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import {
  addSoundingHaps,
  advanceSounding,
  cancelSoundingHaps,
  clearSoundingHaps,
  markEvaluated,
  soundingField,
  soundingHighlight,
  soundingRanges,
} from '../../src/editor/highlight.ts';

const DOC = 'note("c e g").s("saw")';
// Offsets of the three notes in DOC.
const C = { start: 6, end: 7 };
const E = { start: 8, end: 9 };
const G = { start: 10, end: 11 };

function start(doc = DOC): EditorState {
  return EditorState.create({ doc, extensions: soundingHighlight({ now: () => 0 }) });
}

function apply(state: EditorState, ...effects: StateEffect<unknown>[]): EditorState {
  return state.update({ effects }).state;
}

function litText(state: EditorState): string[] {
  return soundingRanges(state).map((r) => state.sliceDoc(r.from, r.to));
}

function markCount(state: EditorState): number {
  let n = 0;
  state.field(soundingField).marks.between(0, state.doc.length, () => void n++);
  return n;
}

describe('soundingHighlight', () => {
  it('lights the locations of haps sounding at the advanced time', () => {
    let state = apply(start(), addSoundingHaps.of({ haps: [
      { id: 1, begin: 0, end: 0.5, locations: [C] },
      { id: 2, begin: 0.5, end: 1, locations: [E] },
      { id: 3, begin: 0.5, end: 1, locations: [G] },
    ] }));
    expect(litText(state)).toEqual([]);
    state = apply(state, advanceSounding.of(0.1));
    expect(litText(state)).toEqual(['c']);
    expect(markCount(state)).toBe(1);
    state = apply(state, advanceSounding.of(0.5));
    expect(litText(state)).toEqual(['e', 'g']);
    state = apply(state, advanceSounding.of(1));
    expect(litText(state)).toEqual([]);
    expect(markCount(state)).toBe(0);
  });

  it('keeps the same marks while the lit ranges stay the same', () => {
    let state = apply(start(), addSoundingHaps.of({ haps: [
      { id: 1, begin: 0, end: 0.5, locations: [C] },
      { id: 2, begin: 0.5, end: 1, locations: [C] },
    ] }), advanceSounding.of(0.2));
    const marks = state.field(soundingField).marks;
    state = apply(state, advanceSounding.of(0.6));
    expect(litText(state)).toEqual(['c']);
    expect(state.field(soundingField).marks).toBe(marks);
  });

  it('moves marks with an insertion before them', () => {
    let state = apply(start(), addSoundingHaps.of({ haps: [{ id: 1, begin: 0, end: 1, locations: [E] }] }), advanceSounding.of(0.5));
    state = state.update({ changes: { from: 0, insert: '$: ' } }).state;
    expect(soundingRanges(state)).toEqual([{ from: 11, to: 12 }]);
    expect(litText(state)).toEqual(['e']);
    let n = 0;
    state.field(soundingField).marks.between(0, state.doc.length, (from, to) => {
      expect([from, to]).toEqual([11, 12]);
      n++;
    });
    expect(n).toBe(1);
  });

  it('drops marks whose text was deleted, and haps not yet sounding too', () => {
    let state = apply(start(), addSoundingHaps.of({ haps: [
      { id: 1, begin: 0, end: 1, locations: [E] },
      { id: 2, begin: 2, end: 3, locations: [E] },
      { id: 3, begin: 2, end: 3, locations: [G] },
    ] }), advanceSounding.of(0.5));
    state = state.update({ changes: { from: 8, to: 9 } }).state; // delete the `e`
    expect(litText(state)).toEqual([]);
    state = apply(state, advanceSounding.of(2.5));
    expect(litText(state)).toEqual(['g']);
  });

  it('places haps of an earlier evaluation in the document as edited since', () => {
    let state = apply(start(), markEvaluated.of('main'));
    state = state.update({ changes: { from: 0, insert: '// hi\n' } }).state;
    state = apply(state, addSoundingHaps.of({ evaluation: 'main', haps: [{ id: 1, begin: 0, end: 1, locations: [G] }] }));
    state = apply(state, advanceSounding.of(0.5));
    expect(litText(state)).toEqual(['g']);
    expect(soundingRanges(state)).toEqual([{ from: 16, to: 17 }]);
  });

  it('takes locations without an evaluation as offsets into the current document', () => {
    let state = start().update({ changes: { from: 0, insert: 'xx' } }).state;
    state = apply(state, addSoundingHaps.of({ haps: [{ id: 1, begin: 0, end: 1, locations: [C, { start: 20, end: 99 }] }] }), advanceSounding.of(0));
    expect(soundingRanges(state)).toEqual([{ from: 6, to: 7 }]);
  });

  it('ignores haps of an evaluation it does not know', () => {
    const state = apply(start(), addSoundingHaps.of({ evaluation: 'nope', haps: [{ id: 1, begin: 0, end: 1, locations: [C] }] }), advanceSounding.of(0.5));
    expect(litText(state)).toEqual([]);
  });

  it('cancels haps of one evaluation from a time on', () => {
    let state = apply(start(), markEvaluated.of('a'), markEvaluated.of('b'));
    state = apply(
      state,
      addSoundingHaps.of({ evaluation: 'a', haps: [{ id: 1, begin: 1, end: 2, locations: [C] }] }),
      addSoundingHaps.of({ evaluation: 'b', haps: [{ id: 2, begin: 1, end: 2, locations: [E] }] }),
      cancelSoundingHaps.of({ after: 0.5, evaluation: 'a' }),
      advanceSounding.of(1.5),
    );
    expect(litText(state)).toEqual(['e']);
  });

  it('clears every hap', () => {
    let state = apply(start(), addSoundingHaps.of({ haps: [{ id: 1, begin: 0, end: 1, locations: [C] }, { id: 2, begin: 1, end: 2, locations: [E] }] }), advanceSounding.of(0.5));
    state = apply(state, clearSoundingHaps.of(null));
    expect(litText(state)).toEqual([]);
    state = apply(state, advanceSounding.of(1.5));
    expect(litText(state)).toEqual([]);
  });

  it('does not light haps pushed after they ended', () => {
    let state = apply(start(), advanceSounding.of(5));
    state = apply(state, addSoundingHaps.of({ haps: [{ id: 1, begin: 4, end: 4.5, locations: [C] }, { id: 2, begin: 4, end: 6, locations: [E] }] }));
    expect(litText(state)).toEqual(['e']);
  });

  it('gives no ranges in a state without the extension', () => {
    expect(soundingRanges(EditorState.create({ doc: DOC }))).toEqual([]);
  });
});
