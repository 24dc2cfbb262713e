/**
 * Compares weft's mini-notation with Strudel's (`@strudel/mini`, a black-box oracle): the events
 * of both over a number of cycles, each event's value together with its source locations.
 */
import * as strudelMini from '@strudel/mini';
import { compareEvents, normalizeStrudelHap, type OracleEvent } from '../oracle/strudel.ts';
import { mini } from '../../src/mini/index.ts';
import type { Hap } from '../../src/pattern/hap.ts';
import type { Pattern } from '../../src/pattern/pattern.ts';

interface Loc {
  start: number;
  end: number;
}

/** Strudel's events for `code`; its locations count the quote it wraps the string in, so are shifted back by one. */
export function strudelMiniEvents(code: string, cycles: number): OracleEvent[] {
  const pat = strudelMini.mini(code);
  return pat.queryArc(0, cycles).map((hap: { context: { locations?: Loc[] } }) => {
    const event = normalizeStrudelHap(hap);
    const locations = (hap.context.locations ?? []).map((l) => ({ start: l.start - 1, end: l.end - 1 }));
    return { ...event, value: { value: event.value, locations } };
  });
}

function fraction(r: { n: number; d: number }): string {
  return `${r.n}/${r.d}`;
}

/** Our events, in the same form. */
export function weftEvents(pat: Pattern<unknown>, cycles: number): OracleEvent[] {
  return pat.queryArc(0, cycles).map((hap: Hap<unknown>) => ({
    whole: hap.whole ? [fraction(hap.whole.begin), fraction(hap.whole.end)] : null,
    part: [fraction(hap.part.begin), fraction(hap.part.end)],
    value: { value: hap.value, locations: hap.context.locations.map((l) => ({ start: l.start, end: l.end })) },
  }));
}

/** Strudel's step count for `code` as "n/d", or "undefined". */
export function strudelSteps(code: string): string {
  const steps = strudelMini.mini(code)._steps;
  if (steps === undefined) return 'undefined';
  const text = String(steps.toFraction());
  return text.includes('/') ? text : `${text}/1`;
}

/** Our step count for `code` as "n/d", or "undefined". */
export function weftSteps(code: string): string {
  const steps = mini(code).steps;
  return steps === undefined ? 'undefined' : fraction(steps);
}

/** Null when weft and Strudel give the same events (values, locations, times) for `code`; else the first difference. */
export function compareMini(code: string, cycles = 8): string | null {
  return compareEvents(weftEvents(mini(code), cycles), strudelMiniEvents(code, cycles));
}
