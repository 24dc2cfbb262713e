/**
 * Strudel's visual calls as pattern methods: `._pianoroll()`, `.scope()`... (the outputs, `.midi()`
 * and `.osc()`, are in outputs.ts)
 * None of them changes the events: each gives its pattern back. Where the code is evaluated
 * (src/eval/located-calls.ts) each call is also read with its place in the code: the app draws the
 * visuals (the `_` forms inline under their line, the plain forms behind the code), and says at
 * the call that a drawing call draws nothing. The command line draws nothing.
 * This module gives the DSL no names: the methods come from its `@method` tags.
 */
import type { Pattern } from './pattern.ts';

/** A yes or no as Strudel's options take it. */
export type Flag = boolean | 0 | 1;

/** Options of the pianoroll family (`pianoroll`, `punchcard`, `wordfall`), as Strudel names them. */
export interface PianorollOptions {
  /** How many cycles are shown (4). */
  readonly cycles?: number;
  /** Where now is, from 0 (left) to 1 (right) (0.5). */
  readonly playhead?: number;
  /** Time runs down instead of right. */
  readonly vertical?: Flag;
  /** Writes each note's name on it. */
  readonly labels?: Flag;
  /** Shows only the notes that occur, one row each. */
  readonly fold?: Flag;
  /** Time runs the other way. */
  readonly flipTime?: Flag;
  /** Low notes at the top. */
  readonly flipValues?: Flag;
  /** Draws no events before now. */
  readonly hideNegative?: Flag;
  /** Draws only the sounding events. */
  readonly hideInactive?: Flag;
  /** Colours of sounding and other events, of the background and of the playhead (CSS colours). */
  readonly active?: string;
  readonly inactive?: string;
  readonly background?: string;
  readonly playheadColor?: string;
  /** Fills the events (1) or outlines them (0). */
  readonly fill?: Flag;
  /** The range of notes shown (MIDI numbers); by default, the notes that occur. */
  readonly minMidi?: number;
  readonly maxMidi?: number;
  /** Height of an inline widget, in pixels. */
  readonly height?: number;
}

/** Options of the waveform and spectrum views (`scope`, `tscope`, `fscope`, `spectrum`). */
export interface ScopeOptions {
  readonly color?: string;
  readonly thickness?: number;
  /** Vertical scale of the wave (0.25). */
  readonly scale?: number;
  /** Where the zero line is, from 0 (top) to 1 (bottom) (0.75). */
  readonly pos?: number;
  /** Steadies the wave on a rising edge through this level. */
  readonly trigger?: number;
  readonly align?: Flag;
  /** How much of the previous frame stays (0 to 1). */
  readonly smear?: number;
  /** Lowest and highest level shown by the spectrum (dB). */
  readonly min?: number;
  readonly max?: number;
  readonly speed?: number;
  readonly height?: number;
}

/** Options of the spiral. */
export interface SpiralOptions {
  /** Turns a cycle (1). */
  readonly stretch?: number;
  readonly thickness?: number;
  /** Where the spiral starts, from the centre (0 to 0.9 of the radius). */
  readonly inset?: number;
  readonly playheadColor?: string;
  readonly activeColor?: string;
  readonly inactiveColor?: string;
  readonly height?: number;
}

/** Options of the pitch wheel. */
export interface PitchwheelOptions {
  /** Divisions of the octave marked on the wheel (12). */
  readonly edo?: number;
  readonly thickness?: number;
  readonly hapRadius?: number;
  /** `flake` joins the notes to the centre, `polygon` to each other. */
  readonly mode?: 'flake' | 'polygon';
  readonly margin?: number;
  readonly height?: number;
}

/**
 * Draws the events as a pianoroll: `._pianoroll()` under its line, `.pianoroll()` behind the
 * code. Honours `.color()`; clicking a note selects its code. The events are unchanged.
 * @method pianoroll
 * @method _pianoroll
 * @inert
 * @example
 * note("c3 [e3 g3] <b3 d4>").s("triangle")._pianoroll({ labels: 1, fold: 1 })
 */
export function pianorollView<T>(options: PianorollOptions | undefined, pat: Pattern<T>): Pattern<T> {
  void options;
  return pat;
}

/**
 * Draws the events as a punchcard (a pianoroll of this pattern's events, drawn as they are
 * scheduled): `._punchcard()` under its line, `.punchcard()` behind the code.
 * @method punchcard
 * @method _punchcard
 * @inert
 * @example
 * s("bd*2 [~ sd] hh*4").color("orange")._punchcard()
 */
export function punchcardView<T>(options: PianorollOptions | undefined, pat: Pattern<T>): Pattern<T> {
  void options;
  return pat;
}

/**
 * Draws the events falling from top to bottom, each labelled with its value.
 * @method wordfall
 * @method _wordfall
 * @inert
 * @example
 * note("c e g b").s("piano")._wordfall()
 */
export function wordfallView<T>(options: PianorollOptions | undefined, pat: Pattern<T>): Pattern<T> {
  void options;
  return pat;
}

/**
 * Draws the sound's waveform: `._scope()` under its line, `.scope()` behind the code.
 * @method scope
 * @method _scope
 * @method tscope
 * @method _tscope
 * @inert
 * @example
 * note("c2 <eb2 g2>").s("sawtooth").lpf(600)._scope({ thickness: 2 })
 */
export function scopeView<T>(options: ScopeOptions | undefined, pat: Pattern<T>): Pattern<T> {
  void options;
  return pat;
}

/**
 * Draws the sound's spectrum as bars, frequencies from low (left) to high.
 * @method fscope
 * @method _fscope
 * @inert
 * @example
 * note("c2 g2").s("sawtooth")._fscope()
 */
export function frequencyScopeView<T>(options: ScopeOptions | undefined, pat: Pattern<T>): Pattern<T> {
  void options;
  return pat;
}

/**
 * Draws the sound's spectrum scrolling in time (a spectrogram).
 * @method spectrum
 * @method _spectrum
 * @inert
 * @example
 * note("c3 e3 g3 b3").s("square").lpf(sine.range(300, 3000).slow(4))._spectrum()
 */
export function spectrumView<T>(options: ScopeOptions | undefined, pat: Pattern<T>): Pattern<T> {
  void options;
  return pat;
}

/**
 * Draws the events on a spiral, one turn a cycle, now at the top.
 * @method spiral
 * @method _spiral
 * @inert
 * @example
 * n("0 2 4 <6 7>").scale("C:minor").s("sine")._spiral()
 */
export function spiralView<T>(options: SpiralOptions | undefined, pat: Pattern<T>): Pattern<T> {
  void options;
  return pat;
}

/**
 * Draws the sounding notes on a wheel of the octave's pitch classes.
 * @method pitchwheel
 * @method _pitchwheel
 * @inert
 * @example
 * note("<c e g>, <e g b>").s("sine")._pitchwheel()
 */
export function pitchwheelView<T>(options: PitchwheelOptions | undefined, pat: Pattern<T>): Pattern<T> {
  void options;
  return pat;
}

/** What Strudel's drawing calls take: a function, a CSS text, options. */
export type DrawArgument = string | number | object;

/**
 * Strudel's own drawing calls (`draw`, `onPaint`, `animate`, `markcss`) and Csound output. They
 * run code in the page, which weft keeps away from performer code: accepted, and the call says
 * it draws nothing.
 * @method draw
 * @method onPaint
 * @method animate
 * @method markcss
 * @method csound
 * @inert
 * @example
 * note("c e g").s("sine").markcss("text-decoration: underline")
 */
export function notDrawn<T>(what: DrawArgument | undefined, pat: Pattern<T>): Pattern<T> {
  void what;
  return pat;
}

/** The calls the evaluator places: the visuals by kind (the `_` forms draw inline), and the outputs. */
export const VISUAL_KINDS = ['pianoroll', 'punchcard', 'wordfall', 'scope', 'tscope', 'fscope', 'spectrum', 'spiral', 'pitchwheel'] as const;
export type VisualKind = (typeof VISUAL_KINDS)[number];

const OWN_DRAWING = 'weft does not run drawing code of its own: use ._pianoroll(), ._scope() and the other visuals';

/** The calls that play on but are not heard or drawn in weft, with what the performer is told. */
export const UNCONNECTED_CALLS: Readonly<Record<string, string>> = {
  csound: 'Csound is not available in weft: these events are not sent to Csound',
  draw: OWN_DRAWING,
  onPaint: OWN_DRAWING,
  animate: OWN_DRAWING,
  markcss: 'weft does not style the highlights with CSS from the code yet: markcss draws nothing',
  piano: "plays the sound 'piano': weft has none built in, so it is heard only from samples(...) that name one",
};
