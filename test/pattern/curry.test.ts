import { describe, expect, it } from 'vitest';
import { curried } from '../../src/pattern/curry.ts';
import { euclidRot, fast, s, segment, zoom, type Pattern } from '../../src/pattern/index.ts';

const values = <T>(pat: Pattern<T>): string[] => pat.queryArc(0, 1).map((h) => `${h.whole?.begin.toString()} ${JSON.stringify(h.value)}`);

describe('curried', () => {
  it('gives the function with its pattern, and the transformation waiting for it without', () => {
    const pat = s('bd sd');
    expect(values(fast(2)(pat))).toEqual(values(fast(2, pat)));
    expect(values(zoom(0.25, 0.75)(pat))).toEqual(values(zoom(0.25, 0.75, pat)));
    expect(values(euclidRot(3, 8, 2)(pat))).toEqual(values(euclidRot(3, 8, 2, pat)));
    expect(values(fast(2, pat))).toHaveLength(4);
  });

  it('reads an undefined pattern as none given, as the overloads did', () => {
    const pat = s('bd sd');
    const waiting = (segment as (n: number, p?: Pattern<unknown>) => unknown)(4, undefined);
    expect(typeof waiting).toBe('function');
    expect(values((waiting as (p: Pattern<unknown>) => Pattern<unknown>)(pat))).toEqual(values(segment(4, pat)));
  });

  it('passes every argument through, whatever the arity', () => {
    const seen: unknown[][] = [];
    const f = curried(function f<T>(a: number, b: string, c: boolean, d: number, pat: Pattern<T>): Pattern<T> {
      seen.push([a, b, c, d]);
      return pat;
    });
    const pat = s('bd');
    expect(f(1, 'x', true, 2, pat)).toBe(pat);
    expect(f(3, 'y', false, 4)(pat)).toBe(pat);
    expect(seen).toEqual([[1, 'x', true, 2], [3, 'y', false, 4]]);
  });
});
