import { describe, expect, it } from 'vitest';
import '../../src/pattern/surface/index.ts'; // the pattern methods (pat.fast(2), ...), which the modules imported here do not load
import fc from 'fast-check';
// Strudel, as a black-box oracle for queries over arbitrary spans (the harness queries [0, n)).
import * as strudel from '@strudel/core';
import { compareEvents, normalizeStrudelHap, strudelEvents, type OracleEvent } from '../oracle/strudel.ts';
import type { Hap } from '../../src/pattern/hap.ts';
import type { Pattern } from '../../src/pattern/pattern.ts';
import { Rational } from '../../src/pattern/rational.ts';
import { cat, sequence } from '../../src/pattern/constructors.ts';
import { fromBipolar, range, range2, rangex, signal, stateSignal, steady, toBipolar } from '../../src/pattern/signal.ts';
import * as signals from '../../src/pattern/signals.ts';

function toEvent(h: Hap<unknown>): OracleEvent {
  const value = h.value instanceof Rational ? h.value.valueOf() : h.value;
  return {
    whole: h.whole ? [h.whole.begin.toString(), h.whole.end.toString()] : null,
    part: [h.part.begin.toString(), h.part.end.toString()],
    value,
  };
}

function events(pat: Pattern<unknown>, begin: number | Rational, end: number | Rational): OracleEvent[] {
  return pat.queryArc(begin, end).map(toEvent);
}

/** Compares weft's `pat` with the Strudel code over cycles [0, cycles). */
async function expectLikeStrudel(code: string, pat: Pattern<unknown>, cycles = 8): Promise<void> {
  expect(compareEvents(events(pat, 0, cycles), await strudelEvents(code, cycles))).toBeNull();
}

// Query spans that cross cycle boundaries, start at negative times, or have no width.
const spans: [number, number][] = [
  [0, 8], [0.3, 0.9], [1.75, 2.5], [3.6, 3.6], [-1.3, -0.2], [0.5, 2.5], [7.125, 7.875], [299.5, 301],
];

/** Compares a weft signal with a Strudel pattern (taken as a black box) over many spans. */
function expectSignalLikeStrudel(ours: Pattern<unknown>, theirs: unknown): void {
  const pattern = theirs as { queryArc(b: number, e: number): unknown[] };
  for (const [b, e] of spans) {
    const expected = pattern.queryArc(b, e).map(normalizeStrudelHap);
    expect(compareEvents(events(ours, b, e), expected), `span ${b}..${e}`).toBeNull();
  }
}

const strudelSignals = strudel as unknown as Record<string, unknown>;

describe('signal', () => {
  it('answers one hap without a whole, sampled at the query begin', async () => {
    const p = signal((t) => t * 2);
    expect(events(p, 0.25, 2)).toEqual([{ whole: null, part: ['1/4', '2/1'], value: 0.5 }]);
    await expectLikeStrudel('signal((t) => t * 2).segment(4)', p.segment(4));
  });
});

describe('stateSignal', () => {
  it('samples at the query begin and sees the query controls', () => {
    const p = stateSignal((t, state) => [t, state.controls['x']]);
    expect(p.queryArc(0.5, 3, { x: 7 }).map(toEvent)).toEqual([{ whole: null, part: ['1/2', '3/1'], value: [0.5, 7] }]);
  });
});

describe('steady', () => {
  it('has the same value over any span, not cut at cycles', () => {
    expectSignalLikeStrudel(steady(5), strudel.steady(5));
  });
});

describe.each(['sine', 'cosine', 'saw', 'isaw', 'tri', 'itri', 'square', 'time'])('%s', (name) => {
  const ours = (signals as unknown as Record<string, Pattern<number>>)[name] as Pattern<number>;
  it('samples at the query begin like Strudel, over any span', () => {
    expectSignalLikeStrudel(ours, strudelSignals[name]);
  });
  it('segments like Strudel over 8 cycles', async () => {
    await expectLikeStrudel(`${name}.segment(16)`, ours.segment(16));
  });
  it('runs from 0 to 1 from time 0 on', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1000, noNaN: true }), (t) => {
        if (name === 'time') return;
        const [h] = ours.queryArc(t, t);
        expect(h?.value).toBeGreaterThanOrEqual(0);
        expect(h?.value).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe.each(['sine2', 'cosine2', 'saw2', 'isaw2', 'tri2', 'itri2', 'square2'])('%s', (name) => {
  const ours = (signals as unknown as Record<string, Pattern<number>>)[name] as Pattern<number>;
  it('is the bipolar twin, like Strudel over any span', () => {
    expectSignalLikeStrudel(ours, strudelSignals[name]);
  });
  it('segments like Strudel over 8 cycles', async () => {
    await expectLikeStrudel(`${name}.segment(12)`, ours.segment(12));
  });
});

describe('range', () => {
  it('scales a signal, cut at cycle boundaries like Strudel', () => {
    expectSignalLikeStrudel(range(1, 5, signals.saw), strudel.saw.range(1, 5));
    expectSignalLikeStrudel(signals.sine.range(-3, 10), strudel.sine.range(-3, 10));
  });
  it('takes patterned bounds', async () => {
    await expectLikeStrudel('sine.range("1 2", "<5 7>").segment(8)', signals.sine.range(sequence(1, 2), cat(5, 7)).segment(8));
  });
  it('cuts events that cross a cycle boundary', async () => {
    const p = sequence(0.25, 0.5, 0.75).slow(2).late(0.25);
    await expectLikeStrudel('sequence(0.25, 0.5, 0.75).slow(2).late(0.25).range(10, 20)', range(10, 20, p));
  });
  it('maps 0 to min and 1 to max', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), (lo, hi) => {
        expect(sequence(0, 1).range(lo, hi).queryArc(0, 1).map((h) => h.value)).toEqual([lo, hi]);
      }),
    );
  });
  it('curries: range(min, max) is a transformation', () => {
    expect(events(range(2, 4)(signals.saw), 0.5, 0.75)).toEqual(events(range(2, 4, signals.saw), 0.5, 0.75));
  });
});

describe('rangex', () => {
  it('scales exponentially like Strudel', async () => {
    expectSignalLikeStrudel(rangex(20, 2000, signals.saw), strudel.saw.rangex(20, 2000));
    await expectLikeStrudel('saw.rangex(100, 1600).segment(8)', signals.saw.rangex(100, 1600).segment(8));
  });
});

describe('range2', () => {
  it('scales a bipolar signal like Strudel', async () => {
    expectSignalLikeStrudel(range2(0, 10, signals.sine2), strudel.sine2.range2(0, 10));
    await expectLikeStrudel('tri2.range2(-5, 5).segment(8)', signals.tri2.range2(-5, 5).segment(8));
  });
});

describe('toBipolar', () => {
  it('maps 0..1 to -1..1 without cutting the signal', () => {
    expectSignalLikeStrudel(toBipolar(signals.saw), strudel.saw.toBipolar());
  });
});

describe('fromBipolar', () => {
  it('maps -1..1 to 0..1 without cutting the signal', () => {
    expectSignalLikeStrudel(fromBipolar(signals.saw2), strudel.saw2.fromBipolar());
  });
});
