/**
 * Modulators: an LFO (`lfo`), an envelope (`env`) or an audio bus (`bmod`) that moves one control
 * of each event over its duration, as the audio engine plays it. A pattern can carry several of
 * each kind, under the control key of the kind (`{ lfo: { 0: {...}, 1: {...} } }`), each with an
 * id: numbered 0, 1, ... in the order they are added unless given one, so that a later call can
 * change a modulator by id (`pat.lfo({ s: 8 }, 1)`, say inside `sometimes`).
 *
 * The modulated control is named by `control` (`c`), a control name or alias (`"lpf"` becomes
 * `"cutoff"`); by default it is the control set last before the call (`s("saw").lpf(500).lfo()`
 * modulates `cutoff`), or, when that is a modulator, that modulator (`"lfo_0"`).
 */
import * as core from './core.ts';
import { CONTROL_TABLE, type ControlName, type Controls, type ControlSpec } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';
import { isPatterned, reify, type PatternArg } from './reify.ts';

/** The kinds of modulator, each a control key holding the modulators of that kind. */
export type ModulatorKind = 'lfo' | 'env' | 'bmod';

/** A modulator's id: a number (the default ids count from 0) or a name. */
export type ModulatorId = number | string;

/**
 * A modulator's settings by parameter name or short name (`{ c: "lpf", s: 0.5 }`); each value may
 * be patterned. `lfo`: control (c), subControl (sc), rate (r), depth (dep, dr), depthabs (da),
 * dcoffset (dc), shape (sh), skew (sk), curve (cu), sync (s), fxi. `env`: control, subControl,
 * depth, depthabs, attack (att, a), decay (dec, d), sustain (sus, s), release (rel, r), acurve (ac),
 * dcurve (dc), rcurve (rc), fxi. `bmod`: bus (b), control, subControl, depth, depthabs, dc, fxi.
 * Other names are kept as they are.
 */
export type ModulatorConfig = Readonly<Record<string, PatternArg<unknown>>>;

/** The modulators of one kind on an event, by id, with the ids in the order they were added. */
export interface ModulatorSet {
  /** The ids in the order they were added (a set, so that the value stays plain data otherwise). */
  readonly __ids: ReadonlySet<ModulatorId>;
  readonly [id: string]: unknown;
}

const COMMON: Readonly<Record<string, string>> = { c: 'control', sc: 'subControl', dep: 'depth', dr: 'depth', da: 'depthabs' };

const PARAMETERS: Readonly<Record<ModulatorKind, Readonly<Record<string, string>>>> = {
  lfo: { ...COMMON, r: 'rate', dc: 'dcoffset', sh: 'shape', sk: 'skew', cu: 'curve', s: 'sync' },
  env: {
    ...COMMON, att: 'attack', a: 'attack', dec: 'decay', d: 'decay', sus: 'sustain', s: 'sustain', rel: 'release', r: 'release',
    ac: 'acurve', dc: 'dcurve', rc: 'rcurve',
  },
  bmod: { ...COMMON, b: 'bus' },
};

const KINDS: readonly string[] = ['lfo', 'env', 'bmod'];

// Every control function name, to the key it sets: "lpf" is "cutoff", "size" is "roomsize" (the
// internal key `size`, set only by room's list, has no function of its own).
const CONTROL_KEYS: ReadonlyMap<string, ControlName> = new Map(
  (Object.entries(CONTROL_TABLE) as [ControlName, ControlSpec][])
    .filter(([, spec]) => spec.internal === undefined)
    .flatMap(([key, spec]) => [key, ...(spec.aliases ?? [])].map((name): [string, ControlName] => [name, key])),
);

/** The control key a name sets (`"lpf"` is `"cutoff"`); other names are kept. */
function controlKey(name: unknown): unknown {
  return typeof name === 'string' ? (CONTROL_KEYS.get(name) ?? name) : name;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The last id added to a modulator set, or undefined. */
function lastId(set: unknown): ModulatorId | undefined {
  if (!isRecord(set) || !(set.__ids instanceof Set)) return undefined;
  let last: ModulatorId | undefined;
  for (const id of set.__ids as ReadonlySet<ModulatorId>) last = id;
  return last;
}

/** The control a modulator modulates by default: the last key set, or the last modulator added. */
function defaultControl(controls: Readonly<Record<string, unknown>>): string | undefined {
  const last = Object.keys(controls).at(-1);
  if (last === undefined || !KINDS.includes(last)) return last;
  return `${last}_${String(lastId(controls[last]))}`;
}

/** Adds a modulator to one event's controls, or updates the one with the same id. */
function withModulator(kind: ModulatorKind, value: unknown, params: Readonly<Record<string, unknown>>, id: ModulatorId | undefined): Controls {
  if (!isRecord(value)) throw new Error(`${kind}: needs a control pattern, like s("saw").lpf(500).${kind}()`);
  const previous = isRecord(value[kind]) ? value[kind] : undefined;
  const ids: ReadonlySet<ModulatorId> = previous?.__ids instanceof Set ? (previous.__ids as ReadonlySet<ModulatorId>) : new Set();
  const key = id ?? ids.size;
  const existing = previous !== undefined && Object.hasOwn(previous, String(key)) ? previous[String(key)] : undefined;
  const settings = isRecord(existing) ? { ...existing, ...params } : { control: defaultControl(value), ...params };
  const added: ReadonlySet<ModulatorId> = new Set(ids).add(key);
  const set: ModulatorSet = { ...(previous ?? { __ids: added }), __ids: added, [String(key)]: settings };
  return { ...value, [kind]: set } as Controls;
}

interface Pending {
  readonly value: unknown;
  readonly params: Readonly<Record<string, unknown>>;
  readonly id: ModulatorId | undefined;
}

/**
 * Adds a modulator of a kind to every event of `pat` (the methods `lfo`, `env` and `bmod`), or
 * updates the one with the given id. Patterned settings and ids take structure from `pat`.
 * @example
 * s("saw").note("F1").lpf(500).lfo({ s: 0.5, depth: 2 })
 */
export function addModulator(
  kind: ModulatorKind,
  config: ModulatorConfig | undefined,
  id: PatternArg<ModulatorId> | undefined,
  pat: Pattern<unknown>,
): Pattern<Controls> {
  const names = PARAMETERS[kind];
  const settings = Object.entries(config ?? {}).map(([name, setting]): [string, PatternArg<unknown>] => [names[name] ?? name, setting]);
  const order = settings.map(([name]) => name);
  let pending: Pattern<Pending> = core.fmap((value: unknown): Pending => ({ value, params: {}, id: undefined }), pat);
  const set = (name: string, setting: unknown) => (p: Pending): Pending => ({ ...p, params: { ...p.params, [name]: setting } });
  for (const [name, setting] of settings) {
    pending = isPatterned(setting)
      ? core.appLeft((p: Pending, x: unknown) => set(name, x)(p), pending, reify(setting))
      : core.fmap(set(name, setting), pending);
  }
  if (id !== undefined) {
    pending = isPatterned(id)
      ? core.appLeft((p: Pending, x: ModulatorId): Pending => ({ ...p, id: x }), pending, reify(id))
      : core.fmap((p: Pending): Pending => ({ ...p, id }), pending);
  }
  return core.fmap((p: Pending) => withModulator(kind, p.value, orderedParams(order, p.params), p.id), pending);
}

/** The settings in the order the config gave them, with the control name resolved. */
function orderedParams(order: readonly string[], params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of order) out[name] = name === 'control' ? controlKey(params[name]) : params[name];
  return out;
}
