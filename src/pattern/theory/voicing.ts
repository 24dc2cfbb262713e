/**
 * Chord symbols and voicings: `chord("<C^7 A7 Dm7 G7>").voicing()` plays each chord as one of the
 * voicings of a dictionary, placed against an anchor note, and `rootNotes` plays chord roots.
 */
import type { Controls } from '../../controls/index.ts';
import { ArgumentError, locateError } from '../errors.ts';
import { Hap } from '../hap.ts';
import { Pattern } from '../pattern.ts';
import { patternify, type PatternArg } from '../reify.ts';
import { midiToNoteName, mod, noteToMidi, parsePitch, pitchChroma, pitchName, type Midi } from './note.ts';
import { IREAL_VOICINGS, type VoicingDictionary } from './voicing-dictionary.ts';
import { currentVoicingContext, parseVoicingDictionary, type VoicingContext } from './voicing-registry.ts';

/** How a voicing is placed against its anchor. */
export type VoicingMode = 'below' | 'above' | 'duck' | 'root';

/** What {@link renderVoicing} needs: the chord and optional placement controls. */
export interface VoicingOptions {
  /** A root (`C`, `F#`, `Bb`) and a chord symbol of the dictionary: `"C^7"`, `"F#-7"`, `"Bbh7"`. */
  readonly chord: string;
  /** The voicing dictionary; the iReal-style one by default. */
  readonly dictionary?: VoicingDictionary;
  /** The note the voicing is aligned to (MIDI number or note name); `c5` by default. */
  readonly anchor?: Midi | string;
  /**
   * `below` (default): the top note is the highest possible at or under the anchor;
   * `duck`: as `below`, without the anchor note itself;
   * `above`: the bottom note is the highest possible at or under the anchor;
   * `root`: a voicing with the root at the bottom, placed as with `above`.
   */
  readonly mode?: VoicingMode;
  /** Moves to the next (positive) or previous (negative) voicing of the dictionary, a whole number. */
  readonly offset?: number;
}

// A chord: a root with sharps or flats, then a symbol.
const CHORD = /^([A-G][#b]*)(.*)$/;

/**
 * Splits a chord into its root and its symbol: `"Bb^7"` is `["Bb", "^7"]`.
 * @example
 * note("<C^7 Bb7 Eb^7>".fmap((chord) => parseChord(chord)[0] + '2'))
 */
export function parseChord(chord: string): [root: string, symbol: string] {
  const match = CHORD.exec(chord);
  if (match === null) throw new Error(`unknown chord "${chord}": a chord is a root A-G (with # or b) and a symbol, like "C^7" or "F#-7"`);
  return [match[1] ?? '', match[2] ?? ''];
}

const MODES: readonly VoicingMode[] = ['below', 'above', 'duck', 'root'];

function toMidi(anchor: Midi | string): Midi {
  return typeof anchor === 'number' ? anchor : noteToMidi(anchor);
}

/**
 * The MIDI notes, low to high, of a chord voiced from a dictionary (see {@link voicing}).
 *
 * Each voicing's reference note (top for `below`/`duck`, bottom for `above`/`root`) is placed as high
 * as it can be at or under the anchor; the voicing whose reference lands nearest the anchor wins
 * (for `root`, the one whose bottom note is nearest above the root), ties going to the earlier one.
 * `offset` then steps through the dictionary's voicings in order, an octave up (down) each time it
 * wraps past the chosen voicing.
 * @example
 * note("<C^7 A7 Dm7 G7>".squeezeBind((chord) => seq(...renderVoicing({ chord }))))
 */
export function renderVoicing(options: VoicingOptions): Midi[] {
  const { chord, dictionary = IREAL_VOICINGS, mode = 'below', offset = 0 } = options;
  const [root, symbol] = parseChord(chord);
  const voicings = dictionary.get(symbol)?.map((voicing) => voicing.map((interval) => interval.semitones));
  if (voicings === undefined || voicings.length === 0) throw new ArgumentError(`voicing: unknown chord "${chord}"`);
  if (!MODES.includes(mode)) throw new ArgumentError(`voicing: unknown mode "${String(mode)}" (use below, above, duck or root)`);
  if (!Number.isInteger(offset)) throw new ArgumentError(`voicing: offset must be a whole number, not ${offset}`);
  const anchor = toMidi(options.anchor ?? 'c5');
  const rootChroma = pitchChroma(parsePitch(root) ?? { step: 0, alter: 0 });
  const fromBottom = mode === 'above' || mode === 'root';
  // Where each voicing lands: how far its reference note is under the anchor, and its notes.
  const placed = voicings.map((voicing) => {
    const reference = (fromBottom ? voicing[0] : voicing[voicing.length - 1]) ?? 0;
    const below = mod(anchor - (rootChroma + reference), 12);
    return { rank: mode === 'root' ? (voicing[0] ?? 0) : below, notes: voicing.map((step) => anchor - below + step - reference) };
  });
  let best = 0;
  placed.forEach((voicing, index) => {
    if (voicing.rank < placed[best]!.rank) best = index;
  });
  const count = placed.length;
  const chosen = placed[mod(best + offset, count)]!.notes;
  const shift = 12 * Math.floor((offset + count - 1) / count);
  const notes = chosen.map((note) => note + shift);
  return mode === 'duck' ? notes.filter((note) => note !== anchor) : notes;
}

/** The controls `voicing` reads; every other key is passed through to the notes. */
interface VoicingControls {
  readonly chord?: unknown;
  readonly dictionary?: unknown;
  readonly anchor?: unknown;
  readonly mode?: unknown;
  readonly offset?: unknown;
  readonly octaves?: unknown;
  readonly n?: unknown;
}

/** A note played by `voicing`: the other controls of the chord, with a `note` (a name, or MIDI with `n`). */
export type VoicedNote = Readonly<Record<string, unknown>> & { readonly note: string | Midi };

/** Splits `mode("root:g2")` into a mode and an anchor, when the control has not already done so. */
function modeAndAnchor(mode: unknown, anchor: unknown): [mode: unknown, anchor: unknown] {
  const parts = Array.isArray(mode) ? (mode as unknown[]) : typeof mode === 'string' && mode.includes(':') ? mode.split(':') : undefined;
  return parts === undefined ? [mode, anchor] : [parts[0], anchor ?? parts[1]];
}

// Dictionaries given as objects (`dict({ m7: ['3m 5P 7m 9M'] })`), read once each.
const given = new WeakMap<object, VoicingDictionary>();

/** The dictionary `dict` names (or is), else the program's default one. */
function dictionaryOf(dictionary: unknown, context: VoicingContext): VoicingDictionary {
  if (dictionary === undefined) return context.get(context.defaultName, 'voicing').dictionary;
  if (typeof dictionary !== 'object' || dictionary === null) return context.get(dictionary, 'voicing').dictionary;
  let dict = given.get(dictionary);
  if (dict === undefined) given.set(dictionary, (dict = parseVoicingDictionary(dictionary, 'voicing')));
  return dict;
}

function optionsOf(controls: VoicingControls, context: VoicingContext): VoicingOptions {
  const { chord, offset } = controls;
  const [mode, anchor] = modeAndAnchor(controls.mode, controls.anchor);
  if (typeof chord !== 'string') throw new ArgumentError('voicing: needs a chord, like chord("<C^7 A7>").voicing()');
  return {
    chord,
    dictionary: dictionaryOf(controls.dictionary, context),
    ...(typeof anchor === 'number' || typeof anchor === 'string' ? { anchor } : {}),
    ...(mode === undefined ? {} : { mode: String(mode) as VoicingMode }),
    ...(typeof offset === 'number' ? { offset } : {}),
  };
}

function voiceHap(hap: Hap<unknown>, context: VoicingContext): Hap<VoicedNote>[] {
  const value = hap.value;
  const controls: Record<string, unknown> =
    typeof value === 'string' ? { chord: value } : value !== null && typeof value === 'object' ? { ...value } : {};
  const notes = renderVoicing(optionsOf(controls, context));
  const { chord: _chord, dictionary: _dictionary, anchor: _anchor, mode: _mode, offset: _offset, octaves, n, ...rest } = controls;
  if (n === undefined) return notes.map((note) => new Hap(hap.whole, hap.part, { ...rest, note: midiToNoteName(note) }, hap.context));
  if (typeof n !== 'number' || !Number.isInteger(n)) throw new ArgumentError(`voicing: n must be a whole number, not ${String(n)}`);
  const spread = typeof octaves === 'number' ? octaves : 1;
  const note = notes[mod(n, notes.length)]! + 12 * spread * Math.floor(n / notes.length);
  return [new Hap(hap.whole, hap.part, { ...rest, note }, hap.context)];
}

/**
 * Turns chords into voicings: each chord becomes the notes of a voicing from a dictionary, chosen
 * against an anchor so that a progression moves smoothly. Reads the controls `chord` (a root and a
 * symbol such as `C^7`, `A-7`, `Bb7b9`; a plain string is taken as the chord), `dict` (`ireal`,
 * `lefthand`, `legacy`, `triads`, `guidetones`, one added with `addVoicings`, or a dictionary
 * object; `ireal` unless `setDefaultVoicings` names another), `anchor` (`c5` by default), `mode`
 * (`below`, `above`, `duck`, `root`), `offset` and `n` (plays one note of the voicing, counting up
 * from the lowest and wrapping into higher octaves, `octaves` octaves apart, 1 by default, as a
 * MIDI number).
 *
 * @method
 * @example
 * chord("<C^7 Am7 Dm7 G7>").voicing()
 * @example
 * n("0 1 2 3").chord("<C^7 Dm7 G7 Am7>").dict('lefthand').voicing()
 */
export function voicing<T>(pat: Pattern<T>): Pattern<VoicedNote> {
  const context = currentVoicingContext();
  return new Pattern((state) => pat.query(state).flatMap((hap) => located(hap, () => voiceHap(hap, context))), pat.steps);
}

/** Runs `f`, placing an argument error it throws at the hap's source locations. */
function located<R>(hap: Hap<unknown>, f: () => R): R {
  try {
    return f();
  } catch (error) {
    throw locateError(error, hap.context.locations);
  }
}

function rootNote(value: unknown, octave: number): unknown {
  const chord = typeof value === 'string' ? value : value !== null && typeof value === 'object' ? (value as { chord?: unknown }).chord : undefined;
  if (typeof chord !== 'string') throw new Error(`rootNotes: needs chords, not ${JSON.stringify(value)}`);
  const [root] = parseChord(chord);
  const pitch = parsePitch(root) ?? { step: 0, alter: 0 };
  const name = pitchName({ ...pitch, octave });
  return typeof value === 'string' ? name : { note: name };
}

/**
 * What `rootNotes` makes of a value: a note name, or controls with a `note`. Values of unknown
 * type (mini-notation on a string, typed `any` for performer code) stay so.
 */
export type Rooted<T> = 0 extends 1 & T ? T : T extends object ? Controls : string;

function rootNotesIn<T>(octave: number, pat: Pattern<T>): Pattern<Rooted<T>> {
  // rootNote gives a note name for a chord name and controls for controls: Rooted<T> says which.
  return new Pattern((state) => pat.query(state).map((hap) => hap.withValue((value) => rootNote(value, octave) as Rooted<T>)), pat.steps);
}

/**
 * Plays the root of each chord in an octave: chord strings become note names, `chord` controls
 * become `note`s.
 *
 * @method
 * @example
 * note("<C^7 A7 Dm7 G7>".rootNotes(2))
 */
export function rootNotes<T>(octave: PatternArg<number>, pat: Pattern<T>): Pattern<Rooted<T>> {
  return patternify<number, T, Rooted<T>>(rootNotesIn)(octave, pat);
}
