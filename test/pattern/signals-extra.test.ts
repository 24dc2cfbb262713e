import { describe, expect, it } from 'vitest';
import { berlin, berlinWith, cyclesPer, per, perCycle, sequence, time, type Pattern } from '../../src/pattern/index.ts';
import { expectLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

const m = <T = string>(L: Lib, code: string): Pattern<T> => L.mini(code) as Pattern<T>;

describe('cyclesPer', () => {
  it('is the duration of the events it is sampled by', () => {
    expectLikeStrudel((L) => L.cyclesPer.struct(m(L, '1 1 [1 1] 1')));
    expectLikeStrudel((L) => L.s(m(L, 'saw saw [saw saw] saw')).note(L.cyclesPer.range(50, 100)));
    expectLikeStrudel((L) => L.s(m(L, 'bd sd [bd bd] sd*4 [- sd] [bd [bd bd]]')).note(L.cyclesPer.add(20)));
  });
  it('answers a query with its length', () => {
    expect(cyclesPer.queryArc(0, 2).map((h) => h.value)).toEqual([2]);
  });
});

describe('per', () => {
  it('is how many of the events it is sampled by fit in a cycle', () => {
    expectLikeStrudel((L) => L.per.struct(m(L, '1 1 [1 1] 1')));
    expectLikeStrudel((L) => L.n(m(L, '0 0*2 0 0*2 0 [0 0 0]@2')).s(m(L, 'bd')).distort(L.per.div(2)));
  });
});

describe('perCycle', () => {
  it('is per', () => {
    expect(perCycle).toBe(per);
    expect(weftEvents(perCycle.struct(sequence(1, 1, 1)), 0, 1).map((e) => e.value)).toEqual([3, 3, 3]);
  });
});

describe('berlinWith', () => {
  it('rises like a sawtooth from half one random value by half the next', () => {
    expect(weftEvents(berlinWith(time.mul(4)).segment(4), 0, 1)).toEqual(weftEvents(berlin.fast(4).segment(4), 0, 1));
  });
});

describe('berlin', () => {
  it('gives Strudel\'s values, honouring the seed', () => {
    expectLikeStrudel((L) => L.berlin.segment(4));
    expectLikeStrudel((L) => L.berlin.fast(3).segment(4));
    expectLikeStrudel((L) => L.berlin.seed(3).segment(2));
    expectLikeStrudel((L) => L.n(m<number>(L, '0!16').add(L.berlin.fast(4).mul(14))).scale('d:minor'));
  });
});
