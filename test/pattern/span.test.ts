import { describe, expect, it } from 'vitest';
import { span } from '../../src/pattern/span.ts';

const show = (s: { toString(): string } | undefined) => (s === undefined ? 'none' : s.toString());

describe('Span', () => {
  it('splits at cycle boundaries', () => {
    expect(span(0.5, 2.25).spanCycles().map(show)).toEqual(['1/2→1/1', '1/1→2/1', '2/1→9/4']);
  });
  it('keeps a zero-width span whole', () => {
    expect(span(1, 1).spanCycles().map(show)).toEqual(['1/1→1/1']);
  });
  it('intersects, and does not meet a zero-width span at its end', () => {
    expect(show(span(0, 1).intersection(span(0.5, 2)))).toBe('1/2→1/1');
    expect(show(span(0, 1).intersection(span(1, 2)))).toBe('none');
    expect(show(span(0, 1).intersection(span(1, 1)))).toBe('none');
    expect(show(span(0, 1).intersection(span(0, 0)))).toBe('0/1→0/1');
  });
});
