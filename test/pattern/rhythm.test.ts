import { describe, expect, it } from 'vitest';
import { beat, euclidish, eish, invert, inv, morph, sequence, type Pattern, type Truthy } from '../../src/pattern/index.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

const m = <T = string>(L: Lib, code: string): Pattern<T> => L.mini(code) as Pattern<T>;

describe('beat', () => {
  it('plays the pattern at the given steps of a divided cycle', () => {
    expectLikeStrudel((L) => L.s(m(L, 'bd')).beat(m(L, '0,7,10'), 16));
    expectLikeStrudel((L) => m(L, 'a b').beat(m(L, '0 3'), 4));
    expectLikeStrudel((L) => m(L, 'a').beat(m(L, '17, -1'), 16));
    expectLikeStrudel((L) => m(L, 'a').beat(0.5, 4));
  });
  it('takes patterned steps and divisions, forgetting the step count', () => {
    expectLikeStrudel((L) => m(L, 'a').beat(m(L, '<0 1>, 3'), m(L, '<4 8>')));
    expectStepsLikeStrudel((L) => m(L, 'a').beat(1, 4));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a');
    expect(weftEvents(beat(1, 4)(p), 0, 2)).toEqual(weftEvents(beat(1, 4, p), 0, 2));
  });
});

describe('morph', () => {
  it('moves each onset of one rhythm part of the way to the matching onset of another', () => {
    expectLikeStrudel((L) => L.morph([1, 0, 1, 0, 1, 0, 1, 0], [1, 1, 0, 1, 0, 1, 0], 0.25));
    expectLikeStrudel((L) => L.morph([1, 0, 1, 0], [0, 1, 1, 0], 0.5));
    expectLikeStrudel((L) => L.morph([1, 0, 0, 1, 0], [0, 1, 1, 0], 1));
  });
  it('takes rhythms as mini-notation lists and a patterned or continuous amount', () => {
    expectLikeStrudel((L) => L.morph(m(L, '1:0:1:0:1:0:1:0'), m(L, '1:1:0:1:0:1:0'), m(L, '0 0.5')));
    expectLikeStrudel((L) => L.s(m(L, 'hh')).struct(L.morph(m(L, '1:0:1:0:1:0:1:0'), m(L, '1:1:0:1:0:1:0'), L.sine.slow(8))));
    expectStepsLikeStrudel((L) => L.morph([1, 0, 1], [0, 1, 1], 0.5));
    expect(morph([1, 0], [0, 1], 0).queryArc(0, 1).map((h) => h.value)).toEqual([true]);
  });
});

describe('euclidish', () => {
  it('morphs a euclidean rhythm towards an even pulse', () => {
    for (const groove of [0, 0.25, 0.5, 1]) expectLikeStrudel((L) => m(L, 'a').euclidish(3, 8, groove));
    expectStepsLikeStrudel((L) => m(L, 'a').euclidish(3, 8, 0.5));
  });
  it('takes patterned and continuous arguments', () => {
    expectLikeStrudel((L) => m(L, 'a').euclidish(3, 8, m(L, '0 0.5')));
    expectLikeStrudel((L) => m(L, 'a').euclidish(m(L, '<3 5>'), 8, 0.25));
    expectLikeStrudel((L) => L.s(m(L, 'hh')).euclidish(7, 12, L.sine.slow(8)).pan(L.sine.slow(8)));
    expectStepsLikeStrudel((L) => m(L, 'a').euclidish(3, 8, m(L, '0 0.5')));
    expectStepsLikeStrudel((L) => m(L, 'a').euclidish(m(L, '<3 5>'), 8, 0.5));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a');
    expect(weftEvents(euclidish(3, 8, 0.5)(p), 0, 2)).toEqual(weftEvents(euclidish(3, 8, 0.5, p), 0, 2));
  });
});

describe('eish', () => {
  it('is euclidish', () => {
    expectLikeStrudel((L) => m(L, 'a').eish(5, 8, 0.5));
    const p = sequence('a');
    expect(weftEvents(eish(5, 8, 0.5, p), 0, 2)).toEqual(weftEvents(euclidish(5, 8, 0.5, p), 0, 2));
  });
});

describe('invert', () => {
  it('swaps true and false, as inv does', () => {
    expectLikeStrudel((L) => m(L, '1 0 0 1').invert());
    expectLikeStrudel((L) => L.s(m(L, 'bd')).struct(m<Truthy>(L, '1 0 0 1 0 0 1 0').lastOf(4, L.invert)), { negative: false });
    const p = sequence<Truthy>(1, 0, true, false);
    expect(weftEvents(invert(p), 0, 1)).toEqual(weftEvents(inv(p), 0, 1));
  });
});
