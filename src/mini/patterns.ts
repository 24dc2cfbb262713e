/**
 * The pattern building blocks that mini-notation needs beyond `src/pattern`: atoms that carry
 * their source location, weighted sequences, replication, `:` lists and `..` ranges.
 */
import { bind, compress, fast as fastPlain, fmap, splitQueries, squeezeJoin, withLocation } from '../pattern/core.ts';
import { Hap, combineContexts, type HapContext, type Location } from '../pattern/hap.ts';
import { Pattern } from '../pattern/pattern.ts';
import { ONE, Rational, ZERO } from '../pattern/rational.ts';
import { stack } from '../pattern/constructors.ts';

/** A value repeated every cycle, whose haps carry `locations` (the atom's place in the code). */
export function atom<T>(value: T, locations: readonly Location[]): Pattern<T> {
  const context: HapContext = { locations };
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const part of state.span.spanCycles()) out.push(new Hap(part.wholeCycle(), part, value, context));
    return out;
  }, ONE);
}

/** Silence, typed for any value (Strudel's `silence`, one step). */
export function nothing<T>(): Pattern<T> {
  return new Pattern<T>(() => [], ONE);
}

/** Appends `locations` to the context of every hap (after the hap's own). */
export function withLocations<T>(locations: readonly Location[], pat: Pattern<T>): Pattern<T> {
  return locations.reduce((p, location) => withLocation(location, p), pat);
}

/** Speeds up by a plain factor; a factor that is zero, negative or not a number gives silence. */
export function fastBy<T>(factor: number, pat: Pattern<T>): Pattern<T> {
  if (!(factor > 0) || !Number.isFinite(factor)) return nothing();
  return fastPlain(Rational.from(factor), pat);
}

/**
 * Plays each pattern in its share of the cycle, shares proportional to `weights` (Tidal's
 * `timecat`). The step count is left to the caller.
 */
export function timecat<T>(items: readonly (readonly [Rational, Pattern<T>])[]): Pattern<T> {
  if (items.length === 1) return (items[0] as readonly [Rational, Pattern<T>])[1];
  let total = ZERO;
  for (const [w] of items) total = total.add(w);
  let begin = ZERO;
  const parts: Pattern<T>[] = [];
  for (const [w, pat] of items) {
    const end = begin.add(w);
    parts.push(compress(begin.div(total), end.div(total), pat));
    begin = end;
  }
  return stack(...parts);
}

/**
 * Repeats each cycle `n` times: cycle `c` plays cycle `floor(c / n)` of `pat` (`n` may be
 * fractional).
 */
export function repeatCycles<T>(n: Rational, pat: Pattern<T>): Pattern<T> {
  return splitQueries(
    new Pattern<T>((state) => {
      const cycle = state.span.begin.sam();
      const delta = cycle.sub(cycle.div(n).floor());
      const shifted = pat.query(state.withSpan((s) => s.withTime((t) => t.sub(delta))));
      return shifted.map((h) => h.withSpan((s) => s.withTime((t) => t.add(delta))));
    }),
    pat.steps,
  );
}

/** `pat` played `n` times in the space of one cycle, each time the same cycle of `pat` (`a!n`). */
export function replicate<T>(n: Rational, pat: Pattern<T>): Pattern<T> {
  if (n.eq(ONE)) return pat;
  if (n.lte(ZERO)) return nothing();
  return fastPlain(n, repeatCycles(n, pat)).withSteps(pat.steps);
}

/**
 * Combines values with structure from `left`, like `appLeft`, but lists the right hap's source
 * locations first (as Strudel's applicatives do).
 */
export function appLeftRightFirst<A, B, C>(f: (a: A, b: B) => C, left: Pattern<A>, right: Pattern<B>): Pattern<C> {
  return new Pattern((state) => {
    const out: Hap<C>[] = [];
    for (const l of left.query(state)) {
      for (const r of right.query(state.setSpan(l.wholeOrPart()))) {
        const part = l.part.intersection(r.part);
        if (part === undefined) continue;
        out.push(new Hap(l.whole, part, f(l.value, r.value), combineContexts(r.context, l.context)));
      }
    }
    return out;
  }, left.steps);
}

/** `a:b`: the values of `right` appended to the list (or single value) of `left`. */
export function tail(left: Pattern<unknown>, right: Pattern<unknown>): Pattern<unknown> {
  return appLeftRightFirst<unknown, unknown, unknown>((a, b) => (Array.isArray(a) ? [...(a as unknown[]), b] : [a, b]), left, right);
}

/** The numbers from `from` towards `to`, one apart, up to `to` itself; empty for non-numbers. */
export function rangeValues(from: unknown, to: unknown): number[] {
  if (typeof from !== 'number' || typeof to !== 'number' || !Number.isFinite(from) || !Number.isFinite(to)) return [];
  const out: number[] = [];
  if (from <= to) for (let x = from; x <= to; x++) out.push(x);
  else for (let x = from; x >= to; x--) out.push(x);
  return out;
}

/**
 * `a .. b`: each event of `from` squeezes in the numbers from its value, one apart, up to
 * `to`'s; `to` is squeezed in with it and joined with structure from both (as Strudel does).
 * Haps list `to`'s locations first.
 */
export function range(from: Pattern<unknown>, to: Pattern<unknown>): Pattern<unknown> {
  const upTo = (a: unknown): Pattern<unknown> =>
    bind((b: unknown) => {
      const values = rangeValues(a, b);
      return values.length === 0 ? nothing<unknown>() : fastPlain(Rational.int(values.length), stepsOf<unknown>(values));
    }, to);
  return squeezeJoin(fmap(upTo, from));
}

// Cycle c holds values[c mod n].
function stepsOf<T>(values: readonly T[]): Pattern<T> {
  const n = values.length;
  return new Pattern<T>((state) => {
    const out: Hap<T>[] = [];
    for (const part of state.span.spanCycles()) {
      const c = part.begin.sam().n;
      out.push(new Hap(part.wholeCycle(), part, values[((c % n) + n) % n] as T));
    }
    return out;
  });
}

/** The least common multiple of rational step counts; undefined when any is unknown. */
export function lcmSteps(steps: readonly (Rational | undefined)[]): Rational | undefined {
  let acc: Rational | undefined;
  for (const s of steps) {
    if (s === undefined) return undefined;
    acc = acc === undefined ? s : lcm2(acc, s);
  }
  return acc;
}

function gcdInt(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

// lcm(a/b, c/d) = lcm(a, c) / gcd(b, d)
function lcm2(x: Rational, y: Rational): Rational {
  if (x.n === 0 || y.n === 0) return ZERO;
  const num = Math.abs((x.n / gcdInt(x.n, y.n)) * y.n);
  return Rational.of(num, gcdInt(x.d, y.d));
}
