import { describe, it } from 'vitest';
import type { Pattern } from '../../src/pattern/index.ts';
import { expectLikeStrudel, type Lib } from './structure-oracle.ts';

const m = <T = string>(L: Lib, code: string): Pattern<T> => L.mini(code) as Pattern<T>;

describe('xfade', () => {
  it('multiplies the gains of the two patterns by the fade', () => {
    expectLikeStrudel((L) => L.xfade(L.s(m(L, 'bd*2')), m(L, '<0 .25 .5 .75 1>'), L.s(m(L, 'hh*8'))));
    expectLikeStrudel((L) => L.xfade(L.s(m(L, 'bd*2')).gain(0.5), 0.25, L.s(m(L, 'hh*4'))));
    expectLikeStrudel((L) => L.xfade(L.n(m(L, '0 1')), m(L, '0 0.5'), L.s(m(L, 'a'))));
  });
  it('turns plain values into controls with a gain', () => {
    expectLikeStrudel((L) => L.xfade(m<number>(L, '1 2'), 0.25, m<number>(L, '3')));
  });
});
