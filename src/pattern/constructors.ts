/**
 * Making patterns from values and from other patterns: pure, sequence, cat, stack. The arguments
 * are read here (values, mini-notation, arrays as sub-sequences); the patterns are combined by
 * combine.ts.
 */
import { fast } from './core.ts';
import { catPlain, stackPlain } from './combine.ts';
import { Pattern, silence } from './pattern.ts';
import { Rational } from './rational.ts';
import { reify, type PatternArg } from './reify.ts';

export { pure } from './combine.ts';

/** An argument to {@link sequence}: a pattern, a value, or an array played as a sub-sequence. */
export type SequenceArg<T> = PatternArg<T> | readonly SequenceArg<T>[];

function reifySeq<T>(x: SequenceArg<T>): Pattern<T> {
  if (Array.isArray(x)) return sequence(...(x as SequenceArg<T>[]));
  return reify(x as PatternArg<T>);
}

/**
 * Plays patterns one after another, each taking one cycle (Tidal's `cat`).
 * @method
 * @example
 * cat(note("c e"), note("g b d5"))
 */
export function cat<T>(...items: SequenceArg<T>[]): Pattern<T> {
  return catPlain(items.map(reifySeq));
}

/**
 * The same as {@link cat}: one pattern per cycle.
 * @method
 * @example
 * slowcat(s("bd*2"), s("hh*3"))
 */
export function slowcat<T>(...items: SequenceArg<T>[]): Pattern<T> {
  return cat(...items);
}

/**
 * Squeezes patterns into one cycle, one after another (Tidal's `fastcat`).
 * @method
 * @example
 * sequence(s("bd"), s("sd"), s("hh hh"))
 */
export function sequence<T>(...items: SequenceArg<T>[]): Pattern<T> {
  if (items.length === 0) return silence.withSteps(undefined) as Pattern<T>;
  if (items.length === 1) return reifySeq(items[0] as SequenceArg<T>);
  const steps = Rational.int(items.length);
  return fast(steps, cat(...items)).withSteps(steps);
}

/**
 * Plays patterns at the same time.
 * @method
 * @example
 * stack(s("bd*2"), s("hh*4"), note("c2 eb2"))
 */
export function stack<T>(...items: SequenceArg<T>[]): Pattern<T> {
  return stackPlain(items.map(reifySeq));
}

/**
 * The same as {@link sequence}: all patterns squeezed into one cycle.
 * @method
 * @example
 * fastcat(s("bd*2"), s("hh*3"))
 */
export function fastcat<T>(...items: SequenceArg<T>[]): Pattern<T> {
  return sequence(...items);
}

/**
 * The same as {@link sequence} (short name).
 * @method
 * @example
 * seq(note("c"), note("e g"))
 */
export function seq<T>(...items: SequenceArg<T>[]): Pattern<T> {
  return sequence(...items);
}
