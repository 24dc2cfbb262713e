/**
 * What weft will play, and the words it uses when asked for more: the caps on a performer's
 * numbers, the {@link ArgumentError} they throw, and the checks that DSL functions give their
 * count, factor and time arguments (through `withArg` and friends in reify.ts, for plain and
 * patterned arguments alike).
 *
 * A check takes the value as the performer gave it and returns the number to use, or throws an
 * {@link ArgumentError} that says what was asked for and what weft accepts. Zero and negative
 * numbers are not errors where Tidal gives them a meaning (`fast 0` is silence, a negative
 * `fast` plays the pattern reversed): those meanings are kept by the functions themselves.
 * Internal to the pattern layer: only the class and the CAPITAL constants reach the index.
 */
import { ArgumentError } from './errors.ts';
import { Rational } from './rational.ts';

export { ArgumentError, locateError } from './errors.ts';

/**
 * The most events a cycle weft plays from one factor (`fast`, `ply`, `segment`, mini-notation's
 * `*` and `!`, a `..` range, the steps of a Euclidean rhythm...). Far above anything that can be
 * heard as separate events at ordinary tempos (10,000 a cycle at 0.5 cycles per second is one
 * event every 0.2 ms), and low enough that this engine makes a cycle of them in some tens of
 * milliseconds (a product of such factors is stopped by the query budget, budget.ts).
 */
export const MAX_EVENTS_PER_CYCLE = 10_000;

/**
 * The most a factor may slow a pattern down (`slow(1e9)`, `fast(1e-9)`): an event then lasts a
 * billion cycles, about 60 years at 0.5 cycles per second. Beyond this, times stop being exact.
 */
export const MAX_SLOWDOWN = 1_000_000_000;

/** The largest shift in time (`late`, `early`, `off`...), in cycles: see {@link MAX_SLOWDOWN}. */
export const MAX_TIME_SHIFT = 1_000_000_000;

/**
 * How many times a function may be applied inside itself (`plyWith(n, f)` plays `f` applied up
 * to `n - 1` times): each application nests the pattern one level deeper, and a query walks all
 * the levels.
 */
export const MAX_NESTING = 200;

/**
 * Checks an argument: returns the value to use, or throws an {@link ArgumentError}. A check may
 * say what building the pattern for a value costs (`cost`, in budget units: a count of 10,000
 * builds 10,000 parts), which a patterned argument charges to the query for each of its values.
 */
export interface ArgCheck<A> {
  (value: unknown): A;
  readonly cost?: (value: A) => number;
}

/** What building for a checked value costs: its check's `cost`, or 1. */
export function buildCost<A>(check: ArgCheck<A> | undefined, value: A): number {
  return check?.cost === undefined ? 1 : Math.max(1, check.cost(value));
}

// --- words ---

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

function thousands(n: number): string {
  const [int = '0', frac] = String(n).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/**
 * A count as a performer reads it: `10,000` up to a million, `10⁹` or `1.5 × 10⁹` beyond, and
 * small fractions as `10⁻⁹`.
 */
export function readableCount(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'infinitely many' : 'minus infinitely many';
  const a = Math.abs(x);
  if (a === 0 || (a >= 1e-3 && a < 1e6)) return thousands(Number(x.toPrecision(a < 1 ? 3 : 15)));
  // toExponential, not a division by a power of ten, which underflows for the tiniest numbers.
  const [m = '1', e = '0'] = a.toExponential(1).split('e');
  const exponent = Number(e);
  const mantissa = Number(m);
  const power = `10${[...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
  const sign = x < 0 ? '-' : '';
  return mantissa === 1 ? `${sign}${power}` : `${sign}${mantissa} × ${power}`;
}

/** A count beyond `limit`, in words that cannot read as the limit itself (`more than 10⁹`). */
function beyond(x: number, limit: number): string {
  const words = readableCount(x);
  return words === readableCount(limit) ? `more than ${words}` : words;
}

/** A value as the performer would have written it: `1e9`, `0.5`, `"x"`, `true`. */
export function writtenValue(x: unknown): string {
  if (typeof x === 'number') {
    if (Number.isInteger(x) && Math.abs(x) >= 1e6) return x.toExponential().replace('e+', 'e');
    return String(x);
  }
  if (typeof x === 'string') return JSON.stringify(x.length > 20 ? `${x.slice(0, 20)}…` : x);
  if (typeof x === 'boolean' || x === null || x === undefined) return String(x);
  if (x instanceof Rational) return x.toString();
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'function') return 'a function';
  return 'an object';
}

/**
 * How an argument is named in messages: `fast(1e9)` for a function, `*1e9` for a mini-notation
 * operator (a name that does not start with a letter).
 */
function subject(name: string, x: unknown): string {
  return /^[A-Za-z]/.test(name) ? `${name}(${writtenValue(x)})` : `${name}${writtenValue(x)}`;
}

// --- checks ---

/** Reads a number: a number, or a time (`Rational`) as its value. */
function numeric(name: string, x: unknown, what: string): number {
  const n = x instanceof Rational ? x.valueOf() : x;
  if (typeof n !== 'number') throw new ArgumentError(`${name} needs ${what}, not ${writtenValue(x)}`);
  if (Number.isNaN(n)) throw new ArgumentError(`${subject(name, n)}: ${what} must be a number, not NaN`);
  if (!Number.isFinite(n)) throw new ArgumentError(`${subject(name, n)}: ${what} must be finite`);
  return n;
}

/** Any finite number (an amount, a probability, a value): NaN and infinities are errors. */
export function numberArg(name: string, what = 'a number'): ArgCheck<number> {
  return (x) => numeric(name, x, what);
}

/** A time in cycles (a shift, an offset): finite, and within {@link MAX_TIME_SHIFT}. */
export function timeArg(name: string): ArgCheck<number> {
  return (x) => {
    const t = numeric(name, x, 'a time in cycles');
    if (Math.abs(t) > MAX_TIME_SHIFT) {
      throw new ArgumentError(`${subject(name, t)} shifts by ${beyond(Math.abs(t), MAX_TIME_SHIFT)} cycles; weft shifts by up to ${readableCount(MAX_TIME_SHIFT)}`);
    }
    return t;
  };
}

function tooDense(name: string, x: number, per: number, noun: string): ArgumentError {
  return new ArgumentError(`${subject(name, x)} asks for ${beyond(per, MAX_EVENTS_PER_CYCLE)} ${noun}; weft plays up to ${readableCount(MAX_EVENTS_PER_CYCLE)}`);
}

function tooSlow(name: string, x: number, by: number): ArgumentError {
  return new ArgumentError(
    `${subject(name, x)} slows the pattern down ${beyond(by, MAX_SLOWDOWN)} times; weft slows it down up to ${readableCount(MAX_SLOWDOWN)} times`,
  );
}

/** Options for {@link speedArg}. */
export interface SpeedOptions {
  /** What one unit of the factor makes, in messages: "events a cycle" by default. */
  readonly noun?: string;
  /** The least factor that is not too slow, besides zero; {@link MAX_SLOWDOWN}'s inverse by default. */
  readonly min?: number;
  /** What zero and negative factors are: `allowed` (the function gives them meaning) or errors. */
  readonly zero?: 'allowed' | 'error';
  readonly negative?: 'allowed' | 'error';
}

/**
 * A speed-up factor (`fast`, `ply`, `segment`, `*`): at most {@link MAX_EVENTS_PER_CYCLE} either
 * way, and not so small that it slows the pattern beyond {@link MAX_SLOWDOWN}.
 */
export function speedArg(name: string, options: SpeedOptions = {}): ArgCheck<number> {
  const { noun = 'events a cycle', min = 1 / MAX_SLOWDOWN, zero = 'allowed', negative = 'allowed' } = options;
  return (x) => {
    const f = numeric(name, x, 'a factor');
    if (f === 0 && zero === 'error') throw new ArgumentError(`${subject(name, f)}: the factor must not be 0`);
    if (f < 0 && negative === 'error') throw new ArgumentError(`${subject(name, f)}: the factor must not be negative`);
    const a = Math.abs(f);
    if (a > MAX_EVENTS_PER_CYCLE) throw tooDense(name, f, a, noun);
    if (a !== 0 && a < min) {
      if (min === 1 / MAX_SLOWDOWN) throw tooSlow(name, f, 1 / a);
      throw new ArgumentError(`${subject(name, f)} makes events ${beyond(1 / a, 1 / min)} cycles long; weft plays events up to ${readableCount(1 / min)} cycles long`);
    }
    return f;
  };
}

/** Options for {@link slowArg}. */
export interface SlowOptions {
  /** What the inverse of the factor makes, in messages: "events a cycle" by default. */
  readonly noun?: string;
  /** Whether a factor of 0 is `allowed` (the function gives it a meaning) or an error. */
  readonly zero?: 'allowed' | 'error';
  /** The largest factor: {@link MAX_SLOWDOWN} by default. */
  readonly max?: number;
}

/**
 * A slow-down factor (`slow`, mini-notation's `/`, `linger`'s fraction): its inverse is a speed-up
 * of at most {@link MAX_EVENTS_PER_CYCLE}, and it slows by at most {@link MAX_SLOWDOWN}.
 */
export function slowArg(name: string, options: SlowOptions = {}): ArgCheck<number> {
  const { noun = 'events a cycle', zero = 'allowed', max = MAX_SLOWDOWN } = options;
  return (x) => {
    const f = numeric(name, x, 'a factor');
    if (f === 0) {
      if (zero === 'error') throw new ArgumentError(`${subject(name, f)}: the factor must not be 0`);
      return f;
    }
    const a = Math.abs(f);
    if (1 / a > MAX_EVENTS_PER_CYCLE) throw tooDense(name, f, 1 / a, noun);
    if (a > max) {
      if (max === MAX_SLOWDOWN) throw tooSlow(name, f, a);
      throw new ArgumentError(`${subject(name, f)}: the factor must be at most ${readableCount(max)}`);
    }
    return f;
  };
}

/** Options for {@link countArg}. */
export interface CountOptions {
  /** The least count accepted (inclusive); none by default. */
  readonly min?: number;
  /** The most accepted: {@link MAX_EVENTS_PER_CYCLE} by default. */
  readonly max?: number;
  /** What is counted, in messages: "events a cycle" by default. */
  readonly noun?: string;
  /** Whether the count must be a whole number. */
  readonly whole?: boolean;
}

/**
 * A count (`iter`'s parts, `chop`'s pieces, `echo`'s copies, a rhythm's steps): finite, at most
 * `max`, at least `min`.
 */
export function countArg(name: string, options: CountOptions = {}): ArgCheck<number> {
  const { min = -Infinity, max = MAX_EVENTS_PER_CYCLE, noun = 'events a cycle', whole = false } = options;
  const check = (x: unknown): number => {
    const n = numeric(name, x, 'a count');
    if (whole && !Number.isInteger(n)) throw new ArgumentError(`${subject(name, n)}: the count must be a whole number`);
    if (n < min) throw new ArgumentError(`${subject(name, n)}: the count must be at least ${readableCount(min)}`);
    if (n > max) {
      const most = max === MAX_EVENTS_PER_CYCLE ? 'weft plays' : 'weft takes';
      throw new ArgumentError(`${subject(name, n)} asks for ${beyond(n, max)} ${noun}; ${most} up to ${readableCount(max)}`);
    }
    return n;
  };
  // A count is what gets built: that many parts, copies or steps.
  return Object.assign(check, { cost: (n: number) => Math.abs(n) });
}

/**
 * A number whose size is bounded (a step count, a scale): finite, and at most `max` (by default
 * {@link MAX_SLOWDOWN}) either way.
 */
export function boundedArg(name: string, what: string, max = MAX_SLOWDOWN): ArgCheck<number> {
  return (x) => {
    const n = numeric(name, x, what);
    if (Math.abs(n) > max) throw new ArgumentError(`${subject(name, n)}: ${what} must be at most ${readableCount(max)} either way`);
    return n;
  };
}

/** Like {@link boundedArg}, and 0 or at least `1 / max` either way (a divisor, a scale). */
export function scaleArg(name: string, what: string, max = MAX_SLOWDOWN): ArgCheck<number> {
  const bounded = boundedArg(name, what, max);
  return (x) => {
    const n = bounded(x);
    if (n !== 0 && Math.abs(n) < 1 / max) throw new ArgumentError(`${subject(name, n)}: ${what} must be 0 or at least ${readableCount(1 / max)} either way`);
    return n;
  };
}

/**
 * Throws when a speed-up that weft computed (from steps, a tempo...) is beyond
 * {@link MAX_EVENTS_PER_CYCLE}: `what` says what asked for it, such as `pace(4) of a pattern of 10⁻⁹ steps`.
 */
export function checkSpeedUp(what: string, factor: number): void {
  const a = Math.abs(factor);
  if (!(a <= MAX_EVENTS_PER_CYCLE)) {
    throw new ArgumentError(`${what} plays it ${beyond(a, MAX_EVENTS_PER_CYCLE)} times as fast; weft plays up to ${readableCount(MAX_EVENTS_PER_CYCLE)} events a cycle from one factor`);
  }
}

/**
 * A number above zero (a divisor), finite, at most `max` ({@link MAX_SLOWDOWN} by default) and
 * at least its inverse (dividing by less would make times too large to keep exactly).
 */
export function positiveArg(name: string, what: string, max = MAX_SLOWDOWN): ArgCheck<number> {
  return (x) => {
    const n = numeric(name, x, what);
    if (!(n > 0)) throw new ArgumentError(`${subject(name, n)}: ${what} must be more than 0`);
    if (n > max) throw new ArgumentError(`${subject(name, n)}: ${what} must be at most ${readableCount(max)}`);
    if (n < 1 / max) throw new ArgumentError(`${subject(name, n)}: ${what} must be at least ${readableCount(1 / max)}`);
    return n;
  };
}

/**
 * A time given as a number, a `Rational` or a `"n/d"` string (the arguments of `zoom`,
 * `compress`, `focus`), as exact time: numbers are checked as {@link timeArg} checks them.
 */
export function timeValue(name: string, x: Rational | number | string): Rational {
  return typeof x === 'number' ? Rational.from(timeArg(name)(x)) : Rational.from(x);
}

/** A check that lets `undefined` through (an optional argument). */
export function optional<A>(check: ArgCheck<A>): ArgCheck<A | undefined> {
  return (x) => (x === undefined ? undefined : check(x));
}

/** What is wrong with the arguments of a Euclidean rhythm, and which argument it is about. */
export interface EuclidProblem {
  readonly argument: 'pulses' | 'steps' | 'rotation';
  readonly text: string;
}

/**
 * Why mini-notation's `a(pulses,steps,rotation)` and `euclid(pulses, steps)` cannot make a
 * rhythm of these numbers, or undefined when they can: whole numbers, at least one step and at
 * most {@link MAX_EVENTS_PER_CYCLE}, and no more pulses (either way) than steps.
 */
export function euclidProblem(pulses: unknown, steps: unknown, rotation: unknown): EuclidProblem | undefined {
  const number = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (!number(pulses)) return { argument: 'pulses', text: `pulses must be a finite number, not ${writtenValue(pulses)}` };
  if (!number(steps)) return { argument: 'steps', text: `steps must be a finite number, not ${writtenValue(steps)}` };
  if (!number(rotation)) return { argument: 'rotation', text: `the rotation must be a finite number, not ${writtenValue(rotation)}` };
  const [k, n, r] = [pulses, steps, rotation] as [number, number, number];
  if (!Number.isInteger(n)) return { argument: 'steps', text: 'steps must be a whole number' };
  if (n < 1) return { argument: 'steps', text: 'there must be at least 1 step' };
  if (n > MAX_EVENTS_PER_CYCLE) {
    return { argument: 'steps', text: `${beyond(n, MAX_EVENTS_PER_CYCLE)} steps is too many; weft plays up to ${readableCount(MAX_EVENTS_PER_CYCLE)}` };
  }
  if (!Number.isInteger(k)) return { argument: 'pulses', text: 'pulses must be a whole number' };
  if (Math.abs(k) > n) return { argument: 'pulses', text: `there can be at most ${thousands(n)} pulses (or -${thousands(n)}) in ${thousands(n)} steps` };
  if (Math.abs(r) > MAX_TIME_SHIFT) return { argument: 'rotation', text: `a rotation of ${readableCount(r)} steps is too large` };
  return undefined;
}

/**
 * Throws when a `..` range from `from` to `to` has more steps than a factor may make; the range
 * counts one step for each whole number between them, both ends included.
 */
export function checkRangeSize(from: number, to: number): void {
  const steps = Math.floor(Math.abs(to - from)) + 1;
  if (!(steps <= MAX_EVENTS_PER_CYCLE)) {
    throw new ArgumentError(
      `${writtenValue(from)} .. ${writtenValue(to)} asks for ${beyond(steps, MAX_EVENTS_PER_CYCLE)} steps; weft plays up to ${readableCount(MAX_EVENTS_PER_CYCLE)}`,
    );
  }
}

/**
 * A zoom (or `focus`) `width` cycles wide plays that many cycles of the pattern in each: the
 * width is a speed-up, capped like `fast`'s.
 */
export function checkZoomWidth(name: string, width: number): void {
  const w = Math.abs(width);
  if (w > MAX_EVENTS_PER_CYCLE) {
    throw new ArgumentError(
      `${name} over ${beyond(w, MAX_EVENTS_PER_CYCLE)} cycles plays ${beyond(w, MAX_EVENTS_PER_CYCLE)} cycles of the pattern in one; weft plays up to ${readableCount(MAX_EVENTS_PER_CYCLE)}`,
    );
  }
}
