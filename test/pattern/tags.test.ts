import { describe, expect, it } from 'vitest';
import { sequence, tag, type Pattern } from '../../src/pattern/index.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

const m = <T = string>(L: Lib, code: string): Pattern<T> => L.mini(code) as Pattern<T>;

describe('tag', () => {
  it('labels haps so that hasTag finds them, through later transformations', () => {
    expectLikeStrudel((L) => m(L, 'a b').tag('x').fast(2).filter((h) => h.hasTag('x')));
    expectLikeStrudel((L) => m(L, 'a b').tag('x').tag('y').filter((h) => h.hasTag('x') && h.hasTag('y')));
    expectLikeStrudel((L) => m(L, 'a b c d').when(m(L, '0 1'), (x) => x.tag('q')).filter((h) => !h.hasTag('q')));
    expectStepsLikeStrudel((L) => m(L, 'a b').tag('x'));
  });
  it('keeps the inner tags through joins, and the other side\'s when only one has them', () => {
    expectLikeStrudel((L) => L.n(m(L, '0 1')).add(L.n(m(L, '1')).tag('y')).filter((h) => h.hasTag('y')));
    expectLikeStrudel((L) => m<number>(L, '0 1 0').tag('q').pick([m(L, 'a b').tag('x'), m(L, 'c')]).filter((h) => h.hasTag('x')));
    expectLikeStrudel((L) => m<number>(L, '0 1 0').tag('q').pick([m(L, 'a b').tag('x'), m(L, 'c')]).filter((h) => h.hasTag('q')));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b');
    expect(tag('x')(p).queryArc(0, 1).every((h) => h.hasTag('x'))).toBe(true);
    expect(weftEvents(tag('x')(p), 0, 1)).toEqual(weftEvents(tag('x', p), 0, 1));
  });
});
