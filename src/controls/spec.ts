/**
 * What a row of the control table says about one control: its value type, its other names, how
 * a list value spreads, its docs, and what the sound engine does with it. Every form of a control
 * is derived from its row: the free function (`lpf(800)`), the method (`.lpf(800)`), the
 * `Controls` type, the reference and hover docs, completion, and the engine's reading.
 */

/** The value types a control can have, by kind. */
export interface ControlKinds {
  number: number;
  string: string;
  /** A MIDI number or a note name such as `"c4"` or `"eb"`. */
  note: number | string;
  /** A number or a name, such as a filter type (`12` or `"ladder"`). */
  numberOrName: number | string;
  /** A slice count, or the list of slice points that `slice` was given. */
  slices: number | readonly number[];
  /** A list of numbers (partial magnitudes, sysex bytes), or a single number. */
  numbers: number | readonly number[];
  /** The modulators of one kind (`lfo`, `env`, `bmod`) by id; see `modulators.ts`. */
  modulators: Readonly<Record<string, unknown>>;
  /** The controls of each effect in an effect chain, in order (`FX`). */
  effects: readonly Readonly<Record<string, unknown>>[];
  /**
   * A voicing dictionary's name, or the dictionary itself: chord symbols to voicings, each
   * semitones or intervals above the root (`{ m7: ['3m 5P 7m 9M'] }`).
   */
  dictionary: string | Readonly<Record<string, readonly (string | readonly (string | number)[])[]>>;
}

/**
 * What weft does with a control: shapes the voice that plays the event (`voice`), sets an effect
 * of the orbit bus the event goes through (`orbit`: reverb, delay, ducking), is read by weft's own
 * functions and visuals rather than by the engine (`pattern`: `chord` by `voicing()`, `color` by
 * the pianoroll), is meant for another output than weft's sound (`output`: MIDI and OSC), or
 * nothing (`unsupported`: the value is carried on the event and ignored, and evaluation warns
 * where the code sets it). Kept true by whoever changes what the engine reads: the engine reads
 * exactly the `voice` and `orbit` rows (src/audio/voices/heard.ts).
 */
export type EngineRole = 'voice' | 'orbit' | 'pattern' | 'output' | 'unsupported';

/** One row of the control table. */
export interface ControlSpec {
  readonly kind: keyof ControlKinds;
  /** Other function names that set this key, e.g. `lpf` for `cutoff`; documented on this row. */
  readonly aliases?: readonly string[];
  /**
   * Keys that a list value sets, in order: `s(["bd", 3])` sets `s` and `n`. Without it the list
   * is kept as the value (`n("1:2")` is `{n: [1, 2]}`); a spread of one key keeps the first item.
   */
  readonly spread?: readonly string[];
  /** Set only through another control's spread or by a function, not by its own control. */
  readonly internal?: true;
  /**
   * The forms written by hand instead of generated: the `method` (`.partials` keeps a list whole,
   * where the function keeps its first item), or `both` the function and the method. The
   * hand-written function is a DSL export of the control's name; the method is a `@method` tag.
   */
  readonly handWritten?: 'method' | 'both';
  /** What the engine does with it (see {@link EngineRole}). */
  readonly engine: EngineRole;
  /** What it does, in a sentence or two: the docs of the function, the method and every alias. */
  readonly doc: string;
  /**
   * Performer code that uses it (every control that has a function has one): the example of the
   * function and method; an alias's example is this one with the alias's name.
   */
  readonly example?: string;
}

/** Rows of the control table, keyed by the name that ends up in the hap's value. */
export type ControlRows = Readonly<Record<string, ControlSpec>>;
