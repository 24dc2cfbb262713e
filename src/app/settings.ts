/**
 * The performer's settings that outlive a page: key bindings, font size, bounce length, whether
 * the visuals show, whether Tab indents, the language, the MIDI clock followed. Kept in local storage as JSON; anything unreadable falls back to the default.
 */
import type { KeymapMode } from '../editor/index.ts';
import { languageOf, type Language } from './i18n/index.ts';

/** The app's settings. */
export interface Settings {
  readonly keymap: KeymapMode;
  /** Editor font size in pixels. */
  readonly fontSize: number;
  /** How many cycles a bounce renders. */
  readonly bounceCycles: number;
  /** Whether the pianoroll and scope show. */
  readonly visuals: boolean;
  /** Whether Tab indents in the editor; else it moves to the next control (Ctrl+M switches). */
  readonly tabIndents: boolean;
  /** Whether projector mode is on: large type, high contrast, only the essentials in the top bar. */
  readonly projector: boolean;
  /** The editor font size in projector mode, in pixels. */
  readonly projectorFontSize: number;
  /** Whether long lines wrap (outside projector mode). */
  readonly lineWrapping: boolean;
  /** Whether long lines wrap in projector mode. */
  readonly projectorWrapping: boolean;
  /** The language of the app's words; unset, the browser's (see `browserLanguage`). */
  readonly language?: Language | undefined;
  /** The MIDI input whose clock weft follows (its tempo, Start and Stop); unset, weft keeps its own. */
  readonly midiClock?: string | undefined;
}

/** Settings on a first visit. */
export const DEFAULT_SETTINGS: Settings = { keymap: 'default', fontSize: 18, bounceCycles: 8, visuals: true, tabIndents: false,
  projector: false, projectorFontSize: 32, lineWrapping: false, projectorWrapping: true,
};

const KEY = 'weft:settings';

/** The part of `Storage` settings use. */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function valid(raw: Record<string, unknown>): Partial<Settings> {
  const out: { -readonly [K in keyof Settings]?: Settings[K] } = {};
  const { keymap, fontSize, bounceCycles, visuals, tabIndents } = raw;
  if (keymap === 'default' || keymap === 'vim' || keymap === 'emacs') out.keymap = keymap;
  if (typeof fontSize === 'number' && fontSize >= 8 && fontSize <= 96) out.fontSize = Math.round(fontSize);
  if (typeof bounceCycles === 'number' && bounceCycles > 0 && bounceCycles <= 256) out.bounceCycles = bounceCycles;
  if (typeof visuals === 'boolean') out.visuals = visuals;
  if (typeof tabIndents === 'boolean') out.tabIndents = tabIndents;
  const { projector, projectorFontSize, lineWrapping, projectorWrapping } = raw;
  if (typeof projector === 'boolean') out.projector = projector;
  if (typeof projectorFontSize === 'number' && projectorFontSize >= 8 && projectorFontSize <= 96) out.projectorFontSize = Math.round(projectorFontSize);
  if (typeof lineWrapping === 'boolean') out.lineWrapping = lineWrapping;
  if (typeof projectorWrapping === 'boolean') out.projectorWrapping = projectorWrapping;
  const midiClock = raw['midiClock'];
  if (typeof midiClock === 'string' && midiClock.length > 0 && midiClock.length <= 200) out.midiClock = midiClock;
  const language = languageOf(raw['language']);
  if (language !== undefined) out.language = language;
  return out;
}

/** Reads the settings (defaults for anything missing or malformed). */
export function loadSettings(storage: SettingsStorage | undefined): Settings {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    return { ...DEFAULT_SETTINGS, ...(typeof raw === 'object' && raw !== null ? valid(raw as Record<string, unknown>) : {}) };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Saves `settings` (silently keeping them in memory only when storage fails). */
export function saveSettings(storage: SettingsStorage | undefined, settings: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Storage full or disabled.
  }
}

/** The browser's local storage, or undefined where it cannot be used (some private modes). */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The settings of the page, saved at each change. */
export class SettingsStore {
  private current: Settings;

  constructor(private readonly storage: SettingsStorage | undefined) {
    this.current = loadSettings(storage);
  }

  get(): Settings {
    return this.current;
  }

  update(change: Partial<Settings>): void {
    this.current = { ...this.current, ...change };
    saveSettings(this.storage, this.current);
  }
}
