// The inline visuals' state in Node: placed under the line of their call, following the edits,
// gone with their call, and replaced by the next evaluation of the code they are in.
import { EditorState, type StateEffect } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { inlineVisuals, setInlineVisuals, shownVisuals, type InlineVisual } from '../../src/editor/inline-visuals.ts';

const DOC = '$: note("c e")._pianoroll()\n$: s("bd")._scope()\n';
const ROLL = DOC.indexOf('_pianoroll()');
const SCOPE = DOC.indexOf('_scope()');

function visual(id: string, kind: string, from: number, to: number): InlineVisual {
  return { id, kind, options: {}, from, to, key: 'k', sent: { start: from, end: to } };
}

function apply(state: EditorState, ...effects: StateEffect<unknown>[]): EditorState {
  return state.update({ effects }).state;
}

const start = (): EditorState =>
  apply(
    EditorState.create({ doc: DOC, extensions: inlineVisuals() }),
    setInlineVisuals.of({ from: 0, to: DOC.length, visuals: [visual('a', 'pianoroll', ROLL, ROLL + 12), visual('b', 'scope', SCOPE, SCOPE + 8)] }),
  );

describe('inlineVisuals', () => {
  it('shows each visual as a block widget at the end of its line', () => {
    const state = start();
    expect(shownVisuals(state).map((v) => v.id)).toEqual(['a', 'b']);
  });

  it('follows the edits, and drops a visual whose call is deleted', () => {
    let state = start().update({ changes: { from: 0, insert: '// top\n' } }).state;
    expect(shownVisuals(state).map((v) => [v.id, state.sliceDoc(v.from, v.to)])).toEqual([['a', '_pianoroll()'], ['b', '_scope()']]);
    const scope = shownVisuals(state)[1]!;
    state = state.update({ changes: { from: scope.from - 1, to: scope.to } }).state;
    expect(shownVisuals(state).map((v) => v.id)).toEqual(['a']);
  });

  it('replaces only the visuals of the code evaluated', () => {
    const line2 = start().doc.line(2);
    const state = apply(start(), setInlineVisuals.of({ from: line2.from, to: line2.to, visuals: [] }));
    expect(shownVisuals(state).map((v) => v.id)).toEqual(['a']);
    const again = apply(state, setInlineVisuals.of({ from: 0, to: DOC.length, visuals: [visual('c', 'spiral', ROLL, ROLL + 12)] }));
    expect(shownVisuals(again).map((v) => [v.id, v.kind])).toEqual([['c', 'spiral']]);
  });
});
