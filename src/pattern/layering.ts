/**
 * Layering a pattern with transformed copies of itself: shifted (`off`), echoed (`echo`,
 * `echoWith`), spread across the stereo field (`jux`), or simply stacked (`superimpose`, `layer`).
 * Functions follow the curried convention described in transform.ts.
 *
 * `jux`, `echo` and `hurry` set the `pan`, `gain` and `speed` controls: they work on patterns of
 * control objects, and leave the other controls of each value as they are. Like Strudel's
 * `pat.gain(x)`, `echo` and `hurry` cut events at cycle boundaries.
 */
import * as core from './core.ts';
import { Pattern } from './pattern.ts';
import { Rational } from './rational.ts';
import { patternify2, withArg, type PatternArg } from './reify.ts';
import { stack } from './constructors.ts';
import { fast } from './time.ts';
import type { AnyTransform, ObjectTransform, Transform } from './transform.ts';
import { countArg, numberArg, speedArg, timeArg } from './limits.ts';
import { ownCopy } from './own-copy.ts';

const OFF = timeArg('off');
// As many copies as events a cycle; none (0) is silence.
const copies = (name: string) => countArg(name, { min: 0, noun: 'copies' });
const ECHO_WITH = copies('echoWith');
const ECHO_WITH_TIME = timeArg('echoWith');
const JUX_BY = numberArg('juxBy', 'an amount');
const HURRY = speedArg('hurry');

/**
 * A copy of a control object with one control changed. A value that is not an object (from
 * untyped performer code) becomes `{ value }` first, as in Strudel.
 */
function withControl<T extends object>(value: T, name: string, x: number): T {
  const controls = typeof value === 'object' && value !== null ? ownCopy(value) : { value };
  controls[name] = x;
  return controls as T;
}

/** A control's number in a control object, or `fallback` when it has none. */
function control(value: object, name: string, fallback: number): number {
  const x: unknown = (value as Record<string, unknown>)[name];
  return typeof x === 'number' ? x : fallback;
}

/**
 * Plays the pattern together with a copy shifted later by `time` and transformed by `f`.
 * @method
 * @example
 * note("c3 eb3 g3").off(1/8, (x) => x.add(7))
 */
export function off(time: PatternArg<number>, f: AnyTransform): AnyTransform;
export function off<T>(time: PatternArg<number>, f: Transform<T>): Transform<T>;
export function off<T>(time: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function off<T>(time: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => off(time, f, p);
  return withArg(time, pat, (t, p) => stack(p, f(core.late(Rational.from(t), p))), OFF);
}

function splitLast<T>(args: readonly (Transform<T> | Pattern<T>)[]): [Transform<T>[], Pattern<T> | undefined] {
  const last = args[args.length - 1];
  if (last instanceof Pattern) return [args.slice(0, -1) as Transform<T>[], last];
  return [args as Transform<T>[], undefined];
}

/**
 * Plays the pattern together with copies of it transformed by each function.
 * @example
 * note("c3 eb3 g3").superimpose((x) => x.add(2), (x) => x.add(7))
 */
export function superimpose(...fs: AnyTransform[]): AnyTransform;
export function superimpose<T>(...args: [...fs: Transform<T>[], pat: Pattern<T>]): Pattern<T>;
export function superimpose<T>(...args: (Transform<T> | Pattern<T>)[]): Pattern<T> | Transform<T> {
  const [fs, pat] = splitLast(args);
  if (pat === undefined) return (p) => superimpose<T>(...fs, p);
  return stack(pat, ...fs.map((f) => f(pat)));
}

/**
 * Plays copies of the pattern transformed by each function (without the original).
 * @example
 * note("c3 eb3 g3").layer(rev, (x) => x.add(7))
 */
export function layer(...fs: AnyTransform[]): AnyTransform;
export function layer<T>(...args: [...fs: Transform<T>[], pat: Pattern<T>]): Pattern<T>;
export function layer<T>(...args: (Transform<T> | Pattern<T>)[]): Pattern<T> | Transform<T> {
  const [fs, pat] = splitLast(args);
  if (pat === undefined) return (p) => layer<T>(...fs, p);
  return stack(...fs.map((f) => f(pat)));
}

/** A function of a pattern and the number of its copy (0 for the first), for {@link echoWith}. */
// A method signature, so that Pattern<T> stays covariant (see Transform in transform.ts).
export type EchoTransform<T> = { bivarianceHack(pat: Pattern<T>, i: number): Pattern<T> }['bivarianceHack'];

/** `times` copies of the pattern, the i-th `time * i` cycles later and transformed by `f(_, i)`. */
function echoLayers<T>(times: number, time: number, f: EchoTransform<T>, pat: Pattern<T>): Pattern<T> {
  const n = Math.max(0, Math.floor(times));
  return stack(...Array.from({ length: n }, (_, i) => f(core.late(Rational.from(time * i), pat), i)));
}

/**
 * Plays `times` copies of the pattern, each `time` cycles later than the one before; every
 * copy (the first too) is transformed by `f`, which also gets the copy's number (0, 1, ...).
 * @method
 * @example
 * n("<0 [2 4]>").echoWith(4, 1/8, (p, i) => p.add(i * 2)).scale("C:minor")
 */
export function echoWith(times: PatternArg<number>, time: PatternArg<number>, f: AnyTransform): AnyTransform;
export function echoWith<T>(times: PatternArg<number>, time: PatternArg<number>, f: EchoTransform<T>): Transform<T>;
export function echoWith<T>(times: PatternArg<number>, time: PatternArg<number>, f: EchoTransform<T>, pat: Pattern<T>): Pattern<T>;
export function echoWith<T>(
  times: PatternArg<number>,
  time: PatternArg<number>,
  f: EchoTransform<T>,
  pat?: Pattern<T>,
): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => echoWith(times, time, f, p);
  return patternify2((n: number, t: number, p: Pattern<T>) => echoLayers(n, t, f, p), ECHO_WITH, ECHO_WITH_TIME)(times, time, pat);
}

/**
 * The same as {@link echoWith}.
 * @method
 * @example
 * note("c3 e3").stutWith(3, 1/8, (p, i) => p.add(i * 12))
 */
export const stutWith: typeof echoWith = echoWith;

/**
 * Plays `times` copies of the pattern (0 to 10,000), each `time` cycles later than the one before,
 * the i-th with its `gain` set to `feedback` to the power i.
 * @method
 * @example
 * s("bd sd").echo(3, 0.2, 0.5)
 */
export function echo(times: PatternArg<number>, time: PatternArg<number>, feedback: PatternArg<number>): ObjectTransform;
export function echo<T extends object>(times: PatternArg<number>, time: PatternArg<number>, feedback: PatternArg<number>, pat: Pattern<T>): Pattern<T>;
export function echo<T extends object>(
  times: PatternArg<number>,
  time: PatternArg<number>,
  feedback: PatternArg<number>,
  pat?: Pattern<T>,
): Pattern<T> | ObjectTransform {
  if (pat === undefined) return (p) => echo(times, time, feedback, p);
  return echoNamed('echo', times, time, feedback, pat);
}

function echoNamed<T extends object>(
  name: string,
  times: PatternArg<number>,
  time: PatternArg<number>,
  feedback: PatternArg<number>,
  pat: Pattern<T>,
): Pattern<T> {
  const feedbackCheck = numberArg(name, 'a feedback amount');
  const echoes = (n: number, t: number, p: Pattern<T>) =>
    withArg(
      feedback,
      p,
      (fb, q) => core.splitQueries(echoLayers(n, t, (x, i) => core.fmap((v) => withControl(v, 'gain', fb ** i), x), q)),
      feedbackCheck,
    );
  return patternify2(echoes, copies(name), timeArg(name))(times, time, pat);
}

/**
 * Like {@link echo}, with the arguments in Tidal's older order: `times`, `feedback`, `time`.
 * @method
 * @example
 * s("bd sd").stut(3, 0.5, 1/8)
 */
export function stut(times: PatternArg<number>, feedback: PatternArg<number>, time: PatternArg<number>): ObjectTransform;
export function stut<T extends object>(times: PatternArg<number>, feedback: PatternArg<number>, time: PatternArg<number>, pat: Pattern<T>): Pattern<T>;
export function stut<T extends object>(
  times: PatternArg<number>,
  feedback: PatternArg<number>,
  time: PatternArg<number>,
  pat?: Pattern<T>,
): Pattern<T> | ObjectTransform {
  if (pat === undefined) return (p) => stut(times, feedback, time, p);
  return echoNamed('stut', times, time, feedback, pat);
}

/**
 * Plays the pattern panned left and a copy transformed by `f` panned right, `by` apart
 * (1: hard left and right) around each value's pan (0.5 when it has none).
 * @method
 * @example
 * s("bd lt [~ ht] mt").juxBy(0.5, rev)
 */
export function juxBy(by: PatternArg<number>, f: ObjectTransform): ObjectTransform;
export function juxBy<T extends object>(by: PatternArg<number>, f: Transform<T>): Transform<T>;
export function juxBy<T extends object>(by: PatternArg<number>, f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function juxBy<T extends object>(by: PatternArg<number>, f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => juxBy(by, f, p);
  return withArg(
    by,
    pat,
    (by, p) => {
      const left = core.fmap((v: T) => withControl(v, 'pan', control(v, 'pan', 0.5) - by / 2), p);
      const right = core.fmap((v: T) => withControl(v, 'pan', control(v, 'pan', 0.5) + by / 2), p);
      return stack(left, f(right));
    },
    JUX_BY,
  );
}

/**
 * Plays the pattern hard left and a copy transformed by `f` hard right (`juxBy(1, f)`).
 * @method
 * @example
 * s("bd lt [~ ht] mt").jux(rev)
 */
export function jux(f: ObjectTransform): ObjectTransform;
export function jux<T extends object>(f: Transform<T>): Transform<T>;
export function jux<T extends object>(f: Transform<T>, pat: Pattern<T>): Pattern<T>;
export function jux<T extends object>(f: Transform<T>, pat?: Pattern<T>): Pattern<T> | Transform<T> {
  if (pat === undefined) return (p) => juxBy(1, f, p);
  return juxBy(1, f, pat);
}

/**
 * Speeds the pattern up and raises its sample `speed` by the same factor.
 * @method
 * @example
 * s("bd sd [~ bd] sd").hurry("<1 2 4>")
 */
export function hurry(factor: PatternArg<number>): ObjectTransform;
export function hurry<T extends object>(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T>;
export function hurry<T extends object>(factor: PatternArg<number>, pat?: Pattern<T>): Pattern<T> | ObjectTransform {
  if (pat === undefined) return (p) => hurry(factor, p);
  return withArg(
    factor,
    pat,
    (r, p) => core.splitQueries(core.fmap((v: T) => withControl(v, 'speed', control(v, 'speed', 1) * r), fast(r, p))),
    HURRY,
  );
}
