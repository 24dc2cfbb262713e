/**
 * Joins that restart the inner pattern at each outer event: {@link resetJoin} plays the inner
 * pattern from the start of the cycle the event begins in, {@link restartJoin} from cycle zero.
 * They give the `reset`/`restart` variants of the operators and `pickReset`/`pickRestart`.
 */
import { Hap, combineContexts } from './hap.ts';
import { Pattern } from './pattern.ts';
import * as core from './core.ts';
import type { Rational } from './rational.ts';

function triggerJoin<T>(pat: Pattern<Pattern<T>>, shift: (onset: Rational) => Rational): Pattern<T> {
  return new Pattern((state) => {
    const out: Hap<T>[] = [];
    for (const outer of pat.query(state)) {
      const onset = outer.wholeOrPart().begin;
      const inner = core.late(shift(onset), outer.value);
      for (const h of inner.query(state.setSpan(outer.part))) {
        const part = h.part.intersection(outer.part);
        if (part === undefined) continue;
        const whole = h.whole && outer.whole ? h.whole.sect(outer.whole) : h.whole;
        out.push(new Hap(whole, part, h.value, combineContexts(outer.context, h.context)));
      }
    }
    return out;
  });
}

/**
 * Flattens a pattern of patterns so that each inner pattern starts over, from the beginning of
 * the current cycle, at the onset of its outer event; wholes are cut to the outer event.
 * @example
 * note(resetJoin("0 ~ 12 7".fmap((v) => "48 50 52 53 55 57 59 60".add(v))))
 */
export function resetJoin<T>(pat: Pattern<Pattern<T>>): Pattern<T> {
  return triggerJoin(pat, (onset) => onset.cyclePos());
}

/**
 * Flattens a pattern of patterns so that each inner pattern starts over from cycle zero at the
 * onset of its outer event; wholes are cut to the outer event.
 * @example
 * note(restartJoin("<0 [12 7]>".fmap((v) => "<48 50 52 53>".add(v))))
 */
export function restartJoin<T>(pat: Pattern<Pattern<T>>): Pattern<T> {
  return triggerJoin(pat, (onset) => onset);
}
