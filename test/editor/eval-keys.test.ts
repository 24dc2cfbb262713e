import { EditorSelection, EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { blockToEvaluate } from '../../src/editor/eval-keys.ts';

const DOC = '$: s("bd sd")\n$hats: s("hh*8")\n\nsetcps(1)';

describe('blockToEvaluate', () => {
  it('gives the block at the cursor', () => {
    const state = EditorState.create({ doc: DOC, selection: { anchor: DOC.indexOf('hh') } });
    expect(blockToEvaluate(state)).toEqual({ text: '$hats: s("hh*8")', from: 14, to: 30, label: '$hats' });
  });

  it('gives the selection when there is one, labelled when it starts with a label', () => {
    const labelled = EditorState.create({ doc: DOC, selection: EditorSelection.single(14, 30) });
    expect(blockToEvaluate(labelled)).toEqual({ text: '$hats: s("hh*8")', from: 14, to: 30, label: '$hats' });
    const inner = EditorState.create({ doc: DOC, selection: EditorSelection.single(DOC.indexOf('s("hh'), 30) });
    expect(blockToEvaluate(inner)).toEqual({ text: 's("hh*8")', from: 21, to: 30, label: undefined });
  });

  it('gives nothing on a blank line between blocks', () => {
    const doc = 'a()\n\n\nb()';
    expect(blockToEvaluate(EditorState.create({ doc, selection: { anchor: 5 } }))).toBeUndefined();
  });
});
