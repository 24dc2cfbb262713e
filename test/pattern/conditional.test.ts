import { describe, expect, it } from 'vitest';
import { every, fast, pure, sequence, type Pattern } from '../../src/pattern/index.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

// Strudel computes `cycle % n` with JavaScript's `%`, so every/firstOf/lastOf/palindrome lose
// negative cycles there (see the report); weft follows Tidal. Those comparisons skip them.
const positive = { negative: false };

/** Four steps in cycle 0, two in cycle 1, repeating: shows which cycle is played. */
const twoCycles = (L: Lib): Pattern<number> => L.cat(L.sequence(1, 2, 3, 4), L.sequence(5, 6));

describe('every', () => {
  it('applies the function in the first of every n cycles', () => {
    expectLikeStrudel((L) => twoCycles(L).every(3, L.fast(2)), positive);
  });
  it('takes a patterned n', () => {
    expectLikeStrudel((L) => twoCycles(L).every(L.sequence(2, 3), L.fast(2)), positive);
  });
  it('works as a free function with the pattern last', () => {
    expectLikeStrudel((L) => L.every(2, (x) => x.rev(), twoCycles(L)), positive);
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence(1, 2, 3);
    expect(weftEvents(every(2, fast(2))(p), 0, 4)).toEqual(weftEvents(every(2, fast(2), p), 0, 4));
  });
  it('has no step count, as in Strudel', () => {
    expectStepsLikeStrudel((L) => twoCycles(L).every(3, L.fast(2)));
  });
  it('plays cycles before zero as Tidal does: cycle -3 is transformed, the others are not', () => {
    const events = weftEvents(every(3, fast(2), pure(1)), -4, 0);
    expect(events.map((e) => e.whole?.[0])).toEqual(['-4/1', '-3/1', '-5/2', '-2/1', '-1/1']);
  });
});

describe('firstOf', () => {
  it('applies the function in the first of every n cycles', () => {
    expectLikeStrudel((L) => twoCycles(L).firstOf(3, (x) => x.rev()), positive);
  });
  it('takes a patterned n', () => {
    expectLikeStrudel((L) => twoCycles(L).firstOf(L.cat(2, 3, 4), L.fast(2)), positive);
  });
});

describe('lastOf', () => {
  it('applies the function in the last of every n cycles', () => {
    expectLikeStrudel((L) => twoCycles(L).lastOf(3, L.rev), positive);
  });
  it('takes a patterned n', () => {
    expectLikeStrudel((L) => twoCycles(L).lastOf(L.sequence(2, 5), L.fast(2)), positive);
  });
});

describe('when', () => {
  it('applies the function where the boolean pattern is true', () => {
    expectLikeStrudel((L) => twoCycles(L).when(L.sequence(true, false), L.fast(2)));
  });
  it('reads 1 and 0 as true and false, cutting events at the boundaries', () => {
    expectLikeStrudel((L) => twoCycles(L).when(L.sequence(1, 0, L.cat(1, 0)), (x) => x.late(0.1)));
  });
});

describe('chunk', () => {
  it('applies the function to one quarter per cycle, moving forward, repeating each cycle n times', () => {
    expectLikeStrudel((L) => twoCycles(L).chunk(4, L.fast(2)));
  });
  it('takes a patterned n and keeps the step count', () => {
    expectLikeStrudel((L) => twoCycles(L).chunk(L.cat(4, 3), (x) => x.late(0.1)));
    expectStepsLikeStrudel((L) => twoCycles(L).chunk(L.cat(4, 3), L.fast(2)));
  });
});

describe('chunkBack', () => {
  it('applies the function to one part per cycle, moving backward', () => {
    expectLikeStrudel((L) => twoCycles(L).chunkBack(4, L.fast(2)));
    expectLikeStrudel((L) => twoCycles(L).chunkBack(3, (x) => x.rev()));
  });
});

describe('fastChunk', () => {
  it('applies the function to one part per cycle without repeating cycles', () => {
    expectLikeStrudel((L) => twoCycles(L).fastChunk(4, L.fast(2)));
    expectStepsLikeStrudel((L) => twoCycles(L).fastChunk(4, L.fast(2)));
  });
});

describe('palindrome', () => {
  it('reverses every other cycle', () => {
    expectLikeStrudel((L) => L.cat(L.sequence(1, 2, 3), L.sequence(4, 5)).palindrome(), positive);
    expectStepsLikeStrudel((L) => L.cat(L.sequence(1, 2, 3), L.sequence(4, 5)).palindrome());
  });
});

describe('brak', () => {
  it('squashes every other cycle into half and shifts it by a quarter', () => {
    expectLikeStrudel((L) => twoCycles(L).brak());
    expectStepsLikeStrudel((L) => twoCycles(L).brak());
  });
});
