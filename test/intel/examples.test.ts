/**
 * Every `@example` in the DSL's TSDoc is real performer code: it evaluates, gives events in
 * 4 cycles and renders without error; where Strudel has the same function, its events are
 * Strudel's. Exceptions are listed, with reasons, in example-exceptions.ts.
 */
import { describe, expect, it } from 'vitest';
import { bounce } from '../../src/app/bounce.ts';
import { evaluate } from '../../src/eval/index.ts';
import type { DocEntry } from '../../src/intel/reference-data.ts';
import { compareEvents, strudelRun } from '../oracle/strudel.ts';
import { weftRun } from '../conformance/weft.ts';
import { oracleDifferences, silentExamples, withoutExample } from './example-exceptions.ts';
import { generated } from './helpers.ts';

const CYCLES = 4;
const entries: readonly DocEntry[] = generated().reference.entries;
const examples = entries.flatMap((entry) => entry.examples.map((code, i) => ({ id: `${entry.name}#${i}`, name: entry.name, code })));

// The oracle installs Strudel's functions as globals once its scope is loaded.
await strudelRun('s("bd")', 1);
const strudelHas = (name: string): boolean => name in globalThis && !['setcps', 'setcpm', 'samples'].includes(name);

describe('DSL docs', () => {
  it('give every DSL function and control an @example, except the listed plumbing', () => {
    const missing = entries.filter((e) => e.examples.length === 0).map((e) => e.name);
    expect(missing.filter((name) => withoutExample[name] === undefined)).toEqual([]);
    expect(Object.keys(withoutExample).filter((name) => !missing.includes(name))).toEqual([]);
  });
});

describe('DSL examples', () => {
  it.each(examples.filter((e) => e.name !== 'samples'))('$id evaluates, gives events in 4 cycles and renders', ({ id, code }) => {
    const { pattern } = evaluate(code);
    const onsets = pattern.queryArc(0, CYCLES).filter((hap) => hap.hasOnset());
    if (silentExamples[id] === undefined) expect(onsets.length, code).toBeGreaterThan(0);
    else expect(onsets.length, `${id} is listed as silent`).toBe(0);
    const rendered = bounce(code, { cycles: CYCLES, sampleRate: 8000 });
    expect(rendered.wav.length).toBeGreaterThan(44);
  });
});

describe('DSL examples against Strudel', () => {
  const shared = examples.filter((e) => strudelHas(e.name));
  it('cover most of the vocabulary Strudel shares', () => {
    expect(shared.length).toBeGreaterThan(300);
  });
  it.each(shared)('$id gives Strudel\'s events', async ({ id, code }) => {
    let difference: string | null;
    try {
      const theirs = await strudelRun(code, CYCLES);
      difference = compareEvents(weftRun(code, CYCLES).events, theirs.events);
    } catch (error) {
      difference = `does not run in both: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (oracleDifferences[id] === undefined) expect(difference, code).toBeNull();
    else expect(difference, `${id} is listed as differing from Strudel`).not.toBeNull();
  });
});
