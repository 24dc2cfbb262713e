/**
 * Oracle comparisons for the value, control and sampling tests: the same performer code run by
 * weft and by Strudel, or a pattern built with weft's typed API against Strudel code.
 */
import { expect } from 'vitest';
import type { Pattern } from '../../src/pattern/index.ts';
import { compareEvents, sortEvents, strudelEvents, type OracleEvent } from '../oracle/strudel.ts';
import { normalizeWeftHap, weftEvents } from '../conformance/weft.ts';

/** How many cycles each comparison covers. */
export const CYCLES = 8;

/** Strudel's events for `code`, which must not be empty (so that no comparison passes vacuously). */
export async function oracle(code: string, cycles = CYCLES): Promise<OracleEvent[]> {
  const events = await strudelEvents(code, cycles);
  expect(events.length, `Strudel gives events for ${code}`).toBeGreaterThan(0);
  return events;
}

/** Expects weft to give exactly Strudel's events for the same performer code. */
export async function expectSameAsStrudel(code: string, cycles = CYCLES): Promise<void> {
  const theirs = await oracle(code, cycles);
  expect(compareEvents(weftEvents(code, cycles), theirs), code).toBeNull();
}

/** The events of a weft pattern over `[0, cycles)`, in the oracle's form. */
export function eventsOf(pat: Pattern<unknown>, cycles = CYCLES): OracleEvent[] {
  return sortEvents(pat.queryArc(0, cycles).map(normalizeWeftHap));
}

/** Expects a pattern built with weft's API to give exactly Strudel's events for `code`. */
export async function expectPatternLike(pat: Pattern<unknown>, code: string, cycles = CYCLES): Promise<void> {
  const theirs = await oracle(code, cycles);
  expect(compareEvents(eventsOf(pat, cycles), theirs), code).toBeNull();
}
