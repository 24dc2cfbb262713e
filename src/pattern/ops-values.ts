/**
 * The value side of the operators (`add`, `lt`, `set`, ...): how two values combine, including
 * note names (`"c" + 12` is 60) and control objects (combined key by key). Plain functions of
 * values; the pattern side is in `ops.ts`.
 */
import { ownCopy } from './own-copy.ts';

/** A function combining the values of two haps. */
export type ValueOp = (a: unknown, b: unknown) => unknown;

const NOTE_NAME = /^([a-gA-G])([#bsf]*)(-?\d+)?$/;
const CHROMA: Readonly<Record<string, number>> = { c: 0, d: 2, e: 4, f: 5, g: 7, a: 9, b: 11 };
const ACCIDENTAL: Readonly<Record<string, number>> = { '#': 1, s: 1, b: -1, f: -1 };

/**
 * The MIDI number of a note name (`"c4"` is 60, `"eb"` is 51: the octave defaults to 3), or
 * undefined when the text is not a note name. Sharps are `#` or `s`, flats `b` or `f`.
 */
export function noteNameToMidi(name: string): number | undefined {
  const m = NOTE_NAME.exec(name);
  if (m === null) return undefined;
  const [, letter = 'c', accidentals = '', octave = '3'] = m;
  let midi = (Number(octave) + 1) * 12 + (CHROMA[letter.toLowerCase()] ?? 0);
  for (const a of accidentals) midi += ACCIDENTAL[a] ?? 0;
  return midi;
}

/**
 * A value as a number for arithmetic: numeric text is read as a number and note names as MIDI
 * numbers; other text throws. Non-text values are converted as JavaScript does (`true` is 1).
 */
export function toNumeral(x: unknown): number {
  if (typeof x !== 'string') return Number(x);
  const n = Number(x);
  if (!Number.isNaN(n)) return n;
  const midi = noteNameToMidi(x);
  if (midi === undefined) throw new Error(`cannot parse as numeral: "${x}"`);
  return midi;
}

const numeric =
  (f: (a: number, b: number) => number): ValueOp =>
  (a, b) =>
    f(toNumeral(a), toNumeral(b));

// Comparisons and logic take the values as they are, as JavaScript compares them: note names are
// not converted (`"a" < "b"`). `eq`/`ne` are JavaScript's loose `==`/`!=`, `eqt`/`net` (with type)
// the strict `===`/`!==`.
type Loose = number;

/** The value functions of the operators, by operator name. */
export const VALUE_OPS = {
  add: numeric((a, b) => a + b),
  sub: numeric((a, b) => a - b),
  mul: numeric((a, b) => a * b),
  div: numeric((a, b) => a / b),
  mod: numeric((a, b) => ((a % b) + b) % b),
  pow: numeric((a, b) => a ** b),
  band: numeric((a, b) => a & b),
  bor: numeric((a, b) => a | b),
  bxor: numeric((a, b) => a ^ b),
  blshift: numeric((a, b) => a << b),
  brshift: numeric((a, b) => a >> b),
  lt: (a, b) => (a as Loose) < (b as Loose),
  gt: (a, b) => (a as Loose) > (b as Loose),
  lte: (a, b) => (a as Loose) <= (b as Loose),
  gte: (a, b) => (a as Loose) >= (b as Loose),
  // eslint-disable-next-line eqeqeq
  eq: (a, b) => a == b,
  eqt: (a, b) => a === b,
  // eslint-disable-next-line eqeqeq
  ne: (a, b) => a != b,
  net: (a, b) => a !== b,
  and: (a, b) => a && b,
  or: (a, b) => a || b,
  set: (_a, b) => b,
  keep: (a) => a,
} as const satisfies Readonly<Record<string, ValueOp>>;

/** The name of an operator that combines values (all but `keepif` and `func`). */
export type ValueOpName = keyof typeof VALUE_OPS;

function isObjectValue(x: unknown): x is Record<string, unknown> | null {
  return typeof x === 'object';
}

/**
 * Lifts a value function to control objects, as Strudel does: two objects combine key by key
 * (keys on one side only are kept); a plain value meeting an object becomes `{value: x}`; an
 * object meeting a plain value is left as it is (Strudel warns "Can't do arithmetic on control
 * pattern").
 */
export function liftToObjects(op: ValueOp): ValueOp {
  return (a, b) => {
    const aObj = isObjectValue(a);
    const bObj = isObjectValue(b);
    if (!aObj && !bObj) return op(a, b);
    if (aObj && !bObj) return a;
    const left = aObj ? ownCopy(a) : { value: a };
    if (b === null || b === undefined) return left;
    for (const key in b) {
      if (!Object.hasOwn(b, key)) continue;
      const value = (b as Record<string, unknown>)[key];
      left[key] = Object.hasOwn(left, key) ? op(left[key], value) : value;
    }
    return left;
  };
}
