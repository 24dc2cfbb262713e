import { describe, it } from 'vitest';
import { expectLikeStrudel, expectStepsLikeStrudel } from './structure-oracle.ts';

describe('run', () => {
  it('counts from 0 to n - 1 in one cycle', () => {
    expectLikeStrudel((L) => L.run(4));
    expectStepsLikeStrudel((L) => L.run(4));
  });
  it('reads fractional counts from the position in the cycle, as Strudel does', () => {
    expectLikeStrudel((L) => L.run(2.5));
    expectStepsLikeStrudel((L) => L.run(2.5));
  });
  it('takes a patterned count, indexing cut events from where the count changes', () => {
    expectLikeStrudel((L) => L.run(L.sequence(2, 3, L.cat(4, 5))));
    expectLikeStrudel((L) => L.run(L.sequence(3, 3)).early(1 / 6));
    expectStepsLikeStrudel((L) => L.run(L.sequence(2, 3)));
  });
  it('is silent for counts of zero or less', () => {
    expectLikeStrudel((L) => L.run(0), { allowEmpty: true });
    expectLikeStrudel((L) => L.run(-2), { allowEmpty: true });
  });
});

describe('binaryN', () => {
  it('gives the bits of a number, most significant first', () => {
    expectLikeStrudel((L) => L.binaryN(5, 6));
    expectLikeStrudel((L) => L.binaryN(13, 2));
    expectStepsLikeStrudel((L) => L.binaryN(5, 6));
  });
  it('takes patterned numbers and bit counts', () => {
    expectLikeStrudel((L) => L.binaryN(L.sequence(5, 3), L.cat(4, 2, 3)));
    expectStepsLikeStrudel((L) => L.binaryN(L.sequence(5, 3), 4));
  });
});

describe('binary', () => {
  it('gives the bits of a number with as many steps as it needs', () => {
    expectLikeStrudel((L) => L.binary(5));
    expectLikeStrudel((L) => L.binary(255));
    expectStepsLikeStrudel((L) => L.binary(5));
  });
  it('takes a patterned number', () => {
    expectLikeStrudel((L) => L.binary(L.sequence(5, 12)));
    expectLikeStrudel((L) => L.binary(L.sequence(5, 5)));
  });
});
