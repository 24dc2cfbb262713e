import { describe, expect, it } from 'vitest';
import '../../src/pattern/surface/index.ts'; // the pattern methods (pat.fast(2), ...), which the modules imported here do not load
import fc from 'fast-check';
// Strudel, as a black-box oracle: its signals queried at arbitrary times, and its mini-notation.
import * as strudel from '@strudel/core';
import { mini as strudelMini } from '@strudel/mini';
import { compareEvents, normalizeStrudelHap, strudelEvents, type OracleEvent } from '../oracle/strudel.ts';
import type { Hap } from '../../src/pattern/hap.ts';
import type { Pattern } from '../../src/pattern/pattern.ts';
import { cat, pure, sequence } from '../../src/pattern/constructors.ts';
import {
  brandBy,
  chooseInWith,
  chooseWith,
  degradeByWith,
  irand,
  perlinWith,
  randL,
  randcatWith,
  randrun,
  seed,
  seededRand,
  timeToRand,
  timeToRands,
  undegradeByWith,
  wchooseWith,
  withSeed,
  wrandcatWith,
} from '../../src/pattern/random.ts';
import { brand, perlin, rand, rand2, saw, sine, time } from '../../src/pattern/signals.ts';

function toEvent(h: Hap<unknown>): OracleEvent {
  return {
    whole: h.whole ? [h.whole.begin.toString(), h.whole.end.toString()] : null,
    part: [h.part.begin.toString(), h.part.end.toString()],
    value: h.value,
  };
}

const events = (pat: Pattern<unknown>, begin: number, end: number): OracleEvent[] => pat.queryArc(begin, end).map(toEvent);

async function expectLikeStrudel(code: string, pat: Pattern<unknown>, cycles = 8): Promise<void> {
  expect(compareEvents(events(pat, 0, cycles), await strudelEvents(code, cycles))).toBeNull();
}

/** Compares with a Strudel pattern object (a black box) over [0, cycles). */
function expectLikeStrudelPattern(ours: Pattern<unknown>, theirs: unknown, cycles = 8): void {
  const expected = (theirs as { queryArc(b: number, e: number): unknown[] }).queryArc(0, cycles).map(normalizeStrudelHap);
  expect(compareEvents(events(ours, 0, cycles), expected)).toBeNull();
}

const spans: [number, number][] = [[0, 8], [0.3, 0.9], [1.75, 2.5], [3.6, 3.6], [-1.3, -0.2], [299.5, 301], [1e4 + 1 / 3, 1e4 + 1]];

function expectSignalLikeStrudel(ours: Pattern<unknown>, theirs: unknown): void {
  const pattern = theirs as { queryArc(b: number, e: number): unknown[] };
  for (const [b, e] of spans) {
    const expected = pattern.queryArc(b, e).map(normalizeStrudelHap);
    expect(compareEvents(events(ours, b, e), expected), `span ${b}..${e}`).toBeNull();
  }
}

const strudelRandAt = (t: number): number => strudel.rand.queryArc(t, t)[0].value as number;
const times = fc.double({ min: -5000, max: 5000, noNaN: true });

describe('timeToRand', () => {
  it('is the value of Strudel’s rand at that time', () => {
    fc.assert(fc.property(times, (t) => timeToRand(t) === strudelRandAt(t)));
  });
  it('lies in [0, 1)', () => {
    fc.assert(fc.property(times, (t) => timeToRand(t) >= 0 && timeToRand(t) < 1));
  });
});

describe('timeToRands', () => {
  it('gives Strudel’s getRandsAtTime values', () => {
    fc.assert(
      fc.property(times, fc.integer({ min: 2, max: 8 }), (t, n) => {
        expect(timeToRands(t, n)).toEqual(strudel.getRandsAtTime(t, n));
      }),
    );
  });
  it('starts with ±timeToRand', () => {
    fc.assert(fc.property(times, (t) => Math.abs(timeToRands(t, 1)[0] ?? NaN) === timeToRand(t)));
  });
});

describe.each([
  ['rand', rand, strudel.rand, 16],
  ['rand2', rand2, strudel.rand2, 5],
  ['brand', brand, strudel.brand, 8],
] as const)('%s', (name, ours, theirs, n) => {
  it('samples at the query begin like Strudel, over any span', () => {
    expectSignalLikeStrudel(ours, theirs);
  });
  it('segments like Strudel', async () => {
    await expectLikeStrudel(`${name}.segment(${n})`, ours.segment(n));
  });
});

describe('seededRand', () => {
  it('is rand for seed 0', () => {
    expectSignalLikeStrudel(seededRand(0), strudel.rand);
  });
  it('gives what Strudel’s mini-notation `?` gives, with seeds 0, 3, 6 in source order', () => {
    const deg = (s: number, v: string) => degradeByWith(seededRand(s), 0.5, pure(v));
    expectLikeStrudelPattern(sequence(deg(0, 'a'), deg(3, 'b'), deg(6, 'c')), strudelMini('a? b? c?'), 64);
    const deg3 = (s: number, v: string) => degradeByWith(seededRand(s), 0.3, pure(v));
    expectLikeStrudelPattern(sequence(pure('x'), deg3(0, 'a'), deg(3, 'b')), strudelMini('x a?0.3 b?'), 64);
  });
  it('gives what Strudel’s `|` gives, a `|` group numbered after its alternatives', () => {
    expectLikeStrudelPattern(randcatWith(seededRand(0), ['a', 'b', 'c']), strudelMini('a | b | c'), 64);
    const deg = (s: number, v: string) => degradeByWith(seededRand(s), 0.5, pure(v));
    const ours = sequence(randcatWith(seededRand(6), [deg(0, 'a'), deg(3, 'b')]), deg(9, 'c'));
    expectLikeStrudelPattern(ours, strudelMini('[a? | b?] c?'), 64);
  });
  it('honours seed like Strudel’s mini-notation does', () => {
    const deg = (s: number, v: string) => degradeByWith(seededRand(s), 0.5, pure(v));
    expectLikeStrudelPattern(seed(5, sequence(deg(0, 'a'), deg(3, 'b'))), strudelMini('a? b?').seed(5), 32);
  });
});

describe('degradeByWith', () => {
  it('keeps the events whose random value is above the amount (so r = 0 is dropped even at 0)', () => {
    const p = sequence('a', 'b', 'c', 'd');
    expect(events(degradeByWith(saw, 0.4, p), 0, 1).map((e) => e.value)).toEqual(['c', 'd']);
    expect(events(degradeByWith(saw, 0.5, p), 0, 1).map((e) => e.value)).toEqual(['d']);
    expect(events(degradeByWith(saw, 0, p), 0, 1).map((e) => e.value)).toEqual(['b', 'c', 'd']);
  });
  it('samples the random pattern at each event’s start', () => {
    expect(events(degradeByWith(time, 1.4, pure('x').slow(2)), 0, 4)).toEqual([
      { whole: ['2/1', '4/1'], part: ['2/1', '4/1'], value: 'x' },
    ]);
  });
});

describe('undegradeByWith', () => {
  it('keeps what degradeByWith with 1 - amount drops', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (x) => {
        const p = pure('a').fast(16);
        const kept = events(degradeByWith(rand, x, p), 0.001, 4).length;
        const other = events(undegradeByWith(rand, 1 - x, p), 0.001, 4).length;
        expect(kept + other).toBe(64);
      }),
    );
  });
});

describe('randcatWith', () => {
  it('plays the picked pattern at its own time, cut to the cycle (inner join)', () => {
    const ours = randcatWith(rand, [sequence('a', 'b', 'c').slow(2), 'd']);
    expectLikeStrudelPattern(ours, strudel.randcat(strudelMini('[a b c]/2'), 'd'), 16);
  });
});

describe('wrandcatWith', () => {
  it('picks by weight like Strudel’s wrandcat', () => {
    const ours = wrandcatWith(rand, [['a', 3], [sequence('b', 'c'), 1], ['d', 0.5]]);
    expectLikeStrudelPattern(ours, strudel.wrandcat(['a', 3], [strudelMini('b c'), 1], ['d', 0.5]), 32);
  });
});

describe('seed', () => {
  it('shifts random time by the seed, like Strudel', async () => {
    await expectLikeStrudel('rand.seed(0.5).segment(4)', seed(0.5, rand).segment(4));
    await expectLikeStrudel('irand(8).seed("<1 2 3>").segment(3)', seed(cat(1, 2, 3), irand(8)).segment(3));
  });
  it('lets the innermost seed win', () => {
    expectSignalLikeStrudel(seed(2, seed(1, rand)), strudel.rand.seed(1).seed(2));
  });
  it('leaves patterns without randomness alone', () => {
    const p = sequence('a', 'b');
    expect(events(seed(3, p), 0, 2)).toEqual(events(p, 0, 2));
  });
});

describe('withSeed', () => {
  it('changes the seed with a function of the seed around it', () => {
    expect(events(withSeed((s) => s + 2, seed(1, withSeed((s) => s * 10, rand))), 0.5, 0.5)).toEqual(
      events(seed(10, rand), 0.5, 0.5),
    );
  });
});

describe('irand', () => {
  it('gives random integers like Strudel, cut at cycles', async () => {
    expectSignalLikeStrudel(irand(8), strudel.irand(8));
    await expectLikeStrudel('irand("<4 16>").segment(8)', irand(cat(4, 16)).segment(8));
  });
});

describe('brandBy', () => {
  it('is true with the given probability, like Strudel', async () => {
    expectSignalLikeStrudel(brandBy(0.3), strudel.brandBy(0.3));
    await expectLikeStrudel('brandBy("0.2 0.8").segment(8)', brandBy(sequence(0.2, 0.8)).segment(8));
  });
});

describe('randL', () => {
  it('gives lists of random values like Strudel', async () => {
    expectSignalLikeStrudel(randL(3), strudel.randL(3));
    await expectLikeStrudel('randL(4).segment(4)', randL(4).segment(4));
  });
});

describe('perlinWith', () => {
  it('is perlin over time, like Strudel’s perlin', () => {
    expectSignalLikeStrudel(perlin, strudel.perlin);
    expectSignalLikeStrudel(perlinWith(time), strudel.perlin);
  });
  it('honours the seed like Strudel’s perlin', () => {
    expectSignalLikeStrudel(seed(0.5, perlin), strudel.perlin.seed(0.5));
  });
  it('moves smoothly between the random values at whole numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (i) => {
        const at = (t: number) => perlin.queryArc(t, t)[0]?.value;
        expect(at(i)).toBe(timeToRand(i));
        expect(at(i + 0.5)).toBeCloseTo((timeToRand(i) + timeToRand(i + 1)) / 2, 12);
      }),
    );
  });
});

describe('randrun', () => {
  it('plays a random permutation each cycle, like Strudel', async () => {
    await expectLikeStrudel('randrun(5)', randrun(5));
    expectSignalLikeStrudel(randrun(3), strudel.randrun(3));
    await expectLikeStrudel('randrun(4).seed(0.25)', seed(0.25, randrun(4)));
  });
  it('has each number once per cycle', () => {
    const values = events(randrun(7), 3, 4).map((e) => e.value as number);
    expect([...values].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('chooseWith', () => {
  it('picks values with a pattern, like Strudel', () => {
    expectLikeStrudelPattern(chooseWith(sine.segment(4), ['a', 'b', 'c']), strudel.chooseWith(strudel.sine.segment(4), ['a', 'b', 'c']));
  });
  it('keeps the structure of the choosing pattern (outer join)', () => {
    const ours = chooseWith(sequence(0, 0.5), [sequence('a', 'b', 'c'), sequence('d', 'e')]);
    expectLikeStrudelPattern(ours, strudel.chooseWith(strudelMini('0 0.5'), [strudelMini('a b c'), strudelMini('d e')]));
  });
  it('is the method choose, and choose2 for bipolar values, like Strudel', () => {
    const values = sequence(-1, 0, 0.3, 0.9);
    expectLikeStrudelPattern(values.choose('a', 'b', 'c'), strudelMini('-1 0 0.3 0.9').choose('a', 'b', 'c'));
    expectLikeStrudelPattern(values.choose2('a', 'b', 'c'), strudelMini('-1 0 0.3 0.9').choose2('a', 'b', 'c'));
  });
});

describe('chooseInWith', () => {
  it('keeps the structure of the chosen patterns (inner join)', () => {
    const ours = chooseInWith(sequence(0, 0.5), [sequence('a', 'b', 'c'), sequence('d', 'e')]);
    expectLikeStrudelPattern(ours, strudel.chooseInWith(strudelMini('0 0.5'), [strudelMini('a b c'), strudelMini('d e')]));
  });
});

describe('wchooseWith', () => {
  it('picks weighted values with a pattern, like Strudel’s wchoose', () => {
    expectLikeStrudelPattern(wchooseWith(rand, [['a', 1], ['b', 3]]).segment(8), strudel.wchoose(['a', 1], ['b', 3]).segment(8));
  });
});
