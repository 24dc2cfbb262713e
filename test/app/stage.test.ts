// The stage's pure choices: the play button's words, what the status line says is loading, which
// font size and wrapping each mode has, and how large the roll's labels are.
import { describe, expect, it } from 'vitest';
import { fontSizeOf } from '../../src/app/features/font.ts';
import { loadingText } from '../../src/app/features/loading.ts';
import { wrapsLines } from '../../src/app/features/stage.ts';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type SettingsStorage } from '../../src/app/settings.ts';
import { playLabel } from '../../src/app/transport.ts';
import { labelSize } from '../../src/app/visuals/roll-layout.ts';

describe('playLabel', () => {
  it('asks for a click before the audio is asked for, says it loads after, then plays or stops', () => {
    expect(playLabel({ audio: 'loading', requested: false, playing: false })).toBe('▶ click to start audio');
    expect(playLabel({ audio: 'suspended', requested: false, playing: false })).toBe('▶ click to start audio');
    expect(playLabel({ audio: 'loading', requested: true, playing: false })).toBe('◌ loading audio…');
    expect(playLabel({ audio: 'running', requested: true, playing: false })).toBe('▶ play');
    expect(playLabel({ audio: 'running', requested: true, playing: true })).toBe('■ stop');
    expect(playLabel({ audio: 'failed', requested: true, playing: false })).toBe('⚠ audio failed');
  });
});

describe('loadingText', () => {
  it('names the audio first, then the language service, and nothing once they are ready', () => {
    expect(loadingText(true, 'loading')).toBe('loading the audio…');
    expect(loadingText(false, 'loading')).toBe('loading completions and type checks…');
    expect(loadingText(false, 'ready')).toBe('');
    expect(loadingText(false, 'failed')).toBe('');
    expect(loadingText(false, 'waiting')).toBe('');
  });
});

describe('fontSizeOf and wrapsLines', () => {
  it('give projector mode its own size and wrapping, on by default', () => {
    expect(fontSizeOf(DEFAULT_SETTINGS)).toBe(18);
    expect(wrapsLines(DEFAULT_SETTINGS)).toBe(false);
    const projector = { ...DEFAULT_SETTINGS, projector: true };
    expect(fontSizeOf(projector)).toBeGreaterThanOrEqual(28);
    expect(wrapsLines(projector)).toBe(true);
    expect(wrapsLines({ ...projector, projectorWrapping: false })).toBe(false);
  });

  it('are kept across visits, and malformed values fall back to the defaults', () => {
    const items = new Map<string, string>();
    const storage: SettingsStorage = { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
    saveSettings(storage, { ...DEFAULT_SETTINGS, projector: true, projectorFontSize: 40, lineWrapping: true, projectorWrapping: false });
    expect(loadSettings(storage)).toMatchObject({ projector: true, projectorFontSize: 40, lineWrapping: true, projectorWrapping: false });
    items.set('weft:settings', JSON.stringify({ projector: 'yes', projectorFontSize: 400, lineWrapping: 1 }));
    expect(loadSettings(storage)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('labelSize', () => {
  it('grows with the editor font size, never under 10 px', () => {
    expect(labelSize(undefined)).toBe(10);
    expect(labelSize(12)).toBe(10);
    expect(labelSize(18)).toBe(11);
    expect(labelSize(32)).toBe(19);
    expect(labelSize(32)).toBeGreaterThan(labelSize(18));
  });
});
