/**
 * Events as plain data: exact times as reduced fractions and values as JSON, in the same form
 * and order as the Strudel oracle's, so the two can be compared line by line.
 */
import type { Hap } from '../pattern/hap.ts';
import { Pattern } from '../pattern/pattern.ts';
import { Rational, type RationalLike } from '../pattern/rational.ts';
import { QueryBudget } from '../pattern/budget.ts';
import type { Span } from '../pattern/span.ts';

/** One event: `whole` is `null` for a continuous value; times are `"n/d"` strings. */
export interface EventRecord {
  readonly whole: readonly [string, string] | null;
  readonly part: readonly [string, string];
  readonly value: unknown;
}

/**
 * The events of `pattern` between `begin` and `end` cycles, sorted (see {@link compareEntries}),
 * within a budget of work for those cycles (a pattern that asks for too much throws a `BudgetError`).
 */
export function patternEvents(pattern: Pattern<unknown>, begin: RationalLike, end: RationalLike): EventRecord[] {
  const entries = queryWithin(pattern, begin, end).map((hap): Entry => ({ hap, record: eventRecord(hap), json: undefined }));
  return entries.sort(compareEntries).map((entry) => entry.record);
}

/** How many events {@link patternEvents} gives, without building them as records. */
export function countEvents(pattern: Pattern<unknown>, begin: RationalLike, end: RationalLike): number {
  return queryWithin(pattern, begin, end).length;
}

function queryWithin(pattern: Pattern<unknown>, begin: RationalLike, end: RationalLike): Hap<unknown>[] {
  const cycles = Rational.from(end).sub(Rational.from(begin)).toNumber();
  return pattern.queryArc(begin, end, {}, QueryBudget.forCycles(cycles));
}

/** A hap as an {@link EventRecord}. */
export function eventRecord(hap: Hap<unknown>): EventRecord {
  return { whole: hap.whole ? times(hap.whole) : null, part: times(hap.part), value: plain(hap.value) };
}

/** A hap with its record, for sorting on the hap's exact times. */
interface Entry {
  readonly hap: Hap<unknown>;
  readonly record: EventRecord;
  /** The JSON of the record's value, made only when two events tie on all their times. */
  json: string | undefined;
}

/**
 * Orders events by part begin, then whole begin (continuous values first), then part end, then
 * the JSON of the value: the order of the Strudel oracle's `sortEvents`.
 */
function compareEntries(a: Entry, b: Entry): number {
  const x = a.hap;
  const y = b.hap;
  return (
    x.part.begin.compare(y.part.begin) ||
    compareHapWholes(x.whole, y.whole) ||
    x.part.end.compare(y.part.end) ||
    compareText((a.json ??= JSON.stringify(a.record.value) ?? ''), (b.json ??= JSON.stringify(b.record.value) ?? ''))
  );
}

function compareHapWholes(a: Span | undefined, b: Span | undefined): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? -1 : 1;
  return a.begin.compare(b.begin);
}

function times(span: Span): [string, string] {
  return [span.begin.toString(), span.end.toString()];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A value as JSON-able data, as the oracle normalizes Strudel's: exact times become numbers,
 * patterns `"[Pattern]"`, functions `"[function name]"`; keys holding `undefined` are dropped.
 */
export function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' ? `[function ${value.name}]` : value;
  }
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Rational) return value.valueOf();
  if (value instanceof Pattern) return '[Pattern]';
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = plain(item);
  return out;
}
