import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CPS, MIN_CPS } from '../../src/audio/protocol.ts';
import { Rational } from '../../src/pattern/index.ts';
import { CYCLE_GRID, cpsAt, cycleToSeconds, secondsToCycle, tempoMap, withCps } from '../../src/scheduler/index.ts';

const r = (n: number, d = 1): Rational => Rational.of(n, d);
const cycleArb = fc.tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 12 })).map(([n, d]) => r(n, d));
const cpsArb = fc.double({ min: 0.05, max: 8, noNaN: true });

describe('tempoMap', () => {
  it('puts the given cycle at the given time and runs at cps from there', () => {
    const map = tempoMap(0.5, 2, r(3));
    expect(cycleToSeconds(map, r(3))).toBe(2);
    expect(cycleToSeconds(map, r(4))).toBe(4);
    expect(cycleToSeconds(map, r(2))).toBe(0);
  });

  it('rejects a cps that is not positive and finite', () => {
    expect(() => tempoMap(0)).toThrow(RangeError);
    expect(() => tempoMap(-1)).toThrow(RangeError);
    expect(() => tempoMap(Number.NaN)).toThrow(RangeError);
    expect(() => tempoMap(Infinity)).toThrow(RangeError);
  });

  it('keeps the tempo inside the range weft plays', () => {
    expect(cpsAt(tempoMap(1e-9), r(0))).toBe(MIN_CPS);
    expect(cpsAt(tempoMap(1e9), r(0))).toBe(MAX_CPS);
    expect(cpsAt(withCps(tempoMap(1), r(2), 1e-12), r(3))).toBe(MIN_CPS);
  });
});

describe('cycleToSeconds', () => {
  it('is cycle / cps from time 0 for a constant tempo', () => {
    fc.assert(fc.property(cycleArb, cpsArb, (c, cps) => {
      expect(cycleToSeconds(tempoMap(cps), c)).toBeCloseTo(c.valueOf() / cps, 9);
    }));
  });

  it('follows each segment after cps changes', () => {
    // 1 cps until cycle 2 (2 s), then 2 cps until cycle 4 (3 s), then 0.5 cps.
    const map = withCps(withCps(tempoMap(1), r(2), 2), r(4), 0.5);
    expect(cycleToSeconds(map, r(1))).toBe(1);
    expect(cycleToSeconds(map, r(3))).toBe(2.5);
    expect(cycleToSeconds(map, r(4))).toBe(3);
    expect(cycleToSeconds(map, r(5))).toBe(5);
    expect(cycleToSeconds(map, r(9, 2))).toBe(4);
  });
});

describe('secondsToCycle', () => {
  it('inverts cycleToSeconds within one grid step, floor below and ceil above', () => {
    fc.assert(fc.property(cycleArb, cpsArb, fc.array(fc.tuple(cycleArb, cpsArb), { maxLength: 3 }), (c, cps, changes) => {
      let map = tempoMap(cps);
      for (const [at, x] of [...changes].sort((a, b) => a[0].compare(b[0]))) map = withCps(map, at, x);
      const t = cycleToSeconds(map, c);
      const lo = secondsToCycle(map, t);
      const hi = secondsToCycle(map, t, 'ceil');
      const step = r(1, CYCLE_GRID);
      expect(lo.lte(c.add(step))).toBe(true);
      expect(c.sub(step).lte(lo)).toBe(true);
      expect(hi.gte(c.sub(step))).toBe(true);
      expect(hi.sub(lo).lte(step)).toBe(true);
    }));
  });

  it('snaps to the grid of 2^-20 cycles', () => {
    const c = secondsToCycle(tempoMap(0.7), 1.2345);
    expect(c.mul(r(CYCLE_GRID)).isInteger()).toBe(true);
    expect(Math.abs(c.valueOf() - 1.2345 * 0.7)).toBeLessThan(1 / CYCLE_GRID);
  });
});

describe('withCps', () => {
  it('keeps the cycle phase continuous at the change and the past unchanged', () => {
    fc.assert(fc.property(cpsArb, cpsArb, cycleArb, cycleArb, (a, b, at, c) => {
      const before = tempoMap(a, 0.25);
      const after = withCps(before, at, b);
      expect(cycleToSeconds(after, at)).toBe(cycleToSeconds(before, at));
      if (c.lte(at)) expect(cycleToSeconds(after, c)).toBe(cycleToSeconds(before, c));
      else expect(cycleToSeconds(after, c)).toBeCloseTo(cycleToSeconds(before, at) + c.sub(at).valueOf() / b, 6);
      expect(cpsAt(after, at)).toBe(b);
    }));
  });

  it('replaces the changes after its cycle', () => {
    const map = withCps(withCps(tempoMap(1), r(4), 2), r(2), 3);
    expect(map.segments.map((s) => [s.cycle.toString(), s.cps])).toEqual([['0/1', 1], ['2/1', 3]]);
  });

  it('adds no segment when the cps does not change', () => {
    expect(withCps(tempoMap(1), r(2), 1).segments).toHaveLength(1);
  });
});

describe('cpsAt', () => {
  it('gives the cps of the segment holding the cycle', () => {
    const map = withCps(tempoMap(1), r(2), 2);
    expect(cpsAt(map, r(1))).toBe(1);
    expect(cpsAt(map, r(2))).toBe(2);
    expect(cpsAt(map, r(7))).toBe(2);
  });
});
