import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  early, every, fast, fastGap, jux, late, off, ply, pure, rev, segment, sequence, slow, zoom, Rational,
  type AnyTransform, type Pattern, type Transform,
} from '../../src/pattern/index.ts';
import { weftEvents } from './structure-oracle.ts';

const p = sequence(1, 2, sequence(3, 4));
const same = (a: Pattern<unknown>, b: Pattern<unknown>) => expect(weftEvents(a, 0, 4)).toEqual(weftEvents(b, 0, 4));

describe('Transform', () => {
  it('is what a time function returns when called without its pattern', () => {
    same(fast(2)(p), fast(2, p));
    same(slow(3)(p), slow(3, p));
    same(early(0.25)(p), early(0.25, p));
    same(late(0.25)(p), late(0.25, p));
    same(fastGap(2)(p), fastGap(2, p));
    same(ply(2)(p), ply(2, p));
    same(segment(3)(p), segment(3, p));
    same(zoom(Rational.of(1, 4), Rational.of(3, 4))(p), zoom(Rational.of(1, 4), Rational.of(3, 4), p));
  });
  it('is typed generically, so one curried function fits patterns of any value', () => {
    expectTypeOf(fast(2)).toEqualTypeOf<AnyTransform>();
    expectTypeOf(fast(2)(pure('a'))).toEqualTypeOf<Pattern<string>>();
    expectTypeOf(every(3, fast(2))).toEqualTypeOf<AnyTransform>();
    const onNumbers: Transform<number> = (x) => x.fast(2);
    expectTypeOf(every(3, onNumbers)).toEqualTypeOf<Transform<number>>();
  });
  it('nests: a curried function can take another one', () => {
    same(p.every(2, off(0.25, fast(2))), p.every(2, (x) => x.off(0.25, (y) => y.fast(2))));
  });
  it('accepts rev both as a function and as a lambda calling the method', () => {
    const sounds = sequence({ s: 'a' }, { s: 'b' });
    same(sounds.jux(rev), sounds.jux((x) => x.rev()));
    same(jux(rev)(sounds), sounds.jux(rev));
  });
});
