/**
 * Rearranging whole cycles: repeating them (`repeatCycles`), reversing their order (`revv`),
 * starting a pattern over at the events of another (`reset`, `restart`, `timeline`), placing
 * patterns on a looping timeline (`seqPLoop`), and keeping events by when they begin
 * (`filterWhen`).
 */
import { curried } from './curry.ts';
import * as core from './core.ts';
import { Hap, combineContexts } from './hap.ts';
import { Pattern } from './pattern.ts';
import { Rational, ZERO } from './rational.ts';
import { reify, withArg, type PatternArg } from './reify.ts';
import { checkSpeedUp, positiveArg, readableCount, timeArg } from './limits.ts';
import { resetJoin, restartJoin } from './reset-join.ts';
import { stack } from './constructors.ts';
import { Span } from './span.ts';
import type { Truthy } from './conditional.ts';

export { repeatCyclesPlain } from './primitives.ts';

const REPEAT_CYCLES = positiveArg('repeatCycles', 'a count of repeats');
const SEQ_P_LOOP = timeArg('seqPLoop');

/**
 * Repeats each cycle of a pattern `n` times before moving on to the next.
 * @method
 * @example
 * note(irand(12).add(34)).segment(4).repeatCycles(2).s("gm_acoustic_guitar_nylon")
 */
export const repeatCycles = curried(function repeatCycles<T>(n: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return withArg(n, pat, core.repeatCyclesPlain, REPEAT_CYCLES).withSteps(pat.steps);
});

/**
 * Reverses a whole pattern in time, so that the order of cycles is reversed too (`rev` reverses
 * each cycle on its own).
 * @method
 * @example
 * note("<[c d] [e g]>").revv()
 */
export function revv<T>(pat: Pattern<T>): Pattern<T> {
  const mirror = (s: Span) => new Span(s.end.neg(), s.begin.neg());
  return new Pattern((state) =>
    pat.query(state.withSpan(mirror)).map((h) => new Hap(h.whole && mirror(h.whole), mirror(h.part), h.value, h.context)),
  );
}

const when = <T>(on: PatternArg<Truthy>, pat: Pattern<T>): Pattern<Pattern<T>> =>
  core.fmap(() => pat, core.filterValues((b: Truthy) => Boolean(b), reify(on)));

/**
 * Starts the current cycle of a pattern over at each onset of a trigger pattern (each true
 * value; false values and rests do not trigger).
 * @method
 * @example
 * s("[<bd lt> sd]*2, hh*8").reset("<x@3 x(5,8)>")
 */
export const reset = curried(function reset<T>(on: PatternArg<Truthy>, pat: Pattern<T>): Pattern<T> {
  return resetJoin(when(on, pat));
});

/**
 * Starts a pattern over from cycle zero at each onset of a trigger pattern.
 * @method
 * @example
 * s("[<bd lt> sd]*2, hh*8").restart("<x@3 x(5,8)>")
 */
export const restart = curried(function restart<T>(on: PatternArg<Truthy>, pat: Pattern<T>): Pattern<T> {
  return restartJoin(when(on, pat));
});

/**
 * Plays a pattern from its cycle zero from the start of each event of a timeline pattern: a
 * timeline that changes (`"<2 -2>".slow(2)`) cues the pattern up again. Unlike
 * {@link restart}, events that run past the end of a timeline event are not cut short.
 * @method
 * @example
 * n("<0 1 2 3>(3,8)").sound("num").timeline("<2 -2>".slow(2))
 */
export const timeline = curried(function timeline<T>(line: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  const events = reify(line);
  return new Pattern((state) => {
    const out: Hap<T>[] = [];
    for (const outer of events.query(state)) {
      const shifted = core.late(outer.wholeOrPart().begin, pat);
      for (const h of shifted.query(state.setSpan(outer.part))) {
        const part = h.part.intersection(outer.part);
        if (part !== undefined) out.push(new Hap(h.whole, part, h.value, combineContexts(outer.context, h.context)));
      }
    }
    return out;
  }, pat.steps);
});

/** A part of a {@link seqPLoop}: `[begin, end, pattern]`, in cycles. */
export type TimedPattern<T> = readonly [number, number, PatternArg<T>];

/**
 * Plays patterns between given cycles (each `[begin, end, pattern]`, overlapping allowed) and
 * loops the whole from cycle zero to the latest end.
 * @example
 * seqPLoop([0, 2, "bd(3,8)"], [1, 3, "cp(3,8)"]).sound()
 */
export function seqPLoop<T>(...parts: TimedPattern<T>[]): Pattern<T> {
  if (parts.length === 0) return new Pattern<T>(() => []);
  const windows = parts.map(([b, e, p]) => window(Rational.from(SEQ_P_LOOP(b)), Rational.from(SEQ_P_LOOP(e)), reify(p)));
  const length = parts.reduce((max, [, e]) => max.max(Rational.from(e)), ZERO);
  const all = stack(...windows);
  if (length.lte(ZERO)) return new Pattern<T>(() => []);
  checkSpeedUp(`seqPLoop looping every ${readableCount(length.valueOf())} cycles`, 1 / length.valueOf());
  return new Pattern((state) => {
    const out: Hap<T>[] = [];
    let b = state.span.begin;
    const end = state.span.end;
    state.budget?.charge(Math.ceil(state.span.duration().valueOf() / length.valueOf()));
    do {
      const loop = b.div(length).floor().mul(length);
      const e = end.min(loop.add(length));
      const shift = (t: Rational) => t.add(loop);
      for (const h of all.query(state.setSpan(new Span(b.sub(loop), e.sub(loop))))) out.push(h.withSpan((s) => s.withTime(shift)));
      b = e;
    } while (b.lt(end));
    return out;
  });
}

/** The fragments of `pat`'s events that fall within `[begin, end)`. */
function window<T>(begin: Rational, end: Rational, pat: Pattern<T>): Pattern<T> {
  const span = new Span(begin, end);
  return new Pattern((state) => {
    const query = state.span.intersection(span);
    if (query === undefined || (query.begin.eq(query.end) && !state.span.begin.eq(state.span.end))) return [];
    const out: Hap<T>[] = [];
    for (const h of pat.query(state.setSpan(query))) {
      const part = h.part.intersection(span);
      if (part !== undefined) out.push(new Hap(h.whole, part, h.value, h.context));
    }
    return out;
  });
}

/**
 * Keeps the events whose begin time (in cycles) passes a test.
 * @method
 * @example
 * s("bd*4").filterWhen((t) => t < 1)
 */
export const filterWhen = curried(function filterWhen<T>(test: (begin: number) => boolean, pat: Pattern<T>): Pattern<T> {
  return core.filterHaps((h) => test(h.wholeOrPart().begin.valueOf()), pat);
});
