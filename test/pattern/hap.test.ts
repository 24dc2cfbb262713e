import { describe, expect, it } from 'vitest';
import { combineContexts } from '../../src/pattern/hap.ts';

describe('combineContexts', () => {
  it('keeps the source locations of both sides, in order', () => {
    const a = { locations: [{ start: 0, end: 2 }] };
    const b = { locations: [{ start: 5, end: 7 }] };
    expect(combineContexts(a, b).locations).toEqual([{ start: 0, end: 2 }, { start: 5, end: 7 }]);
  });
  it('keeps the scale a note was placed in through a join', () => {
    const a = { locations: [{ start: 0, end: 2 }], scale: 'C major' };
    const b = { locations: [{ start: 5, end: 7 }] };
    expect(combineContexts(a, b).scale).toBe('C major');
    expect(combineContexts(b, a).scale).toBe('C major');
    expect(combineContexts(a, { locations: [], scale: 'D dorian' }).scale).toBe('D dorian');
  });
});
