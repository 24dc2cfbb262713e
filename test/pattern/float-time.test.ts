import * as strudelCore from '@strudel/core';
import { describe, expect, it } from 'vitest';
import { timeFromFloat } from '../../src/pattern/float-time.ts';

/** Strudel's own reading of a float as a time (its `Fraction`, the black-box reference), as "n/d". */
function reference(x: number): string {
  const text = String(strudelCore.Fraction(x).toFraction());
  return text.includes('/') ? text : `${text}/1`;
}

describe('timeFromFloat', () => {
  it('reads floats as Strudel\'s fraction library does', () => {
    const xs = [0.1, 1 / 3, 0.35416666666666663, 0.8535533905932737, 0.7071067811865476, 1e-9, 0.9999999, 1.5, 12.345678, -0.3, 2 / 7, Math.PI];
    for (let i = 0; i < 200; i++) xs.push(Math.sin(i * 1.7) * 10 ** ((i % 7) - 3));
    for (const x of xs) expect(`${timeFromFloat(x).toString()}`, String(x)).toBe(reference(x));
  });
  it('keeps integers as they are', () => {
    expect(timeFromFloat(3).toString()).toBe('3/1');
    expect(timeFromFloat(-2).toString()).toBe('-2/1');
  });
});
