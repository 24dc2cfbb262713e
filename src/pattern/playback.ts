/**
 * How a pattern is played rather than what it plays: its tempo in cycles per minute (`cpm`),
 * muting (`hush`), and hooks that Strudel runs as events are played (`log`, `logValues`,
 * `onTriggerTime`). weft's pattern layer has no trigger hooks yet, so the hooks give the pattern
 * unchanged: the events are the same as Strudel's, without the side effect.
 */
import * as core from './core.ts';
import { Pattern, silence } from './pattern.ts';
import { Rational } from './rational.ts';
import { patternify, type PatternArg } from './reify.ts';
import { boundedArg, checkSpeedUp, MAX_EVENTS_PER_CYCLE, writtenValue } from './limits.ts';
import type { Hap } from './hap.ts';

/** Strudel's default tempo, in cycles per second, when the query does not give one. */
const DEFAULT_CPS = 0.5;

function queryCps(controls: Readonly<Record<string, unknown>>): number {
  const cps = controls._cps;
  return typeof cps === 'number' && cps > 0 ? cps : DEFAULT_CPS;
}

// At Strudel's default 0.5 cycles per second, a speed-up of MAX_EVENTS_PER_CYCLE; the tempo is checked again when queried.
const CPM = boundedArg('cpm', 'a number of cycles per minute', MAX_EVENTS_PER_CYCLE * 30);

function cpmWith<T>(cyclesPerMinute: number, pat: Pattern<T>): Pattern<T> {
  return new Pattern((state) => {
    const factor = cyclesPerMinute / 60 / queryCps(state.controls);
    checkSpeedUp(`cpm(${writtenValue(cyclesPerMinute)}) at ${writtenValue(queryCps(state.controls))} cycles per second`, factor);
    return core.fast(Rational.from(factor), pat).query(state);
  }, pat.steps);
}

/**
 * Plays the pattern at a number of its cycles per minute, whatever the tempo: it is sped up by
 * `cpm / 60 / cps`, the tempo read from the query's `_cps` control (0.5 cycles per second when
 * absent). Strudel reads the tempo in effect when `cpm` is called; deprecated there for `setcpm`.
 * @method
 * @example
 * s("<bd sd>,hh*2").cpm(90)
 */
export function cpm<T>(cyclesPerMinute: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return patternify<number, T, T>(cpmWith, CPM)(cyclesPerMinute, pat);
}

/**
 * Silences a pattern: nothing plays. Handy to mute one layer of a stack.
 * @method
 * @example
 * stack(s("bd").hush(), s("hh*3"))
 */
export function hush<T>(pat?: Pattern<T>): Pattern<T> {
  void pat; // whatever it was, it is silenced
  return silence;
}

/**
 * Marks a pattern so that its events are written to the console as they play (Strudel); the
 * events are unchanged. weft does not log them yet.
 * @method
 * @example
 * s("bd sd").log()
 */
export function log<T>(pat: Pattern<T>): Pattern<T> {
  return pat;
}

/**
 * Like {@link log}, writing only the events' values; the events are unchanged. weft does not log
 * them yet.
 * @method
 * @example
 * s("bd sd").gain("0.25 0.5 1").n("2 1 0").logValues()
 */
export function logValues<T>(pat: Pattern<T>): Pattern<T> {
  return pat;
}

/**
 * Calls a function at the time each event plays (Strudel, with a browser timer); the events are
 * unchanged. weft does not call it yet.
 * @method
 * @example
 * s("bd!8").onTriggerTime((hap) => hap)
 */
export function onTriggerTime<T>(_callback: (hap: Hap<T>) => unknown, pat: Pattern<T>): Pattern<T> {
  return pat;
}
