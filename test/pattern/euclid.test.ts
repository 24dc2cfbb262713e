import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as strudel from '@strudel/core';
import { euclid, euclidLegato, pure, sequence } from '../../src/pattern/index.ts';
import { bjorklund } from '../../src/pattern/euclid.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

const twoCycles = (L: Lib) => L.cat(L.sequence(1, 2), L.sequence(3, 4, 5));
const show = (bools: boolean[]) => bools.map((b) => (b ? 'x' : '.')).join('');

describe('bjorklund', () => {
  it('gives the rhythm Strudel gives for every pulse count up to 24 steps', () => {
    for (let steps = 1; steps <= 24; steps++) {
      for (let pulses = 0; pulses <= steps; pulses++) {
        const expected = (strudel.bjorklund(pulses, steps) as number[]).map((x) => x === 1);
        expect(bjorklund(pulses, steps), `(${pulses},${steps})`).toEqual(expected);
      }
    }
  });
  it('spreads pulses as evenly as possible, starting with a pulse', () => {
    expect(show(bjorklund(3, 8))).toBe('x..x..x.');
    expect(show(bjorklund(5, 8))).toBe('x.xx.xx.');
    expect(show(bjorklund(2, 5))).toBe('x.x..');
  });
  it('gives the complement for negative pulses', () => {
    expect(show(bjorklund(-3, 8))).toBe('.xx.xx.x');
  });
  it('has exactly `pulses` pulses in `steps` steps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 64 }), (steps, k) => {
        const pulses = Math.min(k, steps);
        const bools = bjorklund(pulses, steps);
        expect(bools.length).toBe(steps);
        expect(bools.filter((b) => b).length).toBe(pulses);
        if (pulses > 0) expect(bools[0]).toBe(true);
      }),
    );
  });
});

describe('euclid', () => {
  it('plays the pattern on the Euclidean rhythm', () => {
    for (const [k, n] of [[3, 8], [5, 8], [2, 5], [7, 16], [0, 8], [8, 8]] as const) {
      expectLikeStrudel((L) => twoCycles(L).euclid(k, n), { allowEmpty: k === 0 });
    }
    expectStepsLikeStrudel((L) => twoCycles(L).euclid(3, 8));
  });
  it('plays the complement for negative pulses', () => {
    expectLikeStrudel((L) => twoCycles(L).euclid(-3, 8));
  });
  it('takes patterned pulses and steps', () => {
    expectLikeStrudel((L) => twoCycles(L).euclid(L.sequence(3, 5), L.cat(8, 7)));
    expectStepsLikeStrudel((L) => twoCycles(L).euclid(L.sequence(3, 5), 8));
  });
  it('has `pulses` onsets in each cycle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 3 }), (steps, k, cycle) => {
        const pulses = Math.min(k, steps);
        expect(weftEvents(euclid(pulses, steps, pure(1)), cycle, cycle + 1).length).toBe(pulses);
      }),
    );
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence(1, 2);
    expect(weftEvents(euclid(3, 8)(p), 0, 2)).toEqual(weftEvents(euclid(3, 8, p), 0, 2));
  });
});

describe('euclidRot', () => {
  it('rotates the rhythm later by whole steps, not wrapping past a full turn, as Strudel does', () => {
    for (const r of [-9, -8, -3, -1, 0, 1, 2, 3, 7, 8, 9, 17]) {
      expectLikeStrudel((L) => twoCycles(L).euclidRot(3, 8, r));
      expectLikeStrudel((L) => twoCycles(L).euclidRot(5, 8, r));
    }
  });
  it('takes patterned arguments', () => {
    expectLikeStrudel((L) => twoCycles(L).euclidRot(L.sequence(3, 5), 8, L.cat(1, 2, 3)));
  });
});

describe('euclidLegato', () => {
  it('holds each pulse until the next one', () => {
    for (const [k, n] of [[3, 8], [5, 8], [2, 5], [8, 8]] as const) {
      expectLikeStrudel((L) => twoCycles(L).euclidLegato(k, n));
    }
    expectStepsLikeStrudel((L) => twoCycles(L).euclidLegato(3, 8));
  });
  it('is silent for no pulses or negative pulses, as in Strudel', () => {
    expectLikeStrudel((L) => twoCycles(L).euclidLegato(0, 8), { allowEmpty: true });
    expectLikeStrudel((L) => twoCycles(L).euclidLegato(-3, 8), { allowEmpty: true });
    expect(weftEvents(euclidLegato(-3, 8, pure(1)), 0, 1)).toEqual([]);
  });
  it('takes patterned arguments', () => {
    expectLikeStrudel((L) => twoCycles(L).euclidLegato(L.sequence(3, 5), L.cat(8, 7)));
  });
});

describe('euclidLegatoRot', () => {
  it('shifts the held rhythm, values and all, later by whole steps', () => {
    for (const r of [-9, -1, 0, 1, 3, 8, 9, 10]) {
      expectLikeStrudel((L) => twoCycles(L).euclidLegatoRot(3, 8, r));
      expectLikeStrudel((L) => twoCycles(L).euclidLegatoRot(5, 8, r));
    }
  });
  it('takes patterned arguments', () => {
    expectLikeStrudel((L) => twoCycles(L).euclidLegatoRot(3, 8, L.sequence(1, 2)));
  });
});
