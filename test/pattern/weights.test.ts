import { describe, expect, it } from 'vitest';
import { rand, sequence, wchoose, wchooseCycles, wchooseWith, wrandcat, wrandcatWith } from '../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

describe('wchoose', () => {
  it('takes weights as mini-notation patterns, as Strudel does', async () => {
    await expectSameAsStrudel('s("hh*4").n(wchoose([0, "<1 0.2>"], [2, 1]))');
    await expectSameAsStrudel('s("hh*8").n(wchoose([0, "1 0.2"], [2, "<1 3>"], [5, 0.5]))');
    await expectSameAsStrudel('n(wchoose([0, "1 0.2"], [2, 1]).segment(4))');
  });
  it('still agrees with plain number weights', async () => {
    await expectSameAsStrudel('s("hh*8").n(wchoose([0, 0.2], [2, 1], [7, 3]))');
  });
});

describe('wchooseWith', () => {
  it('combines patterned weights with structure from the first weight', () => {
    const plain = eventsOf(wchooseWith(rand.segment(4), [[0, 1], [2, 3]]), 2);
    const patterned = eventsOf(wchooseWith(rand.segment(4), [[0, sequence(1, 1)], [2, 3]]), 2);
    expect(patterned).toEqual(plain);
  });
});

describe('wchooseCycles', () => {
  it('takes weights as mini-notation patterns, as Strudel does', async () => {
    await expectSameAsStrudel('wchooseCycles(["bd(3,8)","<5 0>"], ["hh hh hh",3]).fast(4).s()');
    await expectSameAsStrudel('wchooseCycles(["bd sd","<5 0> 1"], ["hh hh hh",3]).s()');
  });
});

describe('wrandcat', () => {
  it('takes patterned weights, as Strudel does', async () => {
    await expectSameAsStrudel('wrandcat(["bd", "3 1"], ["hh*2", 1]).s()');
  });
  it('is wchooseCycles', () => {
    expect(eventsOf(wrandcat([sequence(1, 2), '<1 0>'], [3, 1]))).toEqual(eventsOf(wchooseCycles([sequence(1, 2), '<1 0>'], [3, 1])));
  });
});

describe('wrandcatWith', () => {
  it('gives a weight of 0 no chance', () => {
    const events = eventsOf(wrandcatWith(rand, [[1, '<0 0>'], [2, 1]]));
    expect(events.every((e) => e.value === 2)).toBe(true);
  });
});
