/**
 * The Strudel oracle: runs performer code in Strudel (AGPL, used here only as a black box from
 * tests) and returns its events in a normalized form that weft's own events can be compared with.
 *
 * Nothing under `src/` may import this file or any `@strudel/*` package.
 */
// Strudel has no type declarations (see strudel-modules.d.ts): everything taken from these four
// imports is `any`, and is turned into typed data before it leaves this file.
import * as core from '@strudel/core';
import * as mini from '@strudel/mini';
import * as tonal from '@strudel/tonal';
import { transpiler } from '@strudel/transpiler';

/** A time as an exact reduced fraction `"n/d"`, always with the denominator: `"0/1"`, `"-1/3"`. */
export type FractionString = string;

/** One event (hap) as both engines report it, with exact times and a plain JSON-able value. */
export interface OracleEvent {
  /** The event's whole timespan `[begin, end]`, or `null` for a continuous (signal) value. */
  whole: [FractionString, FractionString] | null;
  /** The part of the whole that lies within the query. */
  part: [FractionString, FractionString];
  /** The value as Strudel holds it: controls are an object such as `{ note: 'c' }`. */
  value: unknown;
}

/**
 * Stand-ins for names that Strudel defines only in its browser packages, so that code using them
 * can run headless. Each is installed only while the oracle runs, and only where the name is not
 * already defined, so it cannot change the meaning of code that runs without it.
 */
export interface OracleStubs {
  /** Global values, e.g. `samples` as an async function that loads nothing. */
  globals?: Readonly<Record<string, unknown>>;
  /** Pattern method names that return their pattern unchanged, e.g. `pianoroll`. */
  methods?: readonly string[];
}

/** Options for {@link strudelRun} and {@link strudelEvents}. */
export interface OracleOptions {
  /** Browser-only names to make inert while the code runs; none by default. */
  stubs?: OracleStubs;
  /**
   * Queries `[0, cycles)` in windows of this many cycles, one after the other, as a scheduler does
   * (an event that crosses a window comes in fragments); one query of all the cycles by default.
   * It matters where events depend on the order they are queried in (`voicings()`).
   */
  window?: number;
}

/** What one run of performer code in Strudel gave. */
export interface OracleRun {
  /** The events of cycles `[0, cycles)`, in {@link sortEvents} order. */
  events: OracleEvent[];
  /** Cycles per second after the code ran: 0.5 unless it called `setcps` or `setcpm`. */
  cps: number;
  /** What Strudel printed to the console while evaluating and querying. */
  logs: string[];
}

const scopeReady: Promise<unknown> = core.evalScope(core, mini, tonal);

// Strudel evaluates code in one global scope and installs `$:` handling on its Pattern prototype
// for each evaluation, so runs must not overlap: each waits for the previous one.
let previousRun: Promise<unknown> = Promise.resolve();

/**
 * Evaluates performer code exactly as the Strudel REPL does (its transpiler turns double-quoted and
 * backtick strings into mini-notation; `$:` blocks are stacked, `_$:` ones muted; `setcps` and
 * `setcpm` only set the returned `cps`) and queries the resulting pattern over `[0, cycles)`.
 *
 * Rejects with Strudel's error when the code fails to evaluate or yields no pattern.
 *
 * @example
 * const { events } = await strudelRun('$: s("bd")\n$: s("hh*2")', 1); // 3 events
 */
export function strudelRun(code: string, cycles: number, options: OracleOptions = {}): Promise<OracleRun> {
  const run = previousRun.then(() => runExclusively(code, cycles, options.stubs ?? {}, options.window));
  previousRun = run.catch(() => undefined);
  return run;
}

/**
 * The events that Strudel gives for performer code over cycles `[0, cycles)`, sorted by
 * {@link sortEvents}; see {@link strudelRun}.
 *
 * @example
 * await strudelEvents('note("c [e g]")', 1); // wholes 0/1–1/2, 1/2–3/4, 3/4–1/1
 */
export async function strudelEvents(code: string, cycles: number, options: OracleOptions = {}): Promise<OracleEvent[]> {
  return (await strudelRun(code, cycles, options)).events;
}

// Strudel keeps its voicing dictionaries (with their ranges), the default one and the last voicing
// `.voicings()` chose in module state that every run shares: `addVoicings`, `setVoicingRange` and
// `setDefaultVoicings` in one run would change the next. Each run starts from the state as loaded.
const voicingRegistry = tonal.voicingRegistry as Record<string, object>;
const loadedVoicings = new Map(Object.entries(voicingRegistry).map(([name, entry]) => [name, { ...entry }]));

function resetVoicingState(): void {
  for (const name of Object.keys(voicingRegistry)) if (!loadedVoicings.has(name)) delete voicingRegistry[name];
  for (const [name, entry] of loadedVoicings) voicingRegistry[name] = { ...entry };
  tonal.resetVoicings();
}

async function runExclusively(code: string, cycles: number, stubs: OracleStubs, window?: number): Promise<OracleRun> {
  await scopeReady;
  resetVoicingState();
  const logs: string[] = [];
  let evalError: unknown;
  // A fresh REPL per run, so that no cps or `$:` pattern carries over; it is never started.
  const repl = core.repl({
    transpiler,
    getTime: () => 0,
    defaultOutput: () => undefined,
    onEvalError: (error: unknown) => {
      evalError = error;
    },
  });
  const restoreStubs = installStubs(stubs);
  const restoreConsole = captureConsole(logs);
  try {
    const pattern = await repl.evaluate(code, false);
    if (evalError !== undefined) throw evalError;
    if (typeof pattern?.queryArc !== 'function') throw new Error(`Strudel code gave no pattern: ${String(pattern)}`);
    const haps: unknown[] = windows(cycles, window).flatMap(([begin, end]) => pattern.queryArc(begin, end));
    return { events: sortEvents(haps.map(normalizeStrudelHap)), cps: Number(repl.scheduler.cps), logs };
  } finally {
    restoreConsole();
    restoreStubs();
  }
}

/** The spans `[0, cycles)` is queried in: one, or windows of `window` cycles. */
export function windows(cycles: number, window?: number): [number, number][] {
  if (window === undefined) return [[0, cycles]];
  const spans: [number, number][] = [];
  for (let i = 0; i * window < cycles; i++) spans.push([i * window, Math.min((i + 1) * window, cycles)]);
  return spans;
}

function installStubs(stubs: OracleStubs): () => void {
  const scope = globalThis as Record<string, unknown>;
  const proto = core.Pattern.prototype as Record<string, unknown>;
  const added: Array<[Record<string, unknown>, string]> = [];
  const add = (target: Record<string, unknown>, name: string, value: unknown): void => {
    if (name in target) return;
    target[name] = value;
    added.push([target, name]);
  };
  for (const [name, value] of Object.entries(stubs.globals ?? {})) add(scope, name, value);
  for (const name of stubs.methods ?? []) {
    add(proto, name, function (this: unknown) {
      return this;
    });
  }
  return () => {
    for (const [target, name] of added) delete target[name];
  };
}

const consoleMethods = ['log', 'info', 'warn', 'error', 'debug'] as const;

function captureConsole(logs: string[]): () => void {
  const saved = consoleMethods.map((name) => [name, console[name]] as const);
  for (const name of consoleMethods) {
    console[name] = (...args: unknown[]) => {
      const [first] = args;
      // Strudel's logger passes `%c` + message and a CSS string: keep only the message.
      logs.push(typeof first === 'string' && first.startsWith('%c') ? first.slice(2) : args.map(String).join(' '));
    };
  }
  return () => {
    for (const [name, method] of saved) console[name] = method;
  };
}

/**
 * Converts one Strudel hap into an {@link OracleEvent}: times become reduced `"n/d"` strings and
 * the value becomes plain data (keys whose value is `undefined` are dropped, as JSON would;
 * a Fraction inside a value becomes a number).
 */
// The hap is Strudel's own object, hence `any`.
export function normalizeStrudelHap(hap: any): OracleEvent {
  return {
    whole: hap.whole ? [fractionString(hap.whole.begin), fractionString(hap.whole.end)] : null,
    part: [fractionString(hap.part.begin), fractionString(hap.part.end)],
    value: toPlain(hap.value),
  };
}

// A fraction.js Fraction, as Strudel uses for time.
function fractionString(fraction: any): FractionString {
  const text = String(fraction.toFraction());
  return text.includes('/') ? text : `${text}/1`;
}

function isFraction(value: object): boolean {
  return 'toFraction' in value && 'n' in value && 'd' in value;
}

function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' ? `[function ${value.name}]` : value;
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (isFraction(value)) return Number(value.valueOf());
  if (typeof (value as { queryArc?: unknown }).queryArc === 'function') return '[Pattern]';
  const plain: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) plain[key] = toPlain(item);
  }
  return plain;
}

function parseFraction(text: FractionString): [bigint, bigint] {
  const slash = text.indexOf('/');
  return [BigInt(text.slice(0, slash)), BigInt(text.slice(slash + 1))];
}

/** Compares two `"n/d"` times exactly: negative, zero or positive as `a` is before, at or after `b`. */
export function compareFractions(a: FractionString, b: FractionString): number {
  const [an, ad] = parseFraction(a);
  const [bn, bd] = parseFraction(b);
  const difference = an * bd - bn * ad;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function compareWholes(a: OracleEvent['whole'], b: OracleEvent['whole']): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compareFractions(a[0], b[0]);
}

function compareTimes(a: OracleEvent, b: OracleEvent): number {
  return compareFractions(a.part[0], b.part[0]) || compareWholes(a.whole, b.whole) || compareFractions(a.part[1], b.part[1]);
}

function compareForSort(a: OracleEvent, b: OracleEvent): number {
  return compareTimes(a, b) || compareStrings(JSON.stringify(a.value) ?? '', JSON.stringify(b.value) ?? '');
}

/**
 * The JSON of a value with the keys of its objects in order: two engines may build the same
 * control object in a different key order (`{ pan, note }`, `{ note, pan }`).
 */
function canonicalJson(value: unknown): string {
  const ordered = (_key: string, item: unknown): unknown =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => compareStrings(a, b)))
      : item;
  return JSON.stringify(value, ordered) ?? '';
}

/** {@link sortEvents}' order, with events that tie on their times ordered by their values' keys in order. */
function sortForComparison(events: readonly OracleEvent[]): OracleEvent[] {
  return events
    .map((event) => ({ event, json: canonicalJson(event.value) }))
    .sort((a, b) => compareTimes(a.event, b.event) || compareStrings(a.json, b.json))
    .map(({ event }) => event);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Returns a sorted copy of `events`: by part begin, then whole begin (signals first), then part end,
 * then the JSON of the value, so that two engines' lists compare regardless of output order.
 */
export function sortEvents(events: readonly OracleEvent[]): OracleEvent[] {
  return [...events].sort(compareForSort);
}

function sameSpan(a: [string, string] | null, b: [string, string] | null): boolean {
  if (a === null || b === null) return a === b;
  return compareFractions(a[0], b[0]) === 0 && compareFractions(a[1], b[1]) === 0;
}

function sameValue(a: unknown, b: unknown, tolerance: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= tolerance;
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], bRecord[key], tolerance),
  );
}

/** Renders an event on one line, e.g. `0/1–1/2 (part 0/1–1/2) {"note":"c"}`. */
export function showEvent(event: OracleEvent | undefined): string {
  if (event === undefined) return '(none)';
  const whole = event.whole ? `${event.whole[0]}–${event.whole[1]}` : '~signal';
  return `${whole} (part ${event.part[0]}–${event.part[1]}) ${JSON.stringify(event.value)}`;
}

/**
 * Compares two event lists after sorting both as {@link sortEvents} does (events that tie on their
 * times by their values with the keys in order, so that the order of a value's keys, which differs
 * between the engines, does not pair the wrong events): `null` when they have the
 * same count, identical wholes and parts, and deep-equal values (numbers within `tolerance`);
 * otherwise a short description of the first difference.
 */
export function compareEvents(a: readonly OracleEvent[], b: readonly OracleEvent[], tolerance = 1e-9): string | null {
  const left = sortForComparison(a);
  const right = sortForComparison(b);
  const count = Math.max(left.length, right.length);
  for (let index = 0; index < count; index++) {
    const x = left[index];
    const y = right[index];
    if (x && y && sameSpan(x.whole, y.whole) && sameSpan(x.part, y.part) && sameValue(x.value, y.value, tolerance)) {
      continue;
    }
    const counts = left.length === right.length ? '' : ` (${left.length} vs ${right.length} events)`;
    return `event ${index} differs${counts}:\n  a: ${showEvent(x)}\n  b: ${showEvent(y)}`;
  }
  return null;
}
