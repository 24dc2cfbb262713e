/**
 * Control patterns: patterns of {@link Controls} objects, which say what to play and how.
 * A control function such as `s("bd sd")` or `lpf(800)` makes one; its method form
 * `pat.lpf(800)` sets the key on an existing pattern, keeping that pattern's structure.
 * This file holds the machinery; the functions and methods of every control are generated from
 * `CONTROL_TABLE` (src/controls/table.ts) into src/pattern/surface/controls-*.ts.
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
 * it over several keys), a pattern of either, or mini-notation; or, as in Strudel, a pattern of
 * values that carry other controls (`"0 2".velocity(0.5)`), whose other controls are kept beside it.
 */
export type ControlArg<K extends ControlName> = ControlValue<K> | string | ControlList | Pattern<ControlValue<K> | ControlList | Controls>;

/** A control function: makes a control pattern from a value, a pattern or mini-notation. */
export type ControlFunction<K extends ControlName> = (value: ControlArg<K>) => Pattern<Controls>;

/**
 * The controls that one value of control `key` stands for: `{[key]: value}`, or for a list
 * value of a control that spreads (`s`, `note`, `lpf`, `room`, `delay`, ...) one key per item.
 * @example
 * "bd:1 sd hh:2".fmap((v) => controlsOf('s', v))
 */
export function controlsOf(key: ControlName, value: unknown): Controls {
  if (typeof value === 'object' && value !== null && isValueRecord(value)) return controlsOfRecord(key, value);
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
 * A plain object with a `value`: what setting a control on plain values gives
 * (`"c3 e3".velocity(0.5)` holds `{ value: "c3", velocity: 0.5 }`).
 */
function isValueRecord(value: object): value is { readonly value: unknown } {
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.hasOwn(value, 'value');
}

/**
 * As Strudel does, a control given such an object takes its `value` and keeps its other
 * controls beside it: `"c3 e3".velocity(0.5).note()` gives `{ velocity: 0.5, note: "c3" }`.
 */
function controlsOfRecord(key: ControlName, record: { readonly value: unknown }): Controls {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (k !== 'value') out[k] = v;
  return Object.assign(out, controlsOf(key, record.value));
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

