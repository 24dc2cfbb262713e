import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { getKeymapMode, keymapMode, keymapModeEffect } from '../../src/editor/keymaps.ts';

describe('keymapMode', () => {
  it('starts with the given bindings, standard by default', () => {
    expect(getKeymapMode(EditorState.create({ extensions: keymapMode() }))).toBe('default');
    expect(getKeymapMode(EditorState.create({ extensions: keymapMode('emacs') }))).toBe('emacs');
    expect(getKeymapMode(EditorState.create({}))).toBe('default');
  });

  it('switches bindings with an effect, keeping the document', () => {
    const state = EditorState.create({ doc: 's("bd")', extensions: keymapMode() });
    const vim = state.update({ effects: keymapModeEffect('vim') }).state;
    expect(getKeymapMode(vim)).toBe('vim');
    expect(vim.doc.toString()).toBe('s("bd")');
    expect(getKeymapMode(vim.update({ effects: keymapModeEffect('default') }).state)).toBe('default');
  });
});
