/** Making patterns from values and from other patterns: pure, sequence, cat, stack. */
import { Hap } from './hap.ts';
import { charged, fast } from './core.ts';
import { Pattern, silence } from './pattern.ts';
import { Rational, ONE } from './rational.ts';
import { reify, type PatternArg } from './reify.ts';
import { lcmSteps } from './step-count.ts';

/**
 * A pattern that repeats one value every cycle.
 * @example
 * note(pure(60))
 */
export function pure<T>(value: T): Pattern<T> {
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const part of state.spanCycles()) out.push(new Hap(part.wholeCycle(), part, value));
    return out;
  }, ONE);
}

/** An argument to {@link sequence}: a pattern, a value, or an array played as a sub-sequence. */
export type SequenceArg<T> = PatternArg<T> | readonly SequenceArg<T>[];

function reifySeq<T>(x: SequenceArg<T>): Pattern<T> {
  if (Array.isArray(x)) return sequence(...(x as SequenceArg<T>[]));
  return reify(x as PatternArg<T>);
}

/**
 * Plays patterns one after another, each taking one cycle (Tidal's `cat`).
 * @example
 * cat(note("c e"), note("g b d5"))
 */
export function cat<T>(...items: SequenceArg<T>[]): Pattern<T> {
  const pats = items.map(reifySeq);
  const n = pats.length;
  if (n === 0) return silence.withSteps(undefined) as Pattern<T>;
  if (n === 1) return pats[0] as Pattern<T>;
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const span of state.spanCycles()) {
      const cyc = span.begin.sam();
      const i = ((cyc.n % n) + n) % n;
      const offset = cyc.sub(Rational.int(Math.floor(cyc.n / n)));
      const pat = pats[i] as Pattern<T>;
      for (const h of charged(state, pat.query(state.setSpan(span.withTime((t) => t.sub(offset)))))) {
        out.push(h.withSpan((s) => s.withTime((t) => t.add(offset))));
      }
    }
    return out;
  }, lcmSteps(pats.map((p) => p.steps)));
}

/**
 * The same as {@link cat}: one pattern per cycle.
 * @example
 * slowcat(s("bd*2"), s("hh*3"))
 */
export function slowcat<T>(...items: SequenceArg<T>[]): Pattern<T> {
  return cat(...items);
}

/**
 * Squeezes patterns into one cycle, one after another (Tidal's `fastcat`).
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
 * @example
 * stack(s("bd*2"), s("hh*4"), note("c2 eb2"))
 */
export function stack<T>(...items: SequenceArg<T>[]): Pattern<T> {
  const pats = items.map(reifySeq);
  if (pats.length === 1) return pats[0] as Pattern<T>;
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const p of pats) for (const h of charged(state, p.query(state))) out.push(h);
    return out;
  }, lcmSteps(pats.map((p) => p.steps)));
}

/**
 * The same as {@link sequence}: all patterns squeezed into one cycle.
 * @example
 * fastcat(s("bd*2"), s("hh*3"))
 */
export function fastcat<T>(...items: SequenceArg<T>[]): Pattern<T> {
  return sequence(...items);
}

/**
 * The same as {@link sequence} (short name).
 * @example
 * seq(note("c"), note("e g"))
 */
export function seq<T>(...items: SequenceArg<T>[]): Pattern<T> {
  return sequence(...items);
}
