/**
 * weft's side of the conformance suites: evaluates performer code with weft's own evaluator
 * (`src/eval`) and normalizes the haps to the oracle's {@link OracleEvent} shape, so that
 * `compareEvents(await weftEvents(code, n), await strudelEvents(code, n))` compares like with like.
 */
import { dslScope, evaluate, EVALUATOR_NAMES } from '../../src/eval/index.ts';
import { plain } from '../../src/cli/events.ts';
import type { Hap, Span } from '../../src/pattern/index.ts';
import { sortEvents, windows, type FractionString, type OracleEvent, type OracleStubs } from '../oracle/strudel.ts';

/** What one run of performer code in weft gave. */
export interface WeftRun {
  /** The events of cycles `[0, cycles)`, in `sortEvents` order. */
  events: OracleEvent[];
  /** Cycles per second after the code ran. */
  cps: number;
}

/** Options for {@link weftRun}. */
export interface WeftOptions {
  /**
   * Browser-only globals to make inert, the same ones the oracle gets (see `browserStubs`); they
   * reach performer code through `evaluate`'s `scope`. Pattern methods are weft's own (the
   * visuals and outputs leave the events unchanged, as in Strudel).
   */
  stubs?: OracleStubs;
  /** Queries in windows of this many cycles, as the oracle's `window` option does; one query by default. */
  window?: number;
}

/**
 * Evaluates performer code in weft and queries the pattern over `[0, cycles)`.
 * Throws weft's error when the code fails to evaluate or to query.
 */
export function weftRun(code: string, cycles: number, options: WeftOptions = {}): WeftRun {
  const scope = { ...isolation(), ...(options.stubs === undefined ? {} : weftScope(options.stubs)) };
  const { pattern, cps } = evaluate(code, { scope });
  const haps: Hap<unknown>[] = windows(cycles, options.window).flatMap(([begin, end]) => pattern.queryArc(begin, end));
  return { events: sortEvents(haps.map(normalizeWeftHap)), cps };
}

/** The events that weft gives for performer code over cycles `[0, cycles)`; see {@link weftRun}. */
export function weftEvents(code: string, cycles: number, options: WeftOptions = {}): OracleEvent[] {
  return weftRun(code, cycles, options).events;
}

/**
 * Hides the globals that are not weft's from performer code. The oracle installs all of Strudel's
 * functions as globals of this process (that is how Strudel evaluates code), and `evaluate` lets
 * names it does not define fall through to the globals, so without this a name weft lacks (say
 * `n`) would silently run Strudel's function instead of failing. Each hidden name throws a
 * ReferenceError when used, as it would in a clean realm.
 */
function isolation(): Record<string, unknown> {
  const hidden: Record<string, unknown> = {};
  for (const name of Object.keys(globalThis)) {
    if (dslScope.has(name) || evaluatorNames.has(name) || reserved.has(name)) continue;
    if (/^[A-Za-z_$][\w$]*$/.test(name)) hidden[name] = notDefined(name);
  }
  return hidden;
}

/** A stand-in for a hidden global that fails on any use as reading an undefined name would. */
function notDefined(name: string): unknown {
  const fail = (): never => {
    throw new ReferenceError(`${name} is not defined`);
  };
  return new Proxy(function hidden() {}, { apply: fail, construct: fail, get: fail, set: fail, has: fail });
}

// Names that `evaluate` defines itself besides the DSL scope (options.scope would override them).
const evaluatorNames: ReadonlySet<string> = new Set(EVALUATOR_NAMES);

// Names that cannot be parameters of a strict-mode function, as `evaluate` passes scope names.
const reserved = new Set([
  'eval', 'arguments', 'let', 'static', 'yield', 'await', 'implements', 'interface', 'package', 'private',
  'protected', 'public', 'enum', 'class', 'const', 'function', 'var', 'new', 'this', 'null', 'true', 'false',
]);

/**
 * The oracle's inert globals as weft performer code sees them, but for the names weft defines
 * itself (`samples`, `slider`, `loadOrc`...: weft's own are run; the oracle's `sliderWithID` is
 * its transpiler's name for `slider`).
 */
function weftScope(stubs: OracleStubs): Record<string, unknown> {
  const globals: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(stubs.globals ?? {})) if (!evaluatorNames.has(name) && name !== 'sliderWithID') globals[name] = value;
  return globals;
}

/**
 * Converts one of weft's haps into an {@link OracleEvent}, the way the oracle converts Strudel's.
 * weft marks an event of `.midi()` or `.osc()` in its value (`output`); Strudel keeps where an
 * event goes beside its value (the hap's trigger), so the mark is left out of the comparison.
 */
export function normalizeWeftHap(hap: Hap<unknown>): OracleEvent {
  const value = plain(hap.value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'output' in value) delete (value as Record<string, unknown>).output;
  return {
    whole: hap.whole ? spanStrings(hap.whole) : null,
    part: spanStrings(hap.part),
    value,
  };
}

function spanStrings(span: Span): [FractionString, FractionString] {
  return [span.begin.toString(), span.end.toString()];
}
