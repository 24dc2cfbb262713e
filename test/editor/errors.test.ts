// The problems state in Node: errors and warnings placed, mapped through edits and cleared.
import { EditorState, type StateEffect } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import {
  addEvaluationWarnings,
  clearEvaluationError,
  clearPlayingWarnings,
  evaluationProblems,
  problemsField,
  setEvaluationWarnings,
  setWarnings,
  showBlockError,
  showEvaluationError,
  shownProblems,
} from '../../src/editor/errors.ts';

const DOC = 'setcps(1)\nnote("c e").fast(x)\ns("bd")';
const X = DOC.indexOf('x)');

function start(): EditorState {
  return EditorState.create({ doc: DOC, extensions: evaluationProblems() });
}

function apply(state: EditorState, ...effects: StateEffect<unknown>[]): EditorState {
  return state.update({ effects }).state;
}

/** The decorations as [from, to, kind] with kind the class or widget. */
function decorations(state: EditorState): [number, number, string][] {
  const out: [number, number, string][] = [];
  state.field(problemsField).decorations.between(0, state.doc.length, (from, to, deco) => {
    const spec = deco.spec as { class?: string; widget?: { message: string } };
    out.push([from, to, spec.widget ? `widget:${spec.widget.message}` : (spec.class ?? '')]);
  });
  return out;
}

const error = { message: 'x is not defined', from: X, to: X + 1, line: 2, column: 18 };

describe('evaluationProblems', () => {
  it('underlines the error range, tints its line and puts the message at the line end', () => {
    const state = apply(start(), showEvaluationError.of(error));
    const line = state.doc.line(2);
    expect(decorations(state)).toEqual([
      [line.from, line.from, 'cm-weft-problem-line-error'],
      [X, X + 1, 'cm-weft-problem cm-weft-problem-error'],
      [line.to, line.to, 'widget:x is not defined'],
    ]);
    expect(shownProblems(state)).toEqual([{ severity: 'error', message: 'x is not defined', from: X, to: X + 1 }]);
  });

  it('replaces the error shown with the next one, and clears it', () => {
    let state = apply(start(), showEvaluationError.of(error));
    state = apply(state, showEvaluationError.of({ message: 'oops', from: 0, to: 6 }));
    expect(shownProblems(state).map((p) => p.message)).toEqual(['oops']);
    state = apply(state, clearEvaluationError.of(null));
    expect(shownProblems(state)).toEqual([]);
    expect(decorations(state)).toEqual([]);
  });

  it('shows the errors of several blocks side by side, each replacing only its own', () => {
    let state = apply(start(), showBlockError.of({ ...error, block: 'a' }), showBlockError.of({ message: 'boom', from: 0, to: 6, block: 'b' }));
    expect(shownProblems(state).map((p) => p.message)).toEqual(['x is not defined', 'boom']);
    state = apply(state, showBlockError.of({ message: 'again', from: 0, to: 6, block: 'b' }));
    expect(shownProblems(state).map((p) => p.message)).toEqual(['x is not defined', 'again']);
    // An evaluation that fails as a whole is one problem; a good one clears them all.
    state = apply(state, showEvaluationError.of({ message: 'syntax', from: 0, to: 1 }));
    expect(shownProblems(state).map((p) => p.message)).toEqual(['syntax']);
    state = apply(state, showBlockError.of({ ...error, block: 'a' }), clearEvaluationError.of(null));
    expect(shownProblems(state)).toEqual([]);
  });

  it('keeps warnings apart from the error', () => {
    let state = apply(start(), setWarnings.of([{ message: 'number expected', from: 0, to: 6 }]), showEvaluationError.of(error));
    expect(shownProblems(state).map((p) => p.severity).sort()).toEqual(['error', 'warning']);
    state = apply(state, clearEvaluationError.of(null));
    expect(shownProblems(state)).toEqual([{ severity: 'warning', message: 'number expected', from: 0, to: 6 }]);
    expect(decorations(state).map((d) => d[2])).toContain('cm-weft-problem cm-weft-problem-warning');
    state = apply(state, setWarnings.of([]));
    expect(shownProblems(state)).toEqual([]);
  });

  it('moves the underline and message with edits', () => {
    let state = apply(start(), showEvaluationError.of(error));
    state = state.update({ changes: { from: 0, insert: '// top\n' } }).state;
    expect(shownProblems(state)[0]).toMatchObject({ from: X + 7, to: X + 8 });
    expect(state.sliceDoc(X + 7, X + 8)).toBe('x');
    const line = state.doc.line(3);
    expect(decorations(state)).toContainEqual([line.to, line.to, 'widget:x is not defined']);
  });

  it('underlines one character for an empty range, and clamps ranges to the document', () => {
    let state = apply(start(), showEvaluationError.of({ message: 'unexpected end', from: DOC.length, to: DOC.length }));
    expect(decorations(state)).toContainEqual([DOC.length - 1, DOC.length, 'cm-weft-problem cm-weft-problem-error']);
    state = apply(state, showEvaluationError.of({ message: 'far', from: 500, to: 900 }));
    expect(shownProblems(state)[0]).toMatchObject({ from: DOC.length, to: DOC.length });
  });

  it('shows the first line of a long message beside the line', () => {
    const state = apply(start(), showEvaluationError.of({ message: 'first\nsecond', from: 0, to: 1 }));
    const widgets = decorations(state).filter((d) => d[2].startsWith('widget'));
    expect(widgets).toEqual([[9, 9, 'widget:first\nsecond']]);
  });

  it('hides a warning that overlaps the error while the error is shown: one message per problem', () => {
    const warning = { message: "Cannot find name 'x'.", from: X - 1, to: X + 1 };
    let state = apply(start(), setWarnings.of([warning, { message: 'elsewhere', from: 0, to: 6 }]), showEvaluationError.of(error));
    expect(shownProblems(state).map((p) => p.message)).toEqual(['elsewhere', 'x is not defined']);
    expect(decorations(state).filter((d) => d[2].startsWith('widget')).map((d) => d[2])).toEqual(['widget:elsewhere', 'widget:x is not defined']);
    // New warnings while the error stands are filtered the same way; the warning returns once the error goes.
    state = apply(state, setWarnings.of([warning]));
    expect(shownProblems(state).map((p) => p.message)).toEqual(['x is not defined']);
    state = apply(state, clearEvaluationError.of(null));
    expect(shownProblems(state)).toEqual([{ severity: 'warning', ...warning }]);
  });

  it('hides a warning at the place of an empty error range too', () => {
    const state = apply(start(), setWarnings.of([{ message: 'w', from: X, to: X + 1 }]), showEvaluationError.of({ message: 'e', from: X, to: X }));
    expect(shownProblems(state).map((p) => p.message)).toEqual(['e']);
  });

  it('keeps the hidden warning where it belongs through edits', () => {
    let state = apply(start(), setWarnings.of([{ message: 'w', from: X, to: X + 1 }]), showEvaluationError.of(error));
    state = state.update({ changes: { from: 0, insert: '// top\n' } }).state;
    state = apply(state, clearEvaluationError.of(null));
    expect(shownProblems(state)).toEqual([{ severity: 'warning', message: 'w', from: X + 7, to: X + 8 }]);
  });

  it("keeps an evaluation's warnings apart from the type checker's: each replaces its own, an evaluation only in the code it evaluated", () => {
    const midi = { message: 'MIDI output is not connected', from: 0, to: 6 };
    const osc = { message: 'OSC output is not connected', from: DOC.length - 3, to: DOC.length };
    let state = apply(start(), setEvaluationWarnings.of({ from: 0, to: DOC.length, warnings: [midi, osc] }), setWarnings.of([{ message: 'type', from: X, to: X + 1 }]));
    expect(shownProblems(state).map((p) => p.message)).toEqual([midi.message, osc.message, 'type']);
    state = apply(state, setWarnings.of([]));
    expect(shownProblems(state).map((p) => p.message)).toEqual([midi.message, osc.message]);
    // A block on the last line evaluated again, with no warning: only its own warning goes.
    const last = state.doc.line(3);
    state = apply(state, setEvaluationWarnings.of({ from: last.from, to: last.to, warnings: [] }));
    expect(shownProblems(state).map((p) => p.message)).toEqual([midi.message]);
    expect(shownProblems(state)[0]).toMatchObject({ severity: 'warning', from: 0, to: 6 });
  });

  it('takes back the warnings of what plays: all of them, or those of one message', () => {
    const sound = { message: 'unknown sound "zz"', from: 0, to: 6 };
    const osc = { message: 'OSC bridge not running', from: DOC.length - 7, to: DOC.length };
    const state = apply(start(), addEvaluationWarnings.of([sound, osc]));
    expect(shownProblems(state).map((p) => p.message)).toEqual([sound.message, osc.message]);
    expect(shownProblems(apply(state, clearPlayingWarnings.of(osc.message))).map((p) => p.message)).toEqual([sound.message]);
    expect(shownProblems(apply(state, clearPlayingWarnings.of(null)))).toEqual([]);
  });
});
