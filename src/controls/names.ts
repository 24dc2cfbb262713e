/**
 * The control table by name, for readers that get a name rather than a key: the engine (which
 * reads an event's controls, whatever name a pattern or a message gave them), the language
 * service, modulators. Built from the table once, when the module loads.
 */
import type { ControlSpec, EngineRole } from './spec.ts';
import { CONTROL_TABLE, type ControlName } from './table.ts';

const rows = Object.entries(CONTROL_TABLE) as [ControlName, ControlSpec][];

/** Every name that sets a control (keys and aliases) to its key: `lpf` and `cutoff` to `cutoff`. */
export const CONTROL_NAMES: ReadonlyMap<string, ControlName> = new Map(
  rows.flatMap(([key, spec]) => [[key, key], ...(spec.aliases ?? []).map((alias): [string, ControlName] => [alias, key])]),
);

/**
 * The key a control name sets (`"lpf"` is `"cutoff"`, `"cutoff"` itself), or undefined for a
 * name that is no control. An internal key (`size`, which `room("0.5:2")` sets) is its own key.
 */
export function canonicalControl(name: string): ControlName | undefined {
  return CONTROL_NAMES.get(name);
}

/** What the engine does with control `key` (see {@link EngineRole}). */
export function controlRole(key: ControlName): EngineRole {
  return CONTROL_TABLE[key].engine;
}

/** The keys the engine gives `role`, in table order: `controlsWithRole('orbit')` are the bus effects. */
export function controlsWithRole(role: EngineRole): readonly ControlName[] {
  return rows.filter(([, spec]) => spec.engine === role).map(([key]) => key);
}

/**
 * The keys a list value of control `key` spreads over, in order; undefined when it keeps the list.
 * @example
 * "800:8 2000:2".fmap((list) => Object.fromEntries(list.map((item, i) => [spreadKeys('cutoff')?.[i] ?? 'cutoff', item]))).note("c2").s("sawtooth")
 */
export function spreadKeys(key: ControlName): readonly ControlName[] | undefined {
  const spec: ControlSpec = CONTROL_TABLE[key];
  return spec.spread as readonly ControlName[] | undefined;
}
