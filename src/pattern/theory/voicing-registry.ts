/**
 * The voicing dictionaries a program can name, with the range `voicings` places each one's voicings
 * in, the default one, and the voicing `voicings` chose last: one {@link VoicingContext} per
 * evaluation, so that what one program adds or sets (`addVoicings`, `setVoicingRange`,
 * `setDefaultVoicings`) never changes another's patterns. `voicing()` and `voicings()` take the
 * context open when they are called (the evaluator opens its own while the code runs) and use it
 * when queried.
 */
import { ArgumentError } from '../errors.ts';
import { noteToMidi, type Midi } from './note.ts';
import { parseVoicing, VOICING_DICTIONARIES, type Voicing, type VoicingDictionary } from './voicing-dictionary.ts';

/** The lowest and highest note (MIDI numbers) that `voicings` may play. */
export interface VoicingRange {
  readonly low: Midi;
  readonly high: Midi;
}

/** A named dictionary and its range. */
export interface VoicingSet {
  readonly dictionary: VoicingDictionary;
  readonly range: VoicingRange;
}

/** The dictionary `voicing()` uses when neither `dict` nor `setDefaultVoicings` names one. */
const DEFAULT_VOICINGS = 'ireal';

// As in Strudel: F3 to A4 for the left-hand voicings and for added dictionaries, D3 to A4 otherwise.
const LEFT_HAND_RANGE: VoicingRange = { low: 53, high: 69 };
const WIDE_RANGE: VoicingRange = { low: 50, high: 69 };

/** The range of a dictionary added without one. */
const ADDED_RANGE: VoicingRange = LEFT_HAND_RANGE;

const BUILT_IN: ReadonlyMap<string, VoicingSet> = new Map(
  [...VOICING_DICTIONARIES].map(([name, dictionary]) => [name, { dictionary, range: name === 'lefthand' ? LEFT_HAND_RANGE : WIDE_RANGE }]),
);

/** One program's voicing dictionaries, its default one and the voicing its `voicings()` chose last. */
export class VoicingContext {
  readonly #sets = new Map(BUILT_IN);
  #defaultName = DEFAULT_VOICINGS;
  /**
   * The notes `voicings()` chose last, which the next chord leads on from: undefined before the
   * first chord, empty after a chord with no voicing in its range. As in Strudel, every `voicings()`
   * of a program shares it, in the order their chords are queried.
   */
  last: readonly Midi[] | undefined;

  /** The name `voicing()` uses when `dict` names none. */
  get defaultName(): string {
    return this.#defaultName;
  }

  /** The names a program can use, built-in ones first. */
  names(): string[] {
    return [...this.#sets.keys()];
  }

  /** True when the program can use the name. */
  has(name: string): boolean {
    return this.#sets.has(name);
  }

  /** The dictionary and range of a name; an {@link ArgumentError} that lists the names when it is unknown. */
  get(name: unknown, caller: string): VoicingSet {
    const set = typeof name === 'string' ? this.#sets.get(name) : undefined;
    if (set === undefined) throw new ArgumentError(this.unknownMessage(name, caller));
    return set;
  }

  /** What `caller` says of a name that is not one of the program's dictionaries. */
  unknownMessage(name: unknown, caller: string): string {
    return `${caller}: unknown dictionary ${describeName(name)} (known: ${this.names().join(', ')})`;
  }

  /** Adds (or replaces) a named dictionary, with the range `voicings` places it in. */
  add(name: string, dictionary: VoicingDictionary, range: VoicingRange = ADDED_RANGE): void {
    this.#sets.set(name, { dictionary, range });
  }

  /** Sets the range of a named dictionary. */
  setRange(name: string, range: VoicingRange): void {
    this.#sets.set(name, { ...this.get(name, 'setVoicingRange'), range });
  }

  /** Makes a named dictionary the one `voicing()` uses by default. */
  setDefault(name: string): void {
    this.get(name, 'setDefaultVoicings');
    this.#defaultName = name;
  }
}

function describeName(name: unknown): string {
  return typeof name === 'string' ? JSON.stringify(name) : `${String(name)} (a dictionary is named by a string)`;
}

let open: VoicingContext | undefined;

/**
 * Makes `context` the one `voicing()` and `voicings()` take (the evaluator's way of giving each
 * evaluation its own, while its code runs); the function returned restores the one open before.
 */
export function openVoicingContext(context: VoicingContext): () => void {
  const saved = open;
  open = context;
  return () => {
    open = saved;
  };
}

/** The context open now, or (outside an evaluation) a new one with the built-in dictionaries. */
export function currentVoicingContext(): VoicingContext {
  return open ?? new VoicingContext();
}

/**
 * Reads a dictionary written as Strudel writes one: chord symbols to lists of voicings, each a
 * string of semitones or intervals (`'0 4 7'`, `'3M 5P 7M'`) or a list of them.
 */
export function parseVoicingDictionary(value: unknown, caller: string): VoicingDictionary {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ArgumentError(`${caller}: a voicing dictionary is an object of chord symbols, like { m7: ['3m 5P 7m 9M'] }, not ${String(value)}`);
  }
  const entries: [string, Voicing[]][] = [];
  for (const [symbol, voicings] of Object.entries(value)) {
    if (!Array.isArray(voicings) || voicings.length === 0) {
      throw new ArgumentError(`${caller}: the voicings of "${symbol}" are a list, like ['0 4 7', '4 7 12']`);
    }
    entries.push([symbol, voicings.map((voicing: unknown) => readVoicing(voicing, symbol, caller))]);
  }
  return new Map(entries);
}

function readVoicing(voicing: unknown, symbol: string, caller: string): Voicing {
  const parts = typeof voicing === 'string' || (Array.isArray(voicing) && voicing.every((p) => typeof p === 'string' || typeof p === 'number'));
  const parsed = parts ? parseVoicing(voicing as string | (string | number)[]) : undefined;
  if (parsed === undefined) {
    throw new ArgumentError(`${caller}: "${symbol}" has a voicing that is not semitones or intervals: ${JSON.stringify(voicing)} (write '0 4 7' or '3M 5P 8P')`);
  }
  return parsed;
}

/** Reads a range `[low, high]` of note names or MIDI numbers. */
export function parseVoicingRange(value: unknown, caller: string): VoicingRange {
  const notes = Array.isArray(value) && value.length === 2 ? value.map((note: unknown) => readNote(note)) : undefined;
  const [low, high] = notes ?? [];
  if (low === undefined || high === undefined || low > high) {
    throw new ArgumentError(`${caller}: a range is a low and a high note, like ['F3', 'A4'], not ${JSON.stringify(value)}`);
  }
  return { low, high };
}

function readNote(note: unknown): Midi | undefined {
  if (typeof note === 'number') return Number.isFinite(note) ? note : undefined;
  if (typeof note !== 'string') return undefined;
  try {
    return noteToMidi(note);
  } catch {
    return undefined;
  }
}
