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
 * The events of `pattern` between `begin` and `end` cycles, sorted (see {@link compareEvents}),
 * within a budget of work for those cycles (a pattern that asks for too much throws a `BudgetError`).
 */
export function patternEvents(pattern: Pattern<unknown>, begin: RationalLike, end: RationalLike): EventRecord[] {
  const cycles = Rational.from(end).sub(Rational.from(begin)).toNumber();
  return pattern.queryArc(begin, end, {}, QueryBudget.forCycles(cycles)).map(eventRecord).sort(compareEvents);
}

/** A hap as an {@link EventRecord}. */
export function eventRecord(hap: Hap<unknown>): EventRecord {
  return { whole: hap.whole ? times(hap.whole) : null, part: times(hap.part), value: plain(hap.value) };
}

/**
 * Orders events by part begin, then whole begin (continuous values first), then part end, then
 * the JSON of the value: the order of the Strudel oracle's `sortEvents`.
 */
export function compareEvents(a: EventRecord, b: EventRecord): number {
  return (
    compareTime(a.part[0], b.part[0]) ||
    compareWholes(a.whole, b.whole) ||
    compareTime(a.part[1], b.part[1]) ||
    compareText(JSON.stringify(a.value) ?? '', JSON.stringify(b.value) ?? '')
  );
}

function times(span: Span): [string, string] {
  return [span.begin.toString(), span.end.toString()];
}

function compareWholes(a: EventRecord['whole'], b: EventRecord['whole']): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareTime(a[0], b[0]);
}

function compareTime(a: string, b: string): number {
  return Rational.from(a).compare(Rational.from(b));
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
