import { describe, expect, it } from 'vitest';
import { drop, gap, pace, sequence, stepcat, stepJoin, take, fmap, type Pattern } from '../../src/pattern/index.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

const m = <T = string>(L: Lib, code: string): Pattern<T> => L.mini(code) as Pattern<T>;
const four = (L: Lib): Pattern<string> => m(L, 'a b [c e] d@2');

describe('gap', () => {
  it('is silent but counts its steps in a stepwise concatenation', () => {
    expectLikeStrudel((L) => L.stepcat(m(L, 'a b'), L.gap(3), m(L, 'c')));
    expectStepsLikeStrudel((L) => L.gap(3));
    expect(gap(2).queryArc(0, 4)).toEqual([]);
  });
});

describe('stepJoin', () => {
  it('concatenates the patterns of the first cycle by their step counts, gaps by their mean', () => {
    const joined = stepJoin(fmap((n: number) => take(n, sequence('a', 'b', 'c', 'd')), sequence(1, 3)));
    expect(joined.steps?.toString()).toBe('4/1');
    expect(weftEvents(joined, 0, 1).map((e) => e.value)).toEqual(['a', 'a', 'b', 'c']);
  });
});

describe('pace', () => {
  it('fits the pattern to a number of steps per cycle', () => {
    expectLikeStrudel((L) => m(L, 'bd sd cp').pace(4));
    expectLikeStrudel((L) => four(L).pace(3));
    expectStepsLikeStrudel((L) => m(L, 'bd sd cp').pace(4));
  });
  it('takes a patterned step count, cycle by cycle, forgetting the step count', () => {
    expectLikeStrudel((L) => m(L, 'a b c').pace(m(L, '<4 8>')));
    expectLikeStrudel((L) => m(L, 'a b c').pace(m(L, '4 8')));
    expectStepsLikeStrudel((L) => m(L, 'a b c').pace(m(L, '4 8')));
  });
  it('leaves a pattern without a step count as it is', () => {
    expectLikeStrudel((L) => L.sine.segment(4).pace(3));
    expectStepsLikeStrudel((L) => L.sine.pace(4));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b', 'c');
    expect(weftEvents(pace(4)(p), 0, 3)).toEqual(weftEvents(pace(4, p), 0, 3));
  });
});

describe('take', () => {
  it('keeps the first steps, or the last ones for a negative count', () => {
    for (const n of [1, 2, 3, 1.5, -1, -3, 5, -5]) expectLikeStrudel((L) => four(L).take(n));
    expectStepsLikeStrudel((L) => four(L).take(3));
    expectStepsLikeStrudel((L) => four(L).take(9));
  });
  it('takes nothing for zero or for a pattern without steps', () => {
    expect(take(0, sequence(1, 2)).queryArc(0, 2)).toEqual([]);
    expectStepsLikeStrudel((L) => m(L, 'a b c d').take(0));
    expectStepsLikeStrudel((L) => L.sine.take(1));
  });
  it('joins a patterned count stepwise, reading the count pattern\'s first cycle', () => {
    for (const counts of ['1 2 3', '-1 -2 -3', '1 [2 3]', '1 ~ 2', '~ 1 ~ 3 ~', '1 ~ 3 3', '1, 2', '1 2, 3', '[1, 3] ~ 2', '<1 2 3>', '1 2@3']) {
      expectLikeStrudel((L) => m(L, '<a b> c d e').take(m(L, counts)));
      expectStepsLikeStrudel((L) => m(L, 'a b c d').take(m(L, counts)));
    }
    expectLikeStrudel((L) => m(L, 'a b c d').take(m<number>(L, '1 2').early(0.25)));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b', 'c');
    expect(weftEvents(take(2)(p), 0, 3)).toEqual(weftEvents(take(2, p), 0, 3));
  });
});

describe('drop', () => {
  it('drops the first steps, or the last ones for a negative count', () => {
    for (const n of [0, 1, 2, -1, -2, 4, 5, -5, 6]) expectLikeStrudel((L) => four(L).drop(n), { allowEmpty: Math.abs(n) >= 5 });
    expectStepsLikeStrudel((L) => four(L).drop(2));
    expectStepsLikeStrudel((L) => m(L, 'a b c d').drop(-5));
  });
  it('joins a patterned count stepwise', () => {
    expectLikeStrudel((L) => m(L, 'tha dhi thom nam').drop(m(L, '0 1 2 3')));
    expectLikeStrudel((L) => m(L, 'tha dhi thom nam').drop(m(L, '0 -1 -2 -3')));
    expectStepsLikeStrudel((L) => m(L, 'tha dhi thom nam').drop(m(L, '0 -1 -2 -3')));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b', 'c');
    expect(weftEvents(drop(1)(p), 0, 3)).toEqual(weftEvents(drop(1, p), 0, 3));
  });
});

describe('expand', () => {
  it('multiplies the step count without changing the sound', () => {
    expectLikeStrudel((L) => m(L, 'a b').expand(2));
    expectStepsLikeStrudel((L) => m(L, 'a b').expand(2));
  });
  it('joins a patterned factor stepwise', () => {
    expectLikeStrudel((L) => m(L, 'a b').expand(m(L, '2 3')));
    expectLikeStrudel((L) => m(L, 'tha dhi thom nam').expand(m(L, '3 2 1 1 2 3')).pace(8));
    expectStepsLikeStrudel((L) => m(L, 'a b').expand(m(L, '2 3')));
  });
});

describe('contract', () => {
  it('divides the step count, stepwise for a patterned factor', () => {
    expectLikeStrudel((L) => m(L, 'a b').contract(m(L, '2 3')));
    expectLikeStrudel((L) => m(L, 'tha dhi thom nam').contract(m(L, '3 2 1 1 2 3')).pace(8));
    expectStepsLikeStrudel((L) => m(L, 'a b').contract(m(L, '2 3')));
  });
});

describe('extend', () => {
  it('speeds up and multiplies the step count, so the cycle repeats stepwise', () => {
    expectLikeStrudel((L) => m(L, '<a b> c').extend(2));
    expectLikeStrudel((L) => L.stepcat(m(L, 'a b').extend(2), m(L, 'c d')));
    expectLikeStrudel((L) => m(L, 'a b').extend(m(L, '2 3')));
    expectStepsLikeStrudel((L) => m(L, '<a b> c').extend(2));
  });
});

describe('replicate', () => {
  it('repeats each cycle in place, multiplying the step count', () => {
    expectLikeStrudel((L) => m(L, '<a b> c').replicate(2));
    expectLikeStrudel((L) => L.stepcat(m(L, 'bd bd - cp').replicate(2), m(L, 'bd - sd -')).pace(8));
    expectLikeStrudel((L) => m(L, 'a b').replicate(m(L, '2 3')));
    expectStepsLikeStrudel((L) => m(L, '<a b> c').replicate(2));
  });
  it('gives step counts that stepcat and polymeter use', () => {
    expectLikeStrudel((L) => L.stepcat(m(L, 'a b').take(1), m(L, 'c d e').drop(1)).pace(4));
    expectLikeStrudel((L) => L.polymeter(m(L, 'a b c').take(2), m(L, 'd e f').replicate(2)));
    expect(stepcat(take(1, sequence('a', 'b')), sequence('c')).steps?.toString()).toBe('2/1');
  });
});
