import { describe, it } from 'vitest';
import { expectStepsLikeStrudel } from './structure-oracle.ts';

describe('stack', () => {
  it('has the least common multiple of the known step counts', () => {
    expectStepsLikeStrudel((L) => L.stack(L.sequence(1, 2), L.sequence(3, 4, 5)));
    expectStepsLikeStrudel((L) => L.stack(L.sequence(1, 2, 3).zoom(0.25, 0.75), L.sequence(1, 2, 3, 4, 5).zoom(0, 0.5)));
    expectStepsLikeStrudel((L) => L.stack(L.sequence(1, 2), L.sequence(1, 2).fastGap(2)));
    expectStepsLikeStrudel((L) => L.stack(L.sequence(1, 2).fastGap(2)));
  });
});

describe('cat', () => {
  it('has the least common multiple of the known step counts', () => {
    expectStepsLikeStrudel((L) => L.cat(L.sequence(1, 2), L.sequence(3, 4, 5)));
    expectStepsLikeStrudel((L) => L.cat(L.sequence(1, 2), L.sequence(1, 2, 3, 4)));
    expectStepsLikeStrudel((L) => L.cat());
  });
});

describe('slowcat', () => {
  it('is cat', () => {
    expectStepsLikeStrudel((L) => L.slowcat(L.sequence(1, 2), L.sequence(3, 4, 5)));
  });
});

describe('fastcat', () => {
  it('has as many steps as parts', () => {
    expectStepsLikeStrudel((L) => L.fastcat(L.sequence(1, 2), L.sequence(3, 4, 5)));
    expectStepsLikeStrudel((L) => L.fastcat());
  });
});

describe('seq', () => {
  it('has as many steps as parts, or the step count of a single part', () => {
    expectStepsLikeStrudel((L) => L.seq(1, L.sequence(3, 4, 5), 2));
    expectStepsLikeStrudel((L) => L.seq(L.sequence(3, 4, 5)));
  });
});

describe('segment', () => {
  it('has n steps', () => {
    expectStepsLikeStrudel((L) => L.sequence(1, 2, 3).segment(5));
    expectStepsLikeStrudel((L) => L.sequence(1, 2, 3).segment(2.5));
  });
});

describe('ply', () => {
  it('multiplies the step count', () => {
    expectStepsLikeStrudel((L) => L.sequence(1, 2, 3).ply(1.5));
  });
});

describe('fast', () => {
  it('keeps the step count, also with a patterned factor', () => {
    expectStepsLikeStrudel((L) => L.sequence(1, 2, 3).fast(L.cat(1, 2)));
    expectStepsLikeStrudel((L) => L.sequence(1, 2, 3).early(L.cat(0.25, 0.5)));
    expectStepsLikeStrudel((L) => L.sequence(1, 2, 3).late(L.cat(0.25, 0.5)));
  });
});
