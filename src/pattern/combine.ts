/**
 * Making patterns from values and from patterns already made, with no argument to read: `pure`,
 * and stacking, concatenating and weighting patterns. Below mini-notation (which builds with
 * these), and below reify and the DSL's constructors (constructors.ts, concat.ts), which read
 * their arguments (values, strings) into patterns and then combine them here.
 */
import { Hap } from './hap.ts';
import { charged, compress } from './primitives.ts';
import { Pattern, silence } from './pattern.ts';
import { Rational, ONE, ZERO } from './rational.ts';
import type { Span } from './span.ts';
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

/** Patterns one after another, each taking one cycle (`cat` of patterns). */
export function catPlain<T>(pats: readonly Pattern<T>[]): Pattern<T> {
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

/** Patterns at the same time (`stack` of patterns). */
export function stackPlain<T>(pats: readonly Pattern<T>[]): Pattern<T> {
  if (pats.length === 1) return pats[0] as Pattern<T>;
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const p of pats) for (const h of charged(state, p.query(state))) out.push(h);
    return out;
  }, lcmSteps(pats.map((p) => p.steps)));
}

/**
 * `timeCat` of patterns with exact weights (also mini-notation's weighted sequences): parts
 * weighing nothing (or less) are left out; the step count is the sum of the weights.
 */
export function timeCatPlain<T>(parts: readonly (readonly [Rational, Pattern<T>])[]): Pattern<T> {
  // Parts weighing nothing are left out, and so are negative weights (step counts gone wrong),
  // which would make the total zero or the parts overlap.
  const weighted = parts.filter(([w]) => w.n > 0);
  const total = weighted.reduce((sum, [w]) => sum.add(w), ZERO);
  if (weighted.length === 0) return silence.withSteps(total) as Pattern<T>;
  if (weighted.length === 1) return (weighted[0] as readonly [Rational, Pattern<T>])[1].withSteps(total);
  let begin = ZERO;
  const placed: Placed<T>[] = [];
  for (const [w, p] of weighted) {
    const end = begin.add(w);
    const from = begin.div(total);
    const to = end.div(total);
    placed.push({ from, to, pat: compress(from, to, p) });
    begin = end;
  }
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const part of placed) {
      if (!meets(part, state.span)) continue;
      for (const h of charged(state, part.pat.query(state))) out.push(h);
    }
    return out;
  }, total);
}

/** A part of a {@link timeCatPlain}: its pattern compressed into `[from, to)` of each cycle. */
interface Placed<T> {
  readonly from: Rational;
  readonly to: Rational;
  readonly pat: Pattern<T>;
}

/**
 * False when a query cannot meet the part's place in its cycle, so the part need not be asked
 * (it would answer nothing): a query within one cycle that ends before (or where) the place
 * begins, or begins where it ends or after; a zero-width query only meets a place it is in.
 * Queries over a cycle boundary ask every part.
 */
function meets({ from, to }: { readonly from: Rational; readonly to: Rational }, query: Span): boolean {
  const cycle = query.begin.sam();
  const b = query.begin.sub(cycle);
  const e = query.end.sub(cycle);
  if (e.gt(ONE)) return true;
  if (b.gte(to)) return false;
  return b.eq(e) ? b.gte(from) : e.gt(from);
}
