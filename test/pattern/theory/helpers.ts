/**
 * Test helpers for the music-theory tests: weft's events in the oracle's normalized form, and
 * patterns built without mini-notation (so the tests do not depend on the parser).
 */
import { expect } from 'vitest';
import '../../../src/pattern/surface/index.ts'; // the pattern methods (pat.fmap(f), ...), which the modules imported here do not load
import type { Hap } from '../../../src/pattern/hap.ts';
import { Pattern } from '../../../src/pattern/pattern.ts';
import * as constructors from '../../../src/pattern/constructors.ts';
import { compareEvents, sortEvents, strudelEvents, type OracleEvent } from '../../oracle/strudel.ts';

function plain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = plain(item);
  return out;
}

/** weft's haps over cycles `[0, cycles)`, normalized as the oracle normalizes Strudel's. */
export function weftEvents(pat: Pattern<unknown>, cycles: number): OracleEvent[] {
  return sortEvents(
    pat.queryArc(0, cycles).map((hap: Hap<unknown>) => ({
      whole: hap.whole ? [hap.whole.begin.toString(), hap.whole.end.toString()] : null,
      part: [hap.part.begin.toString(), hap.part.end.toString()],
      value: plain(hap.value),
    })),
  );
}

/** Asserts that weft's pattern gives the same events as Strudel's code over `cycles` cycles. */
export async function expectSameAsStrudel(pat: Pattern<unknown>, code: string, cycles = 8): Promise<void> {
  const expected = await strudelEvents(code, cycles);
  expect(expected.length, `Strudel gave no events for ${code}`).toBeGreaterThan(0);
  const difference = compareEvents(weftEvents(pat, cycles), expected);
  expect(difference, `${code}\n${difference ?? ''}`).toBeNull();
}

/** `n` controls from plain values, like Strudel's `n(...)`. */
export function nControls<T>(pat: Pattern<T>): Pattern<{ n: T }> {
  return pat.fmap((n) => ({ n }));
}

/** `note` controls from plain values, like Strudel's `note(...)`. */
export function noteControls<T>(pat: Pattern<T>): Pattern<{ note: T }> {
  return pat.fmap((note) => ({ note }));
}

/** A plain value as a steady pattern; strings are NOT read as mini-notation. */
export const pure = constructors.pure;

function literal<T>(item: T | Pattern<T>): Pattern<T> {
  return item instanceof Pattern ? item : constructors.pure(item);
}

/** One item per cycle (Strudel's `cat`), strings taken literally rather than as mini-notation. */
export function cat<T>(...items: (T | Pattern<T>)[]): Pattern<T> {
  return constructors.cat(...items.map(literal));
}

/** The items squeezed into one cycle (Strudel's `seq`), strings taken literally. */
export function sequence<T>(...items: (T | Pattern<T>)[]): Pattern<T> {
  return constructors.sequence(...items.map(literal));
}

/** The items played together, strings taken literally. */
export function stack<T>(...items: (T | Pattern<T>)[]): Pattern<T> {
  return constructors.stack(...items.map(literal));
}
