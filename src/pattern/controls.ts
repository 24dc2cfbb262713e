/**
 * Control patterns: patterns of {@link Controls} objects, which say what to play and how.
 * A control function such as `s("bd sd")` or `lpf(800)` makes one; its method form
 * `pat.lpf(800)` sets the key on an existing pattern, keeping that pattern's structure.
 * This file holds the machinery and the sound and sample controls; the others are in
 * `controls-filter.ts`, `controls-filter-mod.ts`, `controls-synth.ts`, `controls-wavetable.ts`,
 * `controls-fx.ts` and `controls-modulation.ts`. Keys, aliases and list spreads come from
 * `CONTROL_TABLE` (src/controls/table.ts), which also gives the {@link Controls} type.
 */
import * as core from './core.ts';
import { spreadKeys, type ControlName, type Controls, type ControlValue } from '../controls/index.ts';
import { combineWith } from './ops.ts';
import { liftToObjects, VALUE_OPS } from './ops-values.ts';
import type { Pattern } from './pattern.ts';
import { reify } from './reify.ts';

/** A list value (from `"bd:3"` in mini-notation, or `["bd", 3]`), spread over a control's keys. */
export type ControlList = readonly (number | string)[];

/**
 * What a control takes: a value, a list (`"bd:3"` gives `["bd", 3]`; controls such as `s` spread
 * it over several keys), a pattern of either, or mini-notation.
 */
export type ControlArg<K extends ControlName> = ControlValue<K> | string | ControlList | Pattern<ControlValue<K> | ControlList>;

/** A control function: makes a control pattern from a value, a pattern or mini-notation. */
export type ControlFunction<K extends ControlName> = (value: ControlArg<K>) => Pattern<Controls>;

/**
 * The controls that one value of control `key` stands for: `{[key]: value}`, or for a list
 * value of a control that spreads (`s`, `note`, `lpf`, `room`, `delay`, ...) one key per item.
 * @example
 * "bd:1 sd hh:2".fmap((v) => controlsOf('s', v))
 */
export function controlsOf(key: ControlName, value: unknown): Controls {
  const keys = spreadKeys(key);
  if (keys === undefined || !Array.isArray(value)) {
    // Assigned, not a computed key in a literal (`{ [key]: value }`): V8 makes such objects about
    // three times slower to build and to merge, and every control of every event is one.
    const one: Record<string, unknown> = {};
    one[key] = value;
    return one;
  }
  const out: Record<string, unknown> = {};
  value.forEach((item: unknown, i) => {
    const k = keys[i];
    if (k !== undefined) out[k] = item;
  });
  return out;
}

/**
 * The control pattern that control `key` makes from a value, a pattern or mini-notation.
 * @example
 * note("c2*4").s("sawtooth").set(controlPattern('cutoff', "<400 2000>"))
 */
export function controlPattern<K extends ControlName>(key: K, value: ControlArg<K>): Pattern<Controls> {
  return core.fmap((v: unknown) => controlsOf(key, v), reify<unknown>(value));
}

/**
 * Makes the control function for a key: `control("cutoff")` is {@link lpf}.
 * @example
 * note("c2*4").s("sawtooth").set(control('cutoff')("<400 2000>"))
 */
export function control<K extends ControlName>(key: K): ControlFunction<K> {
  return (value) => controlPattern(key, value);
}

const setValues = liftToObjects(VALUE_OPS.set);

/**
 * Sets control `key` on every event of `pat`, structure from `pat` (as `pat.set(control(value))`).
 * Without a value, `pat`'s own values become the control's: `"0 2".n()` is `n("0 2")`.
 * @example
 * setControl('cutoff', "<400 2000>", note("c2*4").s("sawtooth"))
 */
export function setControl<K extends ControlName>(key: K, value: ControlArg<K> | undefined, pat: Pattern<unknown>): Pattern<Controls> {
  return setControlsWith((v) => controlsOf(key, v), value, pat);
}

/**
 * Sets the controls that `make` makes of each value of `value` on the events of `pat`, structure
 * from `pat`; without a value, `make` is applied to `pat`'s own values.
 * @example
 * setControlsWith((v) => ({ note: 48 + Number(v) }), "<0 3 5 7>", s("sawtooth*4"))
 */
export function setControlsWith(make: (v: unknown) => Controls, value: unknown, pat: Pattern<unknown>): Pattern<Controls> {
  if (value === undefined) return core.fmap(make, pat);
  return combineWith('in', setValues, pat, core.fmap(make, reify<unknown>(value))) as Pattern<Controls>;
}

/**
 * The sound to play: a sample name or a synth waveform. `"bd:3"` also sets `n` (and a third
 * value `gain`).
 * @example
 * s("bd*2 [sd hh] bd:3 sd")
 */
export const s = control('s');
/**
 * Alias of {@link s}.
 * @example
 * sound("bd sd:2, hh*4")
 */
export const sound = control('s');
/**
 * Which sample of a sound's set to play (counting from 0), or a scale degree for `scale`.
 * @example
 * s("hh*4").n("0 1 2 3")
 */
export const n = control('n');
/**
 * The pitch, as a MIDI number or a note name (`"c4"`, `"eb3"`).
 * @example
 * note("c e g b").s("sawtooth")
 */
export const note = control('note');
/**
 * The pitch as a frequency in Hz.
 * @example
 * freq("220 330 440").s("sine")
 */
export const freq = control('freq');
/**
 * The octave of a synth's notes when `note` or `n` does not give one.
 * @example
 * n("0,4,7").s("supersaw").octave("<2 3 4>")
 */
export const octave = control('octave');
/**
 * Alias of {@link octave}.
 * @example
 * n("0,4,7").s("supersaw").oct(4)
 */
export const oct = control('octave');
/**
 * A sample bank, prefixed to the sound name (`bank("RolandTR909")` with `s("bd")` plays
 * `RolandTR909_bd`).
 * @example
 * s("bd sd").bank("RolandTR909")
 */
export const bank = control('bank');
/**
 * Volume, as a gain factor (1 is unchanged).
 * @example
 * s("hh*8").gain("0.4 1")
 */
export const gain = control('gain');
/**
 * Volume as a linear amplitude (unlike `gain`).
 * @example
 * s("bd*8").amp(".1*2 .5 .1*2 .5 .1 .5")
 */
export const amp = control('amp');
/**
 * Velocity, multiplied with the gain (0 to 1).
 * @example
 * s("hh*8").velocity("0.4 1")
 */
export const velocity = control('velocity');
/**
 * Alias of {@link velocity}.
 * @example
 * s("hh*8").vel("0.4 1")
 */
export const vel = control('velocity');
/**
 * Gain applied after the effects.
 * @example
 * s("bd sd").distort(3).postgain(0.5)
 */
export const postgain = control('postgain');
/**
 * Stereo position, from 0 (left) to 1 (right).
 * @example
 * s("hh*8").pan(sine)
 */
export const pan = control('pan');
/**
 * Sample playback speed: 2 is an octave up, negative plays backwards.
 * @example
 * s("bd*4").speed("1 2 -1 0.5")
 */
export const speed = control('speed');
/**
 * Changes the playback speed of a sample, a cheap way of changing its pitch.
 * @example
 * s("gm_flute").stretch("1 2 0.5")
 */
export const stretch = control('stretch');
/**
 * Changes the playback speed over the sample's duration.
 * @example
 * s("sd*2").accelerate("<0 -1 1>")
 */
export const accelerate = control('accelerate');
/**
 * How `speed` is read: `"r"` (rate, the default), `"c"` (cycles per sample) or `"s"` (seconds).
 * @example
 * s("bd").speed(1).unit("c")
 */
export const unit = control('unit');
/**
 * Where in the sample to start, from 0 to 1.
 * @example
 * s("bd*4").begin("0 0.25 0.5 0.75")
 */
export const begin = control('begin');
/**
 * Where in the sample to stop, from 0 to 1.
 * @example
 * s("bd*4").end("1 0.5 0.25 0.1")
 */
export const end = control('end');
/**
 * Loops the sample (1) between `loopBegin` and `loopEnd`.
 * @example
 * s("casio").loop(1).clip(2)
 */
export const loop = control('loop');
/**
 * Where the sample loop starts, from 0 to 1.
 * @example
 * s("casio").loop(1).loopBegin(0.25)
 */
export const loopBegin = control('loopBegin');
/**
 * Alias of {@link loopBegin}.
 * @example
 * s("casio").loop(1).loopb(0.25)
 */
export const loopb = control('loopBegin');
/**
 * Where the sample loop ends, from 0 to 1.
 * @example
 * s("casio").loop(1).loopEnd(0.5)
 */
export const loopEnd = control('loopEnd');
/**
 * Alias of {@link loopEnd}.
 * @example
 * s("casio").loop(1).loope(0.5)
 */
export const loope = control('loopEnd');
/**
 * A cut group: a sound stops the sounds still playing in its group.
 * @example
 * s("hh*4 oh").cut(1)
 */
export const cut = control('cut');
/**
 * Multiplies each event's duration, cutting sounds off when it ends.
 * @example
 * note("c a f e").s("sawtooth").clip("<0.5 1 2>")
 */
export const clip = control('clip');
/**
 * Alias of {@link clip}.
 * @example
 * note("c a f e").s("sawtooth").legato("<0.5 1 2>")
 */
export const legato = control('clip');
/**
 * The event's duration in seconds, overriding the pattern's.
 * @example
 * note("c e").s("sawtooth").duration(0.1)
 */
export const duration = control('duration');
/**
 * Alias of {@link duration}.
 * @example
 * note("c e").s("sawtooth").dur(0.1)
 */
export const dur = control('duration');
/**
 * The effect bus (orbit) a sound goes through; each has its own delay and reverb.
 * @example
 * stack(s("bd*2").orbit(1), s("hh*4").room(0.5).orbit(2))
 */
export const orbit = control('orbit');
/**
 * An audio bus to send the sound to, for modulating other sounds with it.
 * @example
 * s("bd*4").bus(1)
 */
export const bus = control('bus');
/**
 * Gain applied to the sound before it is sent to its `bus`.
 * @example
 * s("bd*4").bus(1).busgain(0.5)
 */
export const busgain = control('busgain');
/**
 * Alias of {@link busgain}.
 * @example
 * s("bd*4").bus(1).bgain(0.5)
 */
export const bgain = control('busgain');
/**
 * The output channel to play on.
 * @example
 * s("bd hh").channel("1 2")
 */
export const channel = control('channel');
/**
 * The output channels to play on.
 * @example
 * s("bd hh").channels(2)
 */
export const channels = control('channels');
/**
 * Alias of {@link channels}.
 * @example
 * s("bd hh").ch(2)
 */
export const ch = control('channels');
/**
 * Cycles per second, carried on the events (for outputs that read it).
 * @example
 * s("bd sd").cps(0.75)
 */
export const cps = control('cps');
/**
 * Shifts events in time by this many seconds (a late shift, for outputs that read it).
 * @example
 * s("bd*2 sd").nudge("0 0.02")
 */
export const nudge = control('nudge');
/**
 * A color for the event in visualisations.
 * @example
 * s("bd sd").color("cyan magenta")
 */
export const color = control('color');
