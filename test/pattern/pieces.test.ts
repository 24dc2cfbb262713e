import { describe, expect, it } from 'vitest';
import { add, apply, bite, chunkInto, fast, filter, plyWith, press, pressBy, sequence, type Pattern } from '../../src/pattern/index.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

const m = (L: Lib, code: string): Pattern<string> => L.mini(code) as Pattern<string>;
const nums = (L: Lib, code: string): Pattern<number> => L.mini(code) as Pattern<number>;

describe('bite', () => {
  it('plays slices of each cycle in the order of a pattern of slice numbers', () => {
    expectLikeStrudel((L) => m(L, 'a b c d').bite(4, nums(L, '3 2 [1 0]')));
    expectLikeStrudel((L) => m(L, '<a b> c d e').bite(2, nums(L, '0 1 <1 0>')));
    expectLikeStrudel((L) => m(L, 'a b c d').bite(nums(L, '<2 4>'), nums(L, '0 1')));
    expectLikeStrudel((L) => m(L, 'a b c d').bite(4, nums(L, '5 -1')));
    expectStepsLikeStrudel((L) => m(L, 'a b').bite(2, nums(L, '0 1')));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b', 'c', 'd');
    expect(weftEvents(bite(2, sequence(1, 0))(p), 0, 2)).toEqual(weftEvents(bite(2, sequence(1, 0), p), 0, 2));
  });
});

describe('into', () => {
  it('loops and changes the parts of the cycle where the boolean pattern is true', () => {
    expectLikeStrudel((L) => m(L, 'a b c d').into(nums(L, '1 0'), L.fast(2)));
    expectLikeStrudel((L) => m(L, 'a b c d').into(nums(L, '1 0 [1 0]'), L.fast(2)));
    expectLikeStrudel((L) => m(L, '<a b> c d e').into(nums(L, '1 0'), L.fast(2)));
    expectLikeStrudel((L) => m(L, 'a b c d').into(nums(L, '1 ~ 0'), L.rev));
    expectStepsLikeStrudel((L) => m(L, 'a b c d').into(nums(L, '1 0'), L.rev));
  });
});

describe('chunkInto', () => {
  it('applies the function to a looped chunk that moves forward each cycle', () => {
    expectLikeStrudel((L) => nums(L, '0 1 2 3 4 5 6 7').chunkInto(4, L.fast(2)));
    expectLikeStrudel((L) => nums(L, '<0 8> 1 2 3 4 5 6 7').chunkInto(nums(L, '<4 2>'), L.rev));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence(0, 1, 2, 3);
    expect(weftEvents(chunkInto(2, fast(2))(p), 0, 4)).toEqual(weftEvents(chunkInto(2, fast(2), p), 0, 4));
  });
});

describe('chunkBackInto', () => {
  it('applies the function to a looped chunk that moves backward, starting with the last', () => {
    expectLikeStrudel((L) => nums(L, '0 1 2 3 4 5 6 7').chunkBackInto(4, L.fast(2)));
    expectLikeStrudel((L) => nums(L, '0 1 2 3 4 5').chunkBackInto(3, L.rev));
  });
});

describe('plyWith', () => {
  it('repeats each event, applying the function once more to each repeat', () => {
    expectLikeStrudel((L) => nums(L, '<0 [2 4]>').plyWith(3, L.add(2)));
    expectLikeStrudel((L) => nums(L, '0 1').plyWith(nums(L, '<2 3>'), L.add(10)));
    expectLikeStrudel((L) => nums(L, '0 1').plyWith(2, L.fast(2)));
    expectStepsLikeStrudel((L) => m(L, 'a b c').plyWith(2, (x) => x));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence(0, 1);
    expect(weftEvents(plyWith(2, add(1))(p), 0, 2)).toEqual(weftEvents(plyWith(2, add(1), p), 0, 2));
  });
});

describe('plyForEach', () => {
  it('repeats each event, the i-th repeat made by the function with i', () => {
    expectLikeStrudel((L) => nums(L, '<0 [2 4]>').plyForEach(3, (p, n) => p.add(n * 10)));
    expectLikeStrudel((L) => nums(L, '0 1').plyForEach(nums(L, '2 3'), (p, n) => p.add(n * 10)));
    expectLikeStrudel((L) => nums(L, '0 1').plyForEach(2, (p) => p.add(100)));
    expectStepsLikeStrudel((L) => m(L, 'a b c').plyForEach(2, (x) => x));
  });
});

describe('pressBy', () => {
  it('squashes each event into the end of its span', () => {
    expectLikeStrudel((L) => m(L, 'a b c [d e]').pressBy(0.25));
    expectLikeStrudel((L) => m(L, 'a b c [d e]').pressBy(nums(L, '<0.25 0.5>')));
    expectLikeStrudel((L) => m(L, 'a b c [d e]').pressBy(nums(L, '0.25 0.5')));
    expectStepsLikeStrudel((L) => m(L, 'a b c').pressBy(0.5));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b');
    expect(weftEvents(pressBy(0.25)(p), 0, 2)).toEqual(weftEvents(pressBy(0.25, p), 0, 2));
  });
});

describe('press', () => {
  it('squashes each event into the second half of its span', () => {
    expectLikeStrudel((L) => m(L, 'a b c [d e]').press());
    expectLikeStrudel((L) => L.stack(m(L, 'hh*4'), m(L, 'bd mt sd ht').every(4, L.press)).slow(2), { negative: false });
    expect(weftEvents(press(sequence('a', 'b')), 0, 2)).toEqual(weftEvents(pressBy(0.5, sequence('a', 'b')), 0, 2));
  });
});

describe('apply', () => {
  it('applies a function to the pattern', () => {
    expectLikeStrudel((L) => nums(L, '0 1 2 3').apply(L.add(10)));
    expectLikeStrudel((L) => nums(L, '0 1 2 3').apply(L.fast(2)));
    expect(weftEvents(apply(fast(2), sequence(1, 2)), 0, 2)).toEqual(weftEvents(fast(2, sequence(1, 2)), 0, 2));
  });
});

describe('filter', () => {
  it('keeps the haps that pass a test of the hap', () => {
    expectLikeStrudel((L) => L.s(m(L, 'hh!7 oh')).filter((hap) => (hap.value as { s: string }).s === 'hh'));
    expectLikeStrudel((L) => m(L, 'a [b c]').filter((hap) => hap.whole !== undefined && hap.whole.begin.valueOf() >= 0.5));
    expectStepsLikeStrudel((L) => m(L, 'a b').filter(() => true));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence(1, 2, 3);
    const odd = (h: { value: number }) => h.value % 2 === 1;
    expect(weftEvents(filter(odd)(p), 0, 2)).toEqual(weftEvents(filter(odd, p), 0, 2));
  });
});
