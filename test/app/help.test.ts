// Key names in the help overlay, for the platform.
import { describe, expect, it } from 'vitest';
import { defaultEvalKeys } from '../../src/editor/index.ts';
import { isMac, KEY_HELP, keyLabel } from '../../src/app/help.ts';

describe('keyLabel', () => {
  it('names Mod and Alt for each platform', () => {
    expect(keyLabel('Mod-Enter', false)).toBe('Ctrl + Enter');
    expect(keyLabel('Mod-Enter', true)).toBe('⌘ + Enter');
    expect(keyLabel('Alt-Enter', true)).toBe('⌥ + Enter');
    expect(keyLabel('Ctrl-Shift-m', false)).toBe('Ctrl + Shift + M');
  });

  it('keeps punctuation keys, the minus sign included, and alternatives', () => {
    expect(keyLabel('Mod-.', false)).toBe('Ctrl + .');
    expect(keyLabel('Mod--', false)).toBe('Ctrl + -');
    expect(keyLabel('Mod-= / Mod--', false)).toBe('Ctrl + =  /  Ctrl + -');
  });
});

describe('isMac', () => {
  it('tells Apple platforms from others', () => {
    expect(isMac('MacIntel')).toBe(true);
    expect(isMac('Linux x86_64')).toBe(false);
  });
});

describe('KEY_HELP', () => {
  it('lists every performance key the editor binds', () => {
    const listed = KEY_HELP.flatMap((g) => g.keys.map(([key]) => key));
    for (const key of Object.values(defaultEvalKeys)) expect(listed).toContain(key);
  });
});
