/**
 * The control a key names, from the table's own rows and aliases: `cutoff` is `cutoff`, `lpf` is
 * `cutoff`. Derived from {@link CONTROL_TABLE}, never listed by hand, so that whoever reads a hap's
 * keys (the engine, above all) hears every name the table knows and no other. Not exported from
 * the layer's index, whose lowercase names all become performer scope.
 */
import { CONTROL_TABLE, type ControlName, type ControlSpec } from './table.ts';

// Each alias to its row; a row's own key wins over another row's alias of the same name (`size`
// is a row of its own, set by room's list, as well as an alias of `roomsize`).
const CANONICAL: ReadonlyMap<string, ControlName> = (() => {
  const rows = Object.entries(CONTROL_TABLE) as [ControlName, ControlSpec][];
  const names = new Map<string, ControlName>();
  for (const [key, spec] of rows) for (const alias of spec.aliases ?? []) if (!names.has(alias)) names.set(alias, key);
  for (const [key] of rows) names.set(key, key);
  return names;
})();

/**
 * The row of {@link CONTROL_TABLE} that `name` sets: the row itself for a row's key, the row an
 * alias belongs to (`lpf` is `cutoff`), or `undefined` for a name the table does not know.
 * Machinery, not a DSL name: import it from this file (the layer's index is performer scope).
 */
export function canonicalControl(name: string): ControlName | undefined {
  return CANONICAL.get(name);
}
