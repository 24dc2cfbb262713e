// Settings kept across visits; anything unreadable falls back to the defaults.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type SettingsStorage } from '../../src/app/settings.ts';
import { bpmToCps, cpsToBpm } from '../../src/app/transport.ts';

function memory(): SettingsStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

describe('loadSettings', () => {
  it('gives the defaults on a first visit and what was saved afterwards', () => {
    const storage = memory();
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    saveSettings(storage, { ...DEFAULT_SETTINGS, keymap: 'vim', fontSize: 24 });
    expect(loadSettings(storage)).toEqual({ ...DEFAULT_SETTINGS, keymap: 'vim', fontSize: 24 });
  });

  it('keeps the defaults for malformed values', () => {
    const storage = memory();
    storage.setItem('weft:settings', JSON.stringify({ keymap: 'nano', fontSize: 500, bounceCycles: -1, visuals: 'yes' }));
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    storage.setItem('weft:settings', '{');
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
    expect(loadSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('bpmToCps', () => {
  it('counts four beats a cycle, and inverts cpsToBpm', () => {
    expect(bpmToCps(120)).toBe(0.5);
    expect(cpsToBpm(0.5)).toBe(120);
    expect(cpsToBpm(bpmToCps(137))).toBeCloseTo(137, 12);
  });
});
