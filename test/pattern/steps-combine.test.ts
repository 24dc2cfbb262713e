import { describe, expect, it } from 'vitest';
import { grow, sequence, shrink, type Pattern } from '../../src/pattern/index.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

const m = <T = string>(L: Lib, code: string): Pattern<T> => L.mini(code) as Pattern<T>;

describe('shrink', () => {
  it('drops more steps each time round, from the start or (negative) the end', () => {
    for (const n of [1, -1, 2, 3, 0]) {
      expectLikeStrudel((L) => m(L, '<a b> c d e').shrink(n));
      expectStepsLikeStrudel((L) => m(L, 'a b c d').shrink(n));
    }
  });
  it('stops after a number of times given as "n:times"', () => {
    expectLikeStrudel((L) => m(L, 'a b c d').shrink(m(L, '1:2')));
    expectLikeStrudel((L) => m(L, 'a b c d').shrink(m(L, '1:6')));
    expectStepsLikeStrudel((L) => m(L, 'a b c d e f g h').shrink(m(L, '2:2')));
  });
  it('joins a patterned amount stepwise', () => {
    expectLikeStrudel((L) => m(L, 'tha dhi thom nam').shrink(m(L, '1 -1')).pace(4));
    expectStepsLikeStrudel((L) => m(L, 'a b c d').shrink(m(L, '1 -1')));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b', 'c');
    expect(weftEvents(shrink(1)(p), 0, 2)).toEqual(weftEvents(shrink(1, p), 0, 2));
  });
});

describe('grow', () => {
  it('takes more steps each time round, from the start or (negative) the end', () => {
    for (const n of [1, -1, 2, 3]) {
      expectLikeStrudel((L) => m(L, '<a b> c d e').grow(n));
      expectStepsLikeStrudel((L) => m(L, 'a b c d').grow(n));
    }
  });
  it('reads "n:d" as growing by n/d steps, as Strudel does', () => {
    for (const amount of ['1:2', '-1:2', '1:3', '2:2']) {
      expectLikeStrudel((L) => m(L, 'a b c d').grow(m(L, amount)));
      expectStepsLikeStrudel((L) => m(L, 'a b c d e f g h').grow(m(L, amount)));
    }
  });
  it('joins a patterned amount stepwise', () => {
    expectLikeStrudel((L) => m(L, 'tha dhi thom nam').grow(m(L, '1 -1')).pace(4));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b', 'c');
    expect(weftEvents(grow(1)(p), 0, 2)).toEqual(weftEvents(grow(1, p), 0, 2));
  });
});

describe('tour', () => {
  it('moves the pattern from the end of the list to its start, all in one cycle', () => {
    expectLikeStrudel((L) => m(L, '[c g]').tour(m(L, 'e f'), m(L, 'e f g'), m(L, 'g f e c')).pace(8));
    expectLikeStrudel((L) => m(L, '<x y>').tour(m(L, 'a'), m(L, 'b c')));
    expectStepsLikeStrudel((L) => m(L, '[c g]').tour(m(L, 'e f'), m(L, 'e f g'), m(L, 'g f e c')));
  });
});

describe('zip', () => {
  it('interleaves the steps of the patterns until they line up again', () => {
    expectLikeStrudel((L) => L.zip(m(L, 'e f'), m(L, 'e f g'), m(L, 'g [f e] a f4 c')).pace(8));
    expectLikeStrudel((L) => L.zip(m(L, 'a b'), m(L, '<c d> e@2')));
    expectStepsLikeStrudel((L) => L.zip(m(L, 'e f'), m(L, 'e f g'), m(L, 'g [f e] a f4 c')));
  });
});

describe('stepalt', () => {
  it('concatenates stepwise, a list standing for its next pattern each time round', () => {
    expectLikeStrudel((L) => L.stepalt([m(L, 'bd cp'), m(L, 'mt')], m(L, 'bd')));
    expectLikeStrudel((L) => L.stepalt([m(L, 'a'), m(L, 'b c'), m(L, 'd e f')], m(L, 'x y')));
    expectLikeStrudel((L) => L.stepalt([m(L, 'a'), m(L, 'b')], [m(L, 'c d'), m(L, 'e'), m(L, 'f')]));
    expectLikeStrudel((L) => L.stepalt([m(L, '<a b> c'), m(L, 'd')], m(L, 'e')));
    expectStepsLikeStrudel((L) => L.stepalt([m(L, 'a'), m(L, 'b')], [m(L, 'c d'), m(L, 'e'), m(L, 'f')]));
  });
});
