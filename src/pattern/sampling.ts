/**
 * Sample slicing: cutting each sound into parts (`chop`, `striate`), playing chosen slices
 * (`slice`, `splice`) and fitting samples to time (`loopAt`, `fit`). They set the `begin`,
 * `end`, `speed` and `unit` controls with Strudel's values.
 */
import * as core from './core.ts';
import { sequence, pure } from './constructors.ts';
import type { Controls } from '../controls/index.ts';
import { combineWith } from './ops.ts';
import { liftToObjects, VALUE_OPS } from './ops-values.ts';
import { ownCopy } from './own-copy.ts';
import { Pattern, silence } from './pattern.ts';
import { checkedArg, patternify2, withArg, type PatternArg } from './reify.ts';
import { countArg, numberArg, slowArg } from './limits.ts';
import { fast, slow } from './time.ts';

// Counts of pieces: 0 pieces is silence, fewer is meaningless.
const CHOP = countArg('chop', { min: 0, noun: 'pieces of each event' });
const STRIATE = countArg('striate', { min: 0, noun: 'parts of each sample' });
const SLICES = (name: string) => countArg(name, { min: 1, max: Number.MAX_SAFE_INTEGER, noun: 'slices' });
const SLICE_INDEX = (name: string) => numberArg(name, 'a slice number');
// loopAt(0) slows the pattern by 0: silence, as slow(0) is.
const LOOP_AT = slowArg('loopAt', { noun: 'loops a cycle' });
const LOOP_AT_CPS = slowArg('loopAtCps', { noun: 'loops a cycle' });
const CPS = numberArg('loopAtCps', 'a tempo in cycles per second');

/** A transformation of control patterns, as returned by the curried forms (`chop(4)`). */
export type ControlTransform = (pat: Pattern<Controls>) => Pattern<Controls>;

const setValues = liftToObjects(VALUE_OPS.set);

/** Sets fixed controls on every event, structure from `pat` (Strudel's `pat.set(...)`). */
function setAll(values: Controls | ((state: Readonly<Record<string, unknown>>) => Controls), pat: Pattern<Controls>): Pattern<Controls> {
  const right =
    typeof values === 'function' ? new Pattern((state) => pure(values(state.controls)).query(state)) : pure(values);
  return combineWith('in', setValues, pat, right) as Pattern<Controls>;
}

function chopEvent(v: Controls, n: number): Pattern<Controls> {
  const count = Math.floor(n);
  if (!(count > 0)) return silence;
  const b = Number(v.begin ?? 0);
  const e = Number(v.end ?? 1);
  const pieces: Pattern<Controls>[] = [];
  for (let i = 0; i < count; i++) {
    const piece = ownCopy(v);
    piece.begin = b + ((e - b) * i) / n;
    piece.end = b + ((e - b) * (i + 1)) / n;
    pieces.push(pure(piece as Controls));
  }
  return sequence(...pieces);
}

/**
 * Cuts each event into `n` equal parts, each playing the matching part of the sample (between
 * the event's `begin` and `end`). Zero parts is silence; a negative count is an error.
 * @method
 * @example
 * s("breaks165").chop(8).rev()
 */
export function chop(n: PatternArg<number>, pat: Pattern<Controls>): Pattern<Controls>;
export function chop(n: PatternArg<number>): ControlTransform;
export function chop(n: PatternArg<number>, pat?: Pattern<Controls>): Pattern<Controls> | ControlTransform {
  const run = (p: Pattern<Controls>) =>
    withArg(n, p, (n, q) => core.squeezeJoin(core.fmapBuilding((v: Controls) => chopEvent(v, n), n, q)), CHOP);
  return pat === undefined ? run : run(pat);
}

/**
 * Plays the pattern `n` times faster, the i-th of every `n` steps with the i-th of `n` parts of
 * each sample, so the samples are heard interlaced (as Strudel does: the pattern is sped up, not
 * repeated, so `"<a b>".striate(2)` plays a part of `a`, then of `b`).
 * @method
 * @example
 * s("numbers:0 numbers:1 numbers:2").striate(6).slow(3)
 */
export function striate(n: PatternArg<number>, pat: Pattern<Controls>): Pattern<Controls>;
export function striate(n: PatternArg<number>): ControlTransform;
export function striate(n: PatternArg<number>, pat?: Pattern<Controls>): Pattern<Controls> | ControlTransform {
  const run = (p: Pattern<Controls>) =>
    withArg(
      n,
      p,
      (n, q) => {
        const count = Math.max(0, Math.floor(n));
        const parts = Array.from({ length: count }, (_, i) => pure<Controls>({ begin: i / n, end: (i + 1) / n }));
        return combineWith('in', setValues, fast(n, q), sequence(...parts)) as Pattern<Controls>;
      },
      STRIATE,
    );
  return pat === undefined ? run : run(pat);
}

/** How `slice` divides a sample: into `n` equal slices, or at the given points (0 to 1). */
export type Slices = PatternArg<number> | readonly number[];

function sliceControls(n: number | readonly number[], i: number): Controls {
  if (typeof n === 'number') return { begin: i / n, end: (i + 1) / n, _slices: n };
  return { begin: n[i], end: n[i + 1], _slices: n };
}

function sliced(name: string, n: Slices, index: PatternArg<number>, pat: Pattern<Controls>): Pattern<Controls> {
  const indices = checkedArg(index, SLICE_INDEX(name));
  const slices = Array.isArray(n)
    ? core.fmap((i: number) => sliceControls(n as readonly number[], i), indices)
    : core.appLeft((i: number, k: number) => sliceControls(k, i), indices, checkedArg(n as PatternArg<number>, SLICES(name)));
  return combineWith('in', setValues, slices, pat) as Pattern<Controls>;
}

/**
 * Plays slices of each sample: the sample is cut into `n` equal slices (or at a list of points
 * from 0 to 1) and the index pattern chooses which slice plays, and when.
 * @method
 * @example
 * s("breaks165").slice(8, "0 1 <2 2*2> 3 [4 0] 5 6 7")
 */
export function slice(n: Slices, index: PatternArg<number>, pat: Pattern<Controls>): Pattern<Controls>;
export function slice(n: Slices, index: PatternArg<number>): ControlTransform;
export function slice(n: Slices, index: PatternArg<number>, pat?: Pattern<Controls>): Pattern<Controls> | ControlTransform {
  return pat === undefined ? (p: Pattern<Controls>) => sliced('slice', n, index, p) : sliced('slice', n, index, pat);
}

function spliced(n: Slices, index: PatternArg<number>, pat: Pattern<Controls>): Pattern<Controls> {
  const p = sliced('splice', n, index, pat);
  return new Pattern(
    (state) =>
      p.query(state).map((h) => {
        const perSlice = 1 / Number(h.value._slices);
        return h.withValue((v): Controls => ({ speed: perSlice / h.duration().valueOf(), unit: 'c', ...v }));
      }),
    p.steps,
  );
}

/**
 * Like {@link slice}, but sets `speed` (with `unit` "c") so that each slice fills its event:
 * the slices keep the tempo whatever their length. A `speed` or `unit` already on the pattern
 * wins, as in Strudel.
 * @method
 * @example
 * s("breaks165").splice(8, "0 1 [2 3 0]@2 3 0@2 7")
 */
export function splice(n: Slices, index: PatternArg<number>, pat: Pattern<Controls>): Pattern<Controls>;
export function splice(n: Slices, index: PatternArg<number>): ControlTransform;
export function splice(n: Slices, index: PatternArg<number>, pat?: Pattern<Controls>): Pattern<Controls> | ControlTransform {
  return pat === undefined ? (p: Pattern<Controls>) => spliced(n, index, p) : spliced(n, index, pat);
}

/**
 * Sets `speed` (with `unit` "c") so that each sample lasts `factor` cycles, and slows the
 * pattern by `factor`. As in Tidal, the speed is `1 / factor`: weft's engine stretches a `unit`
 * "c" sample at each event's own tempo. (Strudel writes `cps / factor`, counting the tempo twice
 * with an engine that honours `unit`; see test/conformance/differences.ts.)
 * @method
 * @example
 * s("breaks165").loopAt(2).chop(8)
 */
export function loopAt(factor: PatternArg<number>, pat: Pattern<Controls>): Pattern<Controls>;
export function loopAt(factor: PatternArg<number>): ControlTransform;
export function loopAt(factor: PatternArg<number>, pat?: Pattern<Controls>): Pattern<Controls> | ControlTransform {
  const run = (p: Pattern<Controls>) =>
    withArg(factor, p, (f, q) => (f === 0 ? silence : slow(f, setAll({ speed: 1 / f, unit: 'c' }, q))), LOOP_AT);
  return pat === undefined ? run : run(pat);
}

const loopAtCpsWith = patternify2(
  (factor: number, _cps: number, pat: Pattern<Controls>) => (factor === 0 ? silence : slow(factor, setAll({ speed: 1 / factor, unit: 'c' }, pat))),
  LOOP_AT_CPS,
  CPS,
);

/**
 * Like {@link loopAt}; Strudel's form with the tempo given. weft's engine stretches the sample at
 * each event's own tempo, so the `cps` argument changes nothing.
 * @method
 * @example
 * s("breaks165").loopAtCps(2, 0.75).cps(0.75)
 */
export function loopAtCps(factor: PatternArg<number>, cps: PatternArg<number>, pat: Pattern<Controls>): Pattern<Controls>;
export function loopAtCps(factor: PatternArg<number>, cps: PatternArg<number>): ControlTransform;
export function loopAtCps(
  factor: PatternArg<number>,
  cps: PatternArg<number>,
  pat?: Pattern<Controls>,
): Pattern<Controls> | ControlTransform {
  return pat === undefined ? (p: Pattern<Controls>) => loopAtCpsWith(factor, cps, p) : loopAtCpsWith(factor, cps, pat);
}

/**
 * Sets `speed` (with `unit` "c") so that each sample, between its `begin` and `end`, fills its
 * event.
 * @method
 * @example
 * s("breaks165/2").fit()
 */
export function fit(pat: Pattern<Controls>): Pattern<Controls> {
  return new Pattern(
    (state) =>
      pat.query(state).map((h) =>
        h.withValue((v): Controls => {
          const length = Number(v.end ?? 1) - Number(v.begin ?? 0);
          return { ...v, speed: length / h.duration().valueOf(), unit: 'c' };
        }),
      ),
    pat.steps,
  );
}
