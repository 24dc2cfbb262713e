/**
 * Working on pieces of a pattern: replaying slices of it (`bite`), looping a subcycle and
 * changing it (`into`, `chunkInto`), repeating each event with a function applied
 * (`plyWith`, `plyForEach`), pushing events later within their own span (`press`, `pressBy`),
 * and applying or filtering by a function of the pattern or of its haps (`apply`, `filter`).
 */
import { curried } from './curry.ts';
import * as core from './core.ts';
import { Hap, combineContexts } from './hap.ts';
import { Pattern } from './pattern.ts';
import { Rational, ONE } from './rational.ts';
import { Span } from './span.ts';
import { checkedArg, reify, withArg, type PatternArg } from './reify.ts';
import { pure, sequence } from './constructors.ts';
import { zoom } from './time.ts';
import type { Truthy } from './conditional.ts';
import type { AnyTransform, Transform } from './transform.ts';
import { boundedArg, countArg, MAX_NESTING } from './limits.ts';

const BITE = countArg('bite', { min: 1, noun: 'slices of a cycle' });
const BITE_INDEX = boundedArg('bite', 'a slice number');
const CHUNK_INTO = countArg('chunkInto', { min: 1, noun: 'parts of a cycle' });
const CHUNK_BACK_INTO = countArg('chunkBackInto', { min: 1, noun: 'parts of a cycle' });
// A count of 0 repeats nothing (silence).
const PLY_WITH = countArg('plyWith', { min: 0, max: MAX_NESTING, noun: 'repeats, each with the function applied once more' });
const PLY_FOR_EACH = countArg('plyForEach', { min: 0, noun: 'repeats of each event' });
const PRESS_BY = boundedArg('pressBy', 'an amount');

/**
 * Cuts each cycle into `n` slices and plays them in the order a pattern of slice numbers gives,
 * each squeezed into its event.
 * @method
 * @example
 * note("0 1 2 3 4 5 6 7".scale("c:mixolydian")).bite(4, "3 2 1 0")
 */
export const bite = curried(function bite<T>(n: PatternArg<number>, indices: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(
    n,
    pat,
    (n, p) => {
      const size = ONE.div(Rational.from(n));
      // As in Strudel, an index wraps around `n` but a negative one plays nothing.
      const slice = (i: number): Pattern<T> => {
        if (i < 0) return new Pattern<T>(() => []);
        const b = Rational.from(i).mul(size).cyclePos();
        return zoom(b, b.add(size), p);
      };
      return core.squeezeJoin(core.fmap(slice, checkedArg(indices, BITE_INDEX)));
    },
    BITE,
  );
});

/**
 * Breaks a pattern up by the events of a boolean pattern: where it is true, the part of the
 * cycle the event covers is looped and `f` applied to it; where false, the pattern plays as it is.
 * @method
 * @example
 * sound("bd sd ht lt").into("1 0", hurry(2))
 */
export function into(on: PatternArg<Truthy>, f: AnyTransform): AnyTransform;
export function into<T>(on: PatternArg<Truthy>, f: Transform<T>): Transform<T>;
export function into<T>(on: PatternArg<Truthy>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function into<T>(on: PatternArg<Truthy>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => into(on, f, p);
  const events = reify(on);
  return new Pattern((state) => {
    const out: Hap<T>[] = [];
    for (const outer of events.query(state)) {
      const whole = outer.wholeOrPart();
      const looped = outer.value ? core.focusSpan(whole, f(loopFragment(whole, pat))) : pat;
      for (const h of looped.query(state.setSpan(outer.part))) {
        const part = h.part.intersection(outer.part);
        if (part === undefined) continue;
        const cut = outer.value && h.whole && outer.whole ? h.whole.intersection(outer.whole) : h.whole;
        if (outer.value && h.whole && outer.whole && cut === undefined) continue;
        out.push(new Hap(cut, part, h.value, combineContexts(outer.context, h.context)));
      }
    }
    return out;
  });
}

/**
 * The fragment `span` of `pat` stretched to fill a cycle and played in every cycle, its events
 * cut to the fragment.
 */
function loopFragment<T>(span: Span, pat: Pattern<T>): Pattern<T> {
  const d = span.duration();
  return core.splitQueries(
    new Pattern<T>((state) => {
      const cycle = state.span.begin.sam();
      const cycleSpan = new Span(cycle, cycle.add(ONE));
      const toPat = (t: Rational) => span.begin.add(t.sub(cycle).mul(d));
      const fromPat = (t: Rational) => cycle.add(t.sub(span.begin).div(d));
      const out: Hap<T>[] = [];
      for (const h of pat.query(state.setSpan(state.span.withTime(toPat)))) {
        const whole = h.whole?.withTime(fromPat).intersection(cycleSpan);
        if (h.whole !== undefined && whole === undefined) continue;
        out.push(new Hap(whole, h.part.withTime(fromPat), h.value, h.context));
      }
      return out;
    }),
  );
}

/**
 * `n` equal steps per cycle, true at the step `pick(cycle)` and false elsewhere (cycle `c` plays
 * as cycle `c mod n`). Each cycle's sequence is made when it is asked for, so that a large `n`
 * costs `n` steps a cycle rather than `n²` up front.
 */
function movingStep(n: number, pick: (cycle: number) => number): Pattern<boolean> {
  const count = Math.floor(n);
  if (count <= 0) return new Pattern<boolean>(() => []);
  const cycle = (c: number) => sequence(...Array.from({ length: count }, (_, i) => i === pick(c)));
  return core.splitQueries(
    new Pattern<boolean>((state) => {
      const c = state.span.begin.sam();
      const k = ((c.n % count) + count) % count;
      // Cycle c plays cycle floor(c / n) of the k-th sequence, as `cat` places it.
      const delta = c.sub(Rational.int(Math.floor(c.n / count)));
      return cycle(k)
        .query(state.withSpan((s) => s.withTime((t) => t.sub(delta))))
        .map((h) => h.withSpan((s) => s.withTime((t) => t.add(delta))));
    }),
  );
}

/**
 * Like `chunk`, but the function is applied to a looped copy of the chunk's part of the cycle
 * (see {@link into}); the chunk moves forward each cycle.
 * @method
 * @example
 * sound("bd sd ht lt bd - cp lt").chunkInto(4, hurry(2)).bank("tr909")
 */
export function chunkInto(n: PatternArg<number>, f: AnyTransform): AnyTransform;
export function chunkInto<T>(n: PatternArg<number>, f: Transform<T>): Transform<T>;
export function chunkInto<T>(n: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function chunkInto<T>(n: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => chunkInto(n, f, p);
  return withArg(n, pat, (n, p) => into(movingStep(n, (c) => c), f, p), CHUNK_INTO);
}

/**
 * Like {@link chunkInto}, but the chunk moves backward each cycle, starting with the last.
 * @method
 * @example
 * sound("bd sd ht lt bd - cp lt").chunkBackInto(4, hurry(2)).bank("tr909")
 */
export function chunkBackInto(n: PatternArg<number>, f: AnyTransform): AnyTransform;
export function chunkBackInto<T>(n: PatternArg<number>, f: Transform<T>): Transform<T>;
export function chunkBackInto<T>(n: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function chunkBackInto<T>(n: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => chunkBackInto(n, f, p);
  return withArg(n, pat, (n, p) => into(movingStep(n, (c) => n - 1 - c), f, p), CHUNK_BACK_INTO);
}

/**
 * Each event of `pat` becomes `n` events in its span: `make(pure(value), i, previous)` for
 * `i = 0..n-1`, where `previous` is what `make` gave for `i - 1` (so that repeats that build on
 * each other are made once each).
 */
function plyEach<T>(n: number, make: (p: Pattern<T>, i: number, previous: Pattern<T> | undefined) => Pattern<T>, pat: Pattern<T>): Pattern<T> {
  const count = Math.max(0, Math.floor(n));
  const each = (v: T) => {
    const repeats: Pattern<T>[] = [];
    for (let i = 0; i < count; i++) repeats.push(make(pure(v), i, repeats[i - 1]));
    return sequence(...repeats);
  };
  return core.squeezeJoin(core.fmapBuilding(each, count, pat)).withSteps(pat.steps?.mul(Rational.from(n)));
}

/**
 * Repeats each event `factor` times within its span, applying `f` once more to each repeat
 * (the first plays as it is, the second with `f`, the third with `f` twice, ...).
 * @method
 * @example
 * "<0 [2 4]>".plyWith(4, (p) => p.add(2)).scale("C:minor").note()
 */
export function plyWith(factor: PatternArg<number>, f: AnyTransform): AnyTransform;
export function plyWith<T>(factor: PatternArg<number>, f: Transform<T>): Transform<T>;
export function plyWith<T>(factor: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function plyWith<T>(factor: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => plyWith(factor, f, p);
  return withArg(factor, pat, (n, p) => plyEach(n, (q, i, previous) => (i === 0 || previous === undefined ? q : f(previous)), p), PLY_WITH);
}

/** A function of a pattern and the index of a repeat, as {@link plyForEach} takes. */
export type IndexedTransform<T> = { bivarianceHack(pat: Pattern<T>, index: number): Pattern<T> }['bivarianceHack'];

/**
 * Repeats each event `factor` times within its span, the `i`-th repeat made by `f(pattern, i)`
 * (the first repeat plays as it is).
 * @method
 * @example
 * "<0 [2 4]>".plyForEach(4, (p, n) => p.add(n * 2)).scale("C:minor").note()
 */
export function plyForEach<T>(factor: PatternArg<number>, f: IndexedTransform<T>): Transform<T>;
export function plyForEach<T>(factor: PatternArg<number>, f: IndexedTransform<T>, pat: Pattern<T>): Pattern<T>;
export function plyForEach<T>(factor: PatternArg<number>, f: IndexedTransform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => plyForEach(factor, f, p);
  return withArg(factor, pat, (n, p) => plyEach(n, (q, i) => (i === 0 ? q : f(q, i)), p), PLY_FOR_EACH);
}

/**
 * Squashes each event into the last part of its span, starting a fraction `amount` of the way in:
 * `pressBy(0.5)` is {@link press}.
 * @method
 * @example
 * stack(s("hh*4"), s("bd mt sd ht").pressBy("<0 0.5 0.25>")).slow(2)
 */
export const pressBy = curried(function pressBy<T>(amount: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(amount, pat, (r, p) => core.squeezeJoin(core.fmap((v: T) => core.compress(Rational.from(r), ONE, pure(v)), p)), PRESS_BY);
});

/**
 * Syncopates a rhythm by squashing each event into the second half of its span.
 * @method
 * @example
 * stack(s("hh*4"), s("bd mt sd ht").every(4, press)).slow(2)
 */
export function press<T>(pat: Pattern<T>): Pattern<T> {
  return pressBy(0.5, pat);
}

/** A function from a pattern to a pattern, compared bivariantly (see `Transform`). */
export type AppliedFunction<T, U> = { bivarianceHack(pat: Pattern<T>): Pattern<U> }['bivarianceHack'];

/**
 * Applies a function to the pattern: `pat.apply(f)` is `f(pat)`, handy in a chain.
 * @method
 * @example
 * n("0 2 4").apply(fast(2)).scale("C:minor")
 */
export function apply<T, U>(f: AppliedFunction<T, U>, pat: Pattern<T>): Pattern<U> {
  return f(pat);
}

/**
 * Keeps the haps that pass a test of the hap (its `value`, `whole`, `part`, tags, ...).
 * @method
 * @example
 * s("hh!7 oh").filter((hap) => hap.value.s === 'hh')
 */
export function filter<T>(test: (hap: Hap<T>) => boolean): Transform<T>;
export function filter<T>(test: (hap: Hap<T>) => boolean, pat: Pattern<T>): Pattern<T>;
export function filter<T>(test: (hap: Hap<T>) => boolean, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => filter(test, p);
  return core.filterHaps(test, pat);
}
