// The learning pages' addresses in the URL's hash.
import { describe, expect, it } from 'vitest';
import { learnHash, learnRoute, type LearnRoute } from '../../src/app/learn-routes.ts';

describe('learnRoute', () => {
  it('reads the pages and the places on them', () => {
    expect(learnRoute('#tutorial')).toEqual({ page: 'tutorial' });
    expect(learnRoute('#tutorial-rhythm')).toEqual({ page: 'tutorial', step: 'rhythm' });
    expect(learnRoute('#reference')).toEqual({ page: 'reference' });
    expect(learnRoute('#ref-fast')).toEqual({ page: 'reference', name: 'fast' });
    expect(learnRoute('ref-lpf')).toEqual({ page: 'reference', name: 'lpf' });
  });

  it('names no page for other hashes (a share link, nothing)', () => {
    expect(learnRoute('#code=y0vNL0lV')).toBeUndefined();
    expect(learnRoute('')).toBeUndefined();
    expect(learnRoute('#')).toBeUndefined();
    expect(learnRoute('#tutorials')).toBeUndefined();
  });
});

describe('learnHash', () => {
  it('writes the hash that learnRoute reads back', () => {
    const routes: LearnRoute[] = [
      { page: 'tutorial' },
      { page: 'tutorial', step: 'first-sound' },
      { page: 'reference' },
      { page: 'reference', name: 'fast' },
      { page: 'reference', name: 'a b' },
    ];
    for (const route of routes) expect(learnRoute(learnHash(route))).toEqual(route);
    expect(learnHash({ page: 'reference', name: 'fast' })).toBe('#ref-fast');
  });
});
