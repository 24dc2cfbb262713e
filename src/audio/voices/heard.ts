/**
 * The controls the engine hears, read from an event by their rows in the control table: every
 * name of a row (its key and its aliases, as the table gives them) reads the same control, and a
 * list value spreads over the keys the table's `spread` names (`cutoff: "800:10"` sets
 * `resonance` too), as a control function would have spread it.
 */
import { canonicalControl } from '../../controls/canonical.ts';
import { CONTROL_TABLE, controlsWithRole, spreadKeys, type ControlName, type ControlSpec } from '../../controls/index.ts';
import { checkFinite, ControlError, readNote, readNumbers } from './values.ts';

/**
 * The rows of the control table the engine plays: those the table marks as heard by the voice or
 * on the orbit bus, in table order. A control not listed is carried along to highlights, visuals
 * and other outputs, and the engine ignores it (evaluation warns of it where the code sets it).
 */
export const HEARD: readonly ControlName[] = [...controlsWithRole('voice'), ...controlsWithRole('orbit')];

/** A control the engine hears (checked when first read: see {@link HeardControls.number}). */
export type Heard = ControlName;

const INDEX: ReadonlyMap<ControlName, number> = new Map(HEARD.map((name, i) => [name, i]));

/** The index of heard control `name`; a control the table does not mark as heard is a bug here, not in the performer's code. */
function indexOf(name: Heard): number {
  const i = INDEX.get(name);
  if (i === undefined) throw new Error(`the engine reads "${name}", which the control table does not mark as heard (engine: 'voice' or 'orbit')`);
  return i;
}

// Every name of a heard row (the row's key and the aliases that belong to it) to the row's index.
const BY_NAME: ReadonlyMap<string, number> = new Map(
  HEARD.flatMap((row, i) => {
    const spec: ControlSpec = CONTROL_TABLE[row];
    return [row, ...(spec.aliases ?? [])].filter((name) => canonicalControl(name) === row).map((name): [string, number] => [name, i]);
  }),
);

// For each heard row, the heard rows its list values spread over (-1 for a key the engine does not hear).
const SPREADS: readonly (readonly number[] | undefined)[] = HEARD.map((row) =>
  spreadKeys(row)?.map((key) => INDEX.get(key) ?? -1),
);

const KINDS: readonly string[] = HEARD.map((row) => CONTROL_TABLE[row].kind);

/**
 * One event's heard controls, read from its `controls` record (reused from event to event). Of
 * two names of one row, the row's own key wins, else the first alias; a value set directly wins
 * over one spread from another control's list. Throws {@link ControlError} for an unusable value
 * of a heard control, or a non-finite number in any control.
 */
export class HeardControls {
  private readonly numbers = new Float64Array(HEARD.length);
  private readonly spread = new Float64Array(HEARD.length);
  /** How each value was named: 0 absent, 1 by an alias, 2 by the row's key. */
  private readonly rank = new Uint8Array(HEARD.length);
  private readonly values: unknown[] = new Array<unknown>(HEARD.length).fill(undefined);
  private readonly keys: string[] = new Array<string>(HEARD.length).fill('');
  private readonly list: number[] = [];

  read(controls: Readonly<Record<string, unknown>>): void {
    this.numbers.fill(NaN);
    this.spread.fill(NaN);
    this.rank.fill(0);
    for (const key in controls) {
      if (!Object.hasOwn(controls, key)) continue;
      const value = controls[key];
      if (value === undefined || value === null) continue;
      const row = BY_NAME.get(key);
      if (row === undefined) {
        checkFinite(key, value);
        continue;
      }
      checkFinite(key, value);
      const rank = key === HEARD[row] ? 2 : 1;
      if (KINDS[row] === 'number') this.readNumber(row, key, value, rank);
      if (rank <= this.rank[row]!) continue;
      this.rank[row] = rank;
      this.values[row] = value;
      this.keys[row] = key;
    }
  }

  /**
   * The number of the first of `names` that is set (the first of its list), else the first spread
   * to one of them from another control's list; undefined if none.
   */
  number(...names: Heard[]): number | undefined {
    for (const name of names) {
      const i = indexOf(name);
      if (this.rank[i]! > 0 && KINDS[i] === 'number') return this.numbers[i];
    }
    for (const name of names) {
      const spread = this.spread[indexOf(name)]!;
      if (!Number.isNaN(spread)) return spread;
    }
    return undefined;
  }

  /** True when `name` is set. */
  has(name: Heard): boolean {
    return this.rank[indexOf(name)]! > 0;
  }

  /** The value of `name` as given, with the name it was given by; undefined if absent. */
  raw(name: Heard): { key: string; value: unknown } | undefined {
    const i = indexOf(name);
    return this.rank[i]! > 0 ? { key: this.keys[i]!, value: this.values[i] } : undefined;
  }

  /** The MIDI number of `note`, if set (throws for a value that is neither a note name nor a number). */
  note(): number | undefined {
    const found = this.raw('note');
    return found === undefined ? undefined : readNote(found.key, found.value);
  }

  private readNumber(row: number, key: string, value: unknown, rank: number): void {
    const list = this.list;
    readNumbers(key, value, list);
    if (rank > this.rank[row]!) this.numbers[row] = list[0]!;
    const spreads = SPREADS[row];
    if (spreads === undefined) return;
    for (let k = 1; k < list.length && k < spreads.length; k++) {
      const target = spreads[k]!;
      if (target >= 0 && Number.isNaN(this.spread[target]!)) this.spread[target] = list[k]!;
    }
  }
}

