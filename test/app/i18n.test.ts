// The message catalogues: Spanish has every message English has, in the same shape, each a
// non-empty text of its own; the tutorial and the welcome pattern keep their code in Spanish.
import { describe, expect, it } from 'vitest';
import { bounce } from '../../src/app/bounce.ts';
import { EN } from '../../src/app/i18n/en.ts';
import { ES } from '../../src/app/i18n/es.ts';
import { BOUNCE_WORDS } from '../../src/app/i18n/bounce-words.ts';
import { browserLanguage, catalogue, languageOf } from '../../src/app/i18n/index.ts';
import { SettingsStore, loadSettings, type SettingsStorage } from '../../src/app/settings.ts';
import { CATALOGUES } from './catalogues.ts';
import { listExamples } from '../../src/app/examples.ts';
import { welcome } from '../../src/app/welcome.ts';
import { TUTORIAL } from '../../src/intel/tutorial.ts';
import { tutorialIn } from '../../src/intel/tutorial-language.ts';

/** One message of a catalogue: where it is (`share.cutShort`) and what it is. */
interface Leaf {
  readonly path: string;
  readonly value: unknown;
}

function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'object' && node !== null && !Array.isArray(node)) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, path === '' ? key : `${path}.${key}`));
  }
  return [{ path, value: node }];
}

/** The values a message function is called with: distinct, so that each can be looked for in the text. */
const samples = (arity: number): number[] => Array.from({ length: arity }, (_, i) => 37 + i * 11);

/** Messages whose values are not all numbers: the values to call them with (each value, flattened, is looked for in the text). */
const SAMPLE_ARGS: Readonly<Record<string, readonly unknown[]>> = {
  'announce.playing': [['$drums', '$bass']],
  'examples.name': ['first-steps', 'First steps'],
  'oscWords.refused': ['a reason'],
  'oscWords.leftOut': ['a problem'],
  'oscWords.failed': ['a message'],
  'dialogs.bounced': [37, 48, -3, ['a warning']],
  'visuals.notes': [[{ label: '$bass', notes: ['c2', 'e2'] }]],
  // A count that only chooses the words (block or blocks), and a choice of words.
  'historyPanel.blocks': ['$drums, $bass', 2],
  'historyPanel.lineTitle': [true, 48],
  'learnPages.marks.dirtSamples': ['casio', 2],
  'learnPages.marks.strudelSounds': ['superpiano', 2],
  'midiInWords.missing': ['Nord', ['Keys', 'IAC Driver Bus 1']],
};

/** Values that only choose between wordings, not shown in the text. */
const CHOOSERS = new Set(['examples.name/0', 'examples.name/1', 'historyPanel.blocks/1', 'historyPanel.lineTitle/0', 'learnPages.marks.dirtSamples/1', 'learnPages.marks.strudelSounds/1']);

/** The plain values inside a message's values. */
const flat = (args: readonly unknown[]): string[] =>
  args.flatMap((a) => (Array.isArray(a) ? flat(a) : typeof a === 'object' && a !== null ? flat(Object.values(a)) : [String(a)]));

/** The values of `args` that the text of message `path` must show. */
const shown = (path: string, args: readonly unknown[]): string[] => flat(args.filter((_, i) => !CHOOSERS.has(`${path}/${i}`)));

/** A message's text: a string as it is, a function called with sample values. */
function text(value: unknown, args: readonly unknown[]): unknown {
  return typeof value === 'function' ? (value as (...a: unknown[]) => unknown)(...args) : value;
}

/** What must come through a translation unchanged: `code` spans, CodeMirror's `$1` places. */
const kept = (message: string): string[] => [...message.matchAll(/`[^`]*`|\$\d*/g)].map((m) => m[0]).sort();

/** Messages that are the same words in both languages (names). */
const SAME_IN_BOTH = new Set(['vim', 'emacs']);

/** Messages that are the same in Spanish by design: units (cps, bpm, cpu), words both languages have (solo, tutorial, error, control, MIDI), names only (block names and notes, MIDI ports). */
const SAME_BY_DESIGN = new Set(['transport.cps', 'transport.bpm', 'transport.cpu', 'status.solo', 'visuals.notes', 'learn.tutorial', 'historyPanel.error', 'learnPages.kinds.control', 'midi.title', 'midi.readout']);

describe('the Spanish catalogue', () => {
  // The catalogue, and the words that come with the ? dialog and with the bounce.
  const en = CATALOGUES.flatMap((c) => leaves(c.en, c.name));
  const es = new Map(CATALOGUES.flatMap((c) => leaves(c.es, c.name)).map((leaf) => [leaf.path, leaf.value]));

  it('has exactly the messages English has, at every depth, a function where English has one (with as many values)', () => {
    expect([...es.keys()].sort()).toEqual(en.map((leaf) => leaf.path).sort());
    const kinds = (value: unknown): string => (typeof value === 'function' ? `function/${value.length}` : typeof value);
    expect(Object.fromEntries([...es].map(([path, value]) => [path, kinds(value)]))).toEqual(Object.fromEntries(en.map((leaf) => [leaf.path, kinds(leaf.value)])));
  });

  it('makes a non-empty text of every message, with every value it is given in it', () => {
    const wrong = [...es].flatMap(([path, value]) => {
      const arity = typeof value === 'function' ? value.length : 0;
      const special = SAMPLE_ARGS[path];
      const made = (special === undefined ? [samples(arity), Array.from({ length: arity }, () => 1)] : [special]).map((args) => ({ args, made: text(value, args) }));
      return made.flatMap(({ args, made: message }) =>
        typeof message !== 'string' || message.trim() === '' || shown(path, args).some((a) => !message.includes(a)) ? [`${path}(${flat(args).join(', ')}) = ${JSON.stringify(message)}`] : [],
      );
    });
    expect(wrong).toEqual([]);
  });

  it('translates every message: none is left as the English text (names aside), and code spans and places are kept', () => {
    const untranslated: string[] = [];
    const changed: string[] = [];
    for (const { path, value } of en) {
      const args = SAMPLE_ARGS[path] ?? samples(typeof value === 'function' ? value.length : 0);
      const english = String(text(value, args));
      const spanish = String(text(es.get(path), args));
      if (spanish === english && /[a-z]{2}/i.test(english) && !SAME_IN_BOTH.has(english) && !SAME_BY_DESIGN.has(path)) untranslated.push(`${path}: ${english}`);
      if (kept(spanish).join(' ') !== kept(english).join(' ')) changed.push(`${path}: ${kept(english).join(' ')} → ${kept(spanish).join(' ')}`);
    }
    expect(untranslated).toEqual([]);
    expect(changed).toEqual([]);
  });

  it('names every example performance in Spanish (genre names that Spanish uses as they are aside)', () => {
    const SAME = new Set(['acid', 'ambient', 'breakbeat', 'dub']);
    const untranslated = listExamples().filter((e) => !SAME.has(e.id) && ES.examples.name(e.id, e.name) === e.name);
    expect(untranslated.map((e) => e.id)).toEqual([]);
    expect(listExamples().every((e) => EN.examples.name(e.id, e.name) === e.name)).toBe(true);
  });

  it('is what the app loads for Spanish, and English for English', async () => {
    expect(await catalogue('es')).toBe(ES);
    expect(await catalogue('en')).toBe(EN);
  });
});

describe('the language', () => {
  it("is the first of the browser's languages the app speaks, else English", () => {
    expect(browserLanguage(['es-AR', 'en'])).toBe('es');
    expect(browserLanguage(['fr-FR', 'ES'])).toBe('es');
    expect(browserLanguage(['fr-FR', 'de'])).toBe('en');
    expect(browserLanguage([])).toBe('en');
  });

  it('is unset in the settings until chosen (the browser decides), kept once chosen, and unset again', () => {
    const items = new Map<string, string>();
    const storage: SettingsStorage = { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
    const settings = new SettingsStore(storage);
    expect(settings.get().language).toBeUndefined();
    settings.update({ language: 'es' });
    expect(loadSettings(storage).language).toBe('es');
    settings.update({ language: undefined });
    expect(loadSettings(storage).language).toBeUndefined();
    items.set('weft:settings', JSON.stringify({ language: 'fr' }));
    expect(loadSettings(storage).language).toBeUndefined();
  });

  it('is read from a setting only when the app speaks it', () => {
    expect(languageOf('es')).toBe('es');
    expect(languageOf('fr')).toBeUndefined();
    expect(languageOf(3)).toBeUndefined();
  });
});

describe('the Spanish tutorial', () => {
  it('has every step, in order, with the code and names of the English one and words of its own', async () => {
    const steps = await tutorialIn('es');
    expect(steps.map((s) => [s.id, s.code, s.names])).toEqual(TUTORIAL.map((s) => [s.id, s.code, s.names]));
    for (const [i, step] of steps.entries()) {
      const english = TUTORIAL[i]!;
      expect(step.title).not.toBe(english.title);
      expect(step.tryThis).not.toBe(english.tryThis);
      expect(step.text.length).toBeGreaterThan(0);
      expect(step.text.some((paragraph, k) => paragraph === english.text[k])).toBe(false);
      // The code spans (function names, mini-notation) stay as they are.
      expect(kept([...step.text, step.tryThis].join(' '))).toEqual(kept([...english.text, english.tryThis].join(' ')));
    }
  });

  it('is English for a language without a translation', async () => {
    expect(await tutorialIn('en')).toBe(TUTORIAL);
    expect(await tutorialIn('fr')).toBe(TUTORIAL);
  });
});

describe('the Spanish welcome pattern', () => {
  it('opens with comments only, and plays as the English one does', () => {
    const spanish = welcome(ES.app.welcome);
    expect(ES.app.welcome.split('\n').every((line) => line.startsWith('// '))).toBe(true);
    const english = welcome(EN.app.welcome);
    const code = (pattern: string): string => pattern.split('\n').filter((line) => !line.startsWith('//')).join('\n');
    expect(code(spanish)).toBe(code(english));
    const result = bounce(spanish, { cycles: 2, sampleRate: 16000 });
    expect(result.warnings).toEqual([]);
    expect(result.events.length).toBeGreaterThan(20);
  });
});
