import { describe, expect, it } from 'vitest';
import { Rational, s } from '../../src/pattern/index.ts';
import { controlsOf, uniqueLabels } from '../../src/scheduler/index.ts';

describe('uniqueLabels', () => {
  it('numbers repeated labels from #2, skipping labels the code already uses', () => {
    const p = s('bd');
    const labels = uniqueLabels([
      { label: '$', pattern: p },
      { label: '$', pattern: p },
      { label: '$#2', pattern: p },
      { label: '$', pattern: p },
      { label: 'bass', pattern: p },
    ]).map((b) => b.label);
    expect(labels).toEqual(['$', '$#3', '$#2', '$#4', 'bass']);
  });
});

describe('controlsOf', () => {
  it('passes a plain object through unchanged', () => {
    const value = { s: 'bd:2', note: 'c3', lpf: 800 };
    expect(controlsOf(value)).toBe(value);
  });

  it('wraps any other value as { value }', () => {
    const r = Rational.of(1, 3);
    expect(controlsOf(3)).toEqual({ value: 3 });
    expect(controlsOf('e4')).toEqual({ value: 'e4' });
    expect(controlsOf(null)).toEqual({ value: null });
    expect(controlsOf([1, 2])).toEqual({ value: [1, 2] });
    expect(controlsOf(r).value).toBe(r);
  });
});
