/**
 * Haps as plain data, both ways: the performer realm writes the onsets it queried as
 * {@link PlainHap}s, and the runtime reads them back into haps of its own realm.
 */
import { Hap, type HapContext } from '../../pattern/hap.ts';
import { Rational } from '../../pattern/rational.ts';
import { Span } from '../../pattern/span.ts';
import { MAX_DEPTH, type PlainHap, type PlainValue, type Time } from './protocol.ts';

/** A rational as `[numerator, denominator]`. */
export const toTime = (t: Rational): Time => [t.n, t.d];

/** `[numerator, denominator]` as a rational. */
export const fromTime = ([n, d]: Time): Rational => Rational.of(n, d);

/**
 * A value as plain data: plain objects and arrays are copied, functions, symbols, class instances
 * and anything nested deeper than {@link MAX_DEPTH} become their text, `undefined` becomes null
 * in arrays and is left out of objects. What the engine would not play, it says so itself.
 */
export function toPlainValue(value: unknown, depth = 0): PlainValue {
  if (value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'object': {
      if (depth >= MAX_DEPTH) return String(value);
      if (Array.isArray(value)) return value.map((item: unknown) => toPlainValue(item ?? null, depth + 1));
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) return String(value);
      const out: { [key: string]: PlainValue } = {};
      for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = toPlainValue(item, depth + 1);
      return out;
    }
    case 'undefined':
      return null;
    default:
      return String(value);
  }
}

/** A hap that has its onset, as plain data. */
export function toPlainHap(hap: Hap<unknown>): PlainHap {
  const whole = hap.wholeOrPart();
  return {
    begin: toTime(whole.begin),
    end: toTime(whole.end),
    value: toPlainValue(hap.value),
    locations: hap.context.locations.map((l) => [l.start, l.end]),
  };
}

/** A plain hap as a hap of this realm (its part is its whole: it holds its onset). */
export function fromPlainHap(plain: PlainHap): Hap<unknown> {
  const whole = new Span(fromTime(plain.begin), fromTime(plain.end));
  const context: HapContext = { locations: plain.locations.map(([start, end]) => ({ start, end })) };
  return new Hap(whole, whole, plain.value, context);
}
