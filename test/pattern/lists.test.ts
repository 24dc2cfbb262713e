import { describe, expect, it } from 'vitest';
import { as, binaryL, pure, ratio, sequence, stack, type Pattern, type Ratio } from '../../src/pattern/index.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

const m = <T = string>(L: Lib, code: string): Pattern<T> => L.mini(code) as Pattern<T>;

describe('as', () => {
  it('names the items of list values as controls', () => {
    expectLikeStrudel((L) => m(L, 'c:.5 a:1 f:.25 e:.8').as(m(L, 'note:clip')));
    expectLikeStrudel((L) => m(L, '0:1:2 1').as(m(L, 'n:s')));
    expectLikeStrudel((L) => m(L, '0:1 1').as(m(L, 'n:s:gain')));
    expectLikeStrudel((L) => m(L, '{0@2 0.25 0 0.5 .3 .5}%8').as(m(L, 'begin')).s(m(L, 'sax_vib')).clip(1));
  });
  it('takes a patterned mapping and keeps the step count', () => {
    expectLikeStrudel((L) => m(L, '<0:1 1>').as(m(L, '<n:s s:n>')));
    expectStepsLikeStrudel((L) => m(L, '0:1 2 3').as(m(L, 'n:s')));
  });
  it('takes a plain list of names', () => {
    expect(weftEvents(as(['n', 's'], pure<(number | string)[]>([0, 'bd'])), 0, 1).map((e) => e.value)).toEqual([{ n: 0, s: 'bd' }]);
    expect(weftEvents(as('n')(sequence(1)), 0, 1).map((e) => e.value)).toEqual([{ n: 1 }]);
  });
});

describe('ratio', () => {
  it('divides list values through and leaves numbers', () => {
    expectLikeStrudel((L) => L.ratio(m(L, '1, 5:4, 3:2')).mul(110));
    expectLikeStrudel((L) => m<Ratio>(L, '1:2:4 3').ratio());
    expectLikeStrudel((L) => L.ratio(m(L, '6:3:2 3')));
    expect(weftEvents(ratio(stack<Ratio>(pure([3, 2]), pure(4))), 0, 1).map((e) => e.value)).toEqual([1.5, 4]);
  });
});

describe('binaryL', () => {
  it('gives the bits of a number as one list, most significant first', () => {
    expectLikeStrudel((L) => L.binaryL(5));
    expectLikeStrudel((L) => L.binaryL(m(L, '<5 12 0 2.5>')));
    expect(weftEvents(binaryL(6), 0, 1).map((e) => e.value)).toEqual([[1, 1, 0]]);
  });
});
