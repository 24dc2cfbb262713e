/**
 * Runs the same pattern-building code against weft and against Strudel (the black-box oracle),
 * so that a test writes its input once: `build(L)` gets either weft's pattern module or
 * `@strudel/core`, which share the DSL's names (`sequence`, `cat`, `fast`, `every`, ...).
 */
import * as strudelCore from '@strudel/core';
import * as strudelMini from '@strudel/mini';
import { expect } from 'vitest';
import { mini } from '../../src/mini/index.ts';
import * as weftPattern from '../../src/pattern/index.ts';
import { compareEvents, normalizeStrudelHap, sortEvents, type OracleEvent } from '../oracle/strudel.ts';

/**
 * The library handed to a builder: weft's pattern layer and its mini-notation parser `mini`
 * (Strudel's core and `@strudel/mini` have the same names). Strings given to Strudel's functions
 * directly are not read as mini-notation (only its transpiler does that), so builders write
 * `L.mini("x ~ x")` where performer code would write `"x ~ x"`.
 */
export type Lib = typeof weftPattern & { mini: typeof mini };

const weft: Lib = { ...weftPattern, mini };
// Strudel's modules are untyped (`any`): the one place they are treated as weft's type.
const strudel: Lib = { ...strudelCore, mini: strudelMini.mini };

/** Weft's haps over `[begin, end)` in the oracle's normalized form. */
export function weftEvents(pat: weftPattern.Pattern<unknown>, begin: number, end: number): OracleEvent[] {
  return sortEvents(
    pat.queryArc(begin, end).map((h) => ({
      whole: h.whole ? [h.whole.begin.toString(), h.whole.end.toString()] : null,
      part: [h.part.begin.toString(), h.part.end.toString()],
      value: JSON.parse(JSON.stringify(h.value ?? null)) as unknown,
    })),
  );
}

/** Strudel's haps over `[begin, end)`, normalized. */
export function strudelEventsOf(pat: unknown, begin: number, end: number): OracleEvent[] {
  const haps: unknown[] = (pat as { queryArc: (b: number, e: number) => unknown[] }).queryArc(begin, end);
  return sortEvents(haps.map(normalizeStrudelHap));
}

/** Options for {@link differenceFromStrudel}. */
export interface CompareOptions {
  /** Cycles compared from 0 (at least 8 by default). */
  cycles?: number;
  /** Also compare two negative cycles (default true; see the report on every's negative cycles). */
  negative?: boolean;
  /** Accept a comparison in which Strudel gives no events at all (default false). */
  allowEmpty?: boolean;
}

/** The spans compared: cycles `[0, cycles)`, an off-grid span, and (optionally) two negative cycles. */
function spans(cycles: number, negative: boolean): [number, number][] {
  const out: [number, number][] = [
    [0, cycles],
    [1 / 3, cycles / 2 + 1 / 7],
  ];
  if (negative) out.push([-2, 0]);
  return out;
}

/**
 * Builds the pattern with weft and with Strudel and compares their events over several spans.
 * Returns `null` when they agree, else the first difference. Fails (returns a message) when
 * Strudel gives no events at all, so a test cannot pass vacuously, unless `allowEmpty` is set.
 */
export function differenceFromStrudel(build: (L: Lib) => weftPattern.Pattern<unknown>, options: CompareOptions = {}): string | null {
  const { cycles = 8, negative = true, allowEmpty = false } = options;
  const ours = build(weft);
  const theirs = build(strudel);
  let total = 0;
  for (const [b, e] of spans(cycles, negative)) {
    const expected = strudelEventsOf(theirs, b, e);
    total += expected.length;
    const diff = compareEvents(weftEvents(ours, b, e), expected);
    if (diff !== null) return `over [${b}, ${e}): ${diff}`;
  }
  if (total === 0 && !allowEmpty) return 'Strudel gave no events: the comparison would prove nothing';
  return null;
}

/** The step count of a pattern built on both sides, as `"n/d"` or `undefined`. */
export function stepsOnBothSides(build: (L: Lib) => weftPattern.Pattern<unknown>): [string | undefined, string | undefined] {
  const ours = build(weft).steps;
  const theirs: unknown = (build(strudel) as unknown as { _steps?: { toFraction(): string } })._steps;
  const fraction = (x: unknown): string | undefined => {
    if (x === undefined || x === null) return undefined;
    const text = String((x as { toFraction(): string }).toFraction());
    return text.includes('/') ? text : `${text}/1`;
  };
  return [ours?.toString(), fraction(theirs)];
}

/** Asserts that weft and Strudel give the same events for the pattern built by `build`. */
export function expectLikeStrudel(build: (L: Lib) => weftPattern.Pattern<unknown>, options: CompareOptions = {}): void {
  expect(differenceFromStrudel(build, options)).toBeNull();
}

/** Asserts that weft and Strudel agree on the step count of the pattern built by `build`. */
export function expectStepsLikeStrudel(build: (L: Lib) => weftPattern.Pattern<unknown>): void {
  const [ours, theirs] = stepsOnBothSides(build);
  expect(ours).toBe(theirs);
}
