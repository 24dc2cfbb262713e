import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FONT_SIZE, fontSize, fontSizeEffect, getFontSize } from '../../src/editor/font-size.ts';

describe('fontSize', () => {
  it('starts at the projector default, or the configured size', () => {
    expect(getFontSize(EditorState.create({ extensions: fontSize() }))).toBe(DEFAULT_FONT_SIZE);
    expect(getFontSize(EditorState.create({ extensions: fontSize({ initial: 30 }) }))).toBe(30);
    expect(getFontSize(EditorState.create({ extensions: fontSize({ initial: 30, max: 25 }) }))).toBe(25);
  });

  it('gives the default size in a state without it', () => {
    expect(getFontSize(EditorState.create({}))).toBe(DEFAULT_FONT_SIZE);
  });
});

describe('fontSizeEffect', () => {
  it('sets the size, within the configured bounds, keeping the document', () => {
    const state = EditorState.create({ doc: 's("bd")', extensions: fontSize({ min: 10, max: 40 }) });
    const set = (size: number): EditorState => state.update({ effects: fontSizeEffect(state, size) }).state;
    expect(getFontSize(set(33))).toBe(33);
    expect(getFontSize(set(2))).toBe(10);
    expect(getFontSize(set(400))).toBe(40);
    expect(getFontSize(set(21.4))).toBe(21);
    expect(set(33).doc.toString()).toBe('s("bd")');
  });
});
