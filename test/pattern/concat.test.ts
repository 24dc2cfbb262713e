import { describe, expect, it } from 'vitest';
import * as strudel from '@strudel/core';
import fc from 'fast-check';
import * as weftPatterns from '../../src/pattern/index.ts';
import { polymeter, pure, Rational, sequence, timeCat } from '../../src/pattern/index.ts';
import { timeCatPlain } from '../../src/pattern/concat.ts';
import { compareEvents } from '../oracle/strudel.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, strudelEventsOf, weftEvents } from './structure-oracle.ts';

describe('timeCat', () => {
  it('squeezes weighted patterns into one cycle', () => {
    expectLikeStrudel((L) => L.timeCat([1, L.sequence(1, 2)], [2, L.cat(3, 4)]));
    expectLikeStrudel((L) => L.timeCat([0.5, L.sequence(1, 2)], [1.5, L.cat(3, 4)], [0, L.pure(9)]));
    expectStepsLikeStrudel((L) => L.timeCat([0.5, L.sequence(1, 2)], [1.5, L.cat(3, 4)]));
  });
  it('weighs a pattern given without a weight by its step count', () => {
    expectLikeStrudel((L) => L.timeCat([3, L.sequence(1, 2)], L.pure(3), L.sequence(4, 5)));
    expectStepsLikeStrudel((L) => L.timeCat([3, L.sequence(1, 2)], L.pure(3), L.sequence(4, 5)));
  });
  it('keeps a single pattern as it is, with the weight as its step count', () => {
    expectLikeStrudel((L) => L.timeCat([2, L.sequence(1, 2)]));
    expect(timeCat().steps?.toString()).toBe('0/1');
    expect(weftEvents(timeCat(), 0, 1)).toEqual([]);
  });
});

describe('timeCatPlain', () => {
  it('shares the cycle by exact weights, like Strudel\'s timecat', () => {
    const ours = timeCatPlain([
      [Rational.from(3), sequence('a', 'b')],
      [Rational.from(1.5), pure('c')],
    ]);
    const theirs = strudel.timecat([3, strudel.sequence('a', 'b')], [1.5, 'c']);
    expect(compareEvents(weftEvents(ours, 0, 4), strudelEventsOf(theirs, 0, 4))).toBeNull();
    expect(ours.steps?.toString()).toBe('9/2');
  });
});

describe('timeCatPlain queries', () => {
  it('answers any span (within a cycle, across cycles, zero-width at a boundary) like Strudel\'s timecat', () => {
    const weights = fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 });
    // Times in 24ths of a cycle, each read from one division (no float sums).
    const spanOf = fc
      .tuple(fc.integer({ min: -48, max: 120 }), fc.constantFrom(0, 1, 3, 6, 8, 24, 60))
      .map(([b, w]) => [b / 24, (b + w) / 24] as const);
    fc.assert(
      fc.property(weights, spanOf, (ws, [b, e]) => {
        // Parts whose events reach past their cycle (slow) and that split within it (sequence).
        const part = (i: number, L: typeof weftPatterns | typeof strudel) =>
          i % 2 === 0 ? L.sequence(i, [i + 10, i + 20]) : L.pure(i).slow(2);
        const ours = timeCatPlain(ws.map((w, i) => [Rational.int(w), part(i, weftPatterns)] as const));
        const theirs = strudel.timecat(...ws.map((w, i) => [w, part(i, strudel)]));
        expect(compareEvents(weftEvents(ours, b, e), strudelEventsOf(theirs, b, e)), `${ws} over ${b}..${e}`).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('timecat', () => {
  it('is timeCat', () => {
    expectLikeStrudel((L) => L.timecat([1, L.sequence(1, 2)], [2, L.cat(3, 4)]));
  });
});

describe('stepcat', () => {
  it('is timeCat', () => {
    expectLikeStrudel((L) => L.stepcat([1, L.sequence(1, 2)], L.sequence(3, 4, 5)));
  });
});

describe('arrange', () => {
  it('plays each section for its number of cycles, the sections\' own cycles running on', () => {
    expectLikeStrudel((L) => L.arrange([2, L.cat(1, 2, 3)], [3, L.cat(4, 5)]), { cycles: 12 });
    expectStepsLikeStrudel((L) => L.arrange([2, L.cat(1, 2, 3)], [3, L.cat(4, 5)]));
  });
  it('takes fractional section lengths', () => {
    expectLikeStrudel((L) => L.arrange([0.5, L.cat(1, 2, 3)], [1.5, L.cat(4, 5)]));
  });
});

describe('polymeter', () => {
  it('aligns steps: each pattern plays at the least common multiple of the step counts', () => {
    expectLikeStrudel((L) => L.polymeter(L.sequence(1, 2, 3), L.sequence(4, 5)));
    expectLikeStrudel((L) => L.polymeter(L.cat(1, 2), L.sequence(3, 4, 5), L.timeCat([1, 6], [2, 7])));
    expectStepsLikeStrudel((L) => L.polymeter(L.sequence(1, 2, 3), L.sequence(4, 5)));
  });
  it('uses the step count of stacks and zoomed patterns', () => {
    expectLikeStrudel((L) => L.polymeter(L.stack(L.sequence(1, 2), L.sequence(3, 4, 5)), L.sequence(6, 7, 8, 9)));
    expectLikeStrudel((L) => L.polymeter(L.sequence(1, 2, 3).zoom(0.25, 0.75), L.sequence(4, 5)));
  });
  it('leaves out patterns with no step count and is silent with none', () => {
    expectLikeStrudel((L) => L.polymeter(L.sequence(1, 2), L.sequence(3, 4).segment(5).fast(L.cat(1, 2))));
    expect(weftEvents(polymeter(), 0, 1)).toEqual([]);
    expect(weftEvents(polymeter(sequence(1, 2, 3)), 0, 1)).toEqual(weftEvents(sequence(1, 2, 3), 0, 1));
  });
});
