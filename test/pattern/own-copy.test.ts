import { describe, expect, it } from 'vitest';
import { ownCopy } from '../../src/pattern/own-copy.ts';

describe('ownCopy', () => {
  it('copies what a spread copies, in the same order, and nothing inherited', () => {
    const base = Object.create({ inherited: 1 }) as Record<string, unknown>;
    Object.assign(base, { s: 'bd', 2: 'two', n: 3, 1: 'one' });
    Object.defineProperty(base, 'hidden', { value: true, enumerable: false });
    const copy = ownCopy(base);
    expect(Object.entries(copy)).toEqual(Object.entries({ ...base }));
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    copy.s = 'sd';
    expect(base.s).toBe('bd');
    expect(ownCopy(null)).toEqual({});
  });
});
