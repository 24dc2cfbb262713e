import { describe, expect, it } from 'vitest';
import '../../src/pattern/surface/index.ts'; // the pattern methods (pat.fast(2), ...), which the modules imported here do not load
import fc from 'fast-check';
import { compareEvents, strudelEvents, type OracleEvent } from '../oracle/strudel.ts';
import type { Hap } from '../../src/pattern/hap.ts';
import type { Pattern } from '../../src/pattern/pattern.ts';
import { cat, pure, sequence, stack } from '../../src/pattern/constructors.ts';
import { fast } from '../../src/pattern/time.ts';
import {
  almostAlways,
  almostNever,
  always,
  choose,
  chooseCycles,
  chooseIn,
  chooseOut,
  degrade,
  degradeBy,
  never,
  often,
  randcat,
  rarely,
  scramble,
  shuffle,
  someCycles,
  someCyclesBy,
  sometimes,
  sometimesBy,
  undegrade,
  undegradeBy,
  wchoose,
  wchooseCycles,
  wrandcat,
} from '../../src/pattern/chance.ts';

function toEvent(h: Hap<unknown>): OracleEvent {
  return {
    whole: h.whole ? [h.whole.begin.toString(), h.whole.end.toString()] : null,
    part: [h.part.begin.toString(), h.part.end.toString()],
    value: h.value,
  };
}

const events = (pat: Pattern<unknown>, begin: number, end: number): OracleEvent[] => pat.queryArc(begin, end).map(toEvent);

async function expectLikeStrudel(code: string, pat: Pattern<unknown>, cycles = 8): Promise<void> {
  expect(compareEvents(events(pat, 0, cycles), await strudelEvents(code, cycles))).toBeNull();
}

const abcd = (): Pattern<string> => sequence('a', 'b', 'c', 'd');
// Events that cross cycle boundaries: [1/4, 11/12), [11/12, 19/12), ...
const crossing = (): Pattern<string> => sequence('a', 'b', 'c').slow(2).late(0.25);
const crossingCode = '"a b c".slow(2).late(0.25)';
const bang = (p: Pattern<string>): Pattern<string> => p.fmap((v) => `${v}!`);
const bangCode = "(p) => p.fmap((v) => v + '!')";
const amounts = fc.double({ min: 0, max: 1, noNaN: true });

describe('degradeBy', () => {
  it('drops events like Strudel', async () => {
    await expectLikeStrudel('"a*16".degradeBy(0.3)', pure('a').fast(16).degradeBy(0.3));
    await expectLikeStrudel(`${crossingCode}.degradeBy(0.4)`, crossing().degradeBy(0.4));
  });
  it('takes a patterned amount', async () => {
    await expectLikeStrudel('"a*8".degradeBy("<0.2 0.8>")', degradeBy(cat(0.2, 0.8), pure('a').fast(8)));
    await expectLikeStrudel(`${crossingCode}.degradeBy("0.1 0.6")`, degradeBy(sequence(0.1, 0.6), crossing()), 16);
  });
  it('degradeBy(0) keeps every event except those whose random value is exactly 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 200 }), (n, c) => {
        const p = pure('x').fast(n);
        expect(events(degradeBy(0, p), c, c + 1)).toEqual(events(p, c, c + 1));
      }),
    );
  });
  it('degradeBy(1) removes everything', () => {
    expect(events(degradeBy(1, pure('x').fast(16)), 0, 16)).toEqual([]);
  });
  it('keeps a subset of the events', () => {
    fc.assert(
      fc.property(amounts, (x) => {
        const all = new Set(events(abcd(), 0, 4).map((e) => JSON.stringify(e)));
        for (const e of events(degradeBy(x, abcd()), 0, 4)) expect(all.has(JSON.stringify(e))).toBe(true);
      }),
    );
  });
  it('curries', () => {
    expect(events(degradeBy(0.5)(abcd()), 0, 4)).toEqual(events(degradeBy(0.5, abcd()), 0, 4));
  });
});

describe('degrade', () => {
  it('drops half the events like Strudel', async () => {
    await expectLikeStrudel('"a b c d e f g h".degrade()', degrade(sequence('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')));
  });
});

describe('undegradeBy', () => {
  it('keeps events like Strudel', async () => {
    await expectLikeStrudel('"a*16".undegradeBy(0.3)', pure('a').fast(16).undegradeBy(0.3));
    await expectLikeStrudel(`${crossingCode}.undegradeBy("<0.3 0.9>")`, crossing().undegradeBy(cat(0.3, 0.9)), 16);
  });
  it('partitions the events with degradeBy(1 - x) (outside exact ties)', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 50 }), (x, c) => {
        const p = pure('x').fast(8);
        const a = events(degradeBy(x, p), c, c + 1).map((e) => e.whole?.[0]);
        const b = events(undegradeBy(1 - x, p), c, c + 1).map((e) => e.whole?.[0]);
        expect(a.filter((t) => b.includes(t))).toEqual([]);
        expect([...a, ...b].length).toBe(8);
      }),
    );
  });
});

describe('undegrade', () => {
  it('keeps the half that degrade drops, like Strudel', async () => {
    await expectLikeStrudel('"a*8".undegrade()', undegrade(pure('a').fast(8)));
    await expectLikeStrudel('stack("a*8".degrade(), "b*8".undegrade())', stack(degrade(pure('a').fast(8)), undegrade(pure('b').fast(8))));
  });
});

describe('sometimesBy', () => {
  it('applies a function to some events like Strudel', async () => {
    await expectLikeStrudel(`"a*8".sometimesBy(0.3, ${bangCode})`, pure('a').fast(8).sometimesBy(0.3, bang));
    await expectLikeStrudel(`${crossingCode}.sometimesBy(0.5, ${bangCode})`, crossing().sometimesBy(0.5, bang));
  });
  it('gives the function only the chosen events (sometimesBy(0.5, fast(2)))', async () => {
    await expectLikeStrudel('"a b c d".sometimesBy(0.5, fast(2))', abcd().sometimesBy(0.5, fast(2)));
  });
  it('takes a patterned probability', async () => {
    await expectLikeStrudel(`"a*8".sometimesBy("<0.1 0.9>", ${bangCode})`, sometimesBy(cat(0.1, 0.9), bang, pure('a').fast(8)));
  });
  it('keeps the count of events for a function that keeps them', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 100 }), (x, c) => {
        expect(events(sometimesBy(x, bang, abcd()), c, c + 1).length).toBe(4);
      }),
    );
  });
});

describe.each([
  ['sometimes', sometimes],
  ['often', often],
  ['rarely', rarely],
  ['almostNever', almostNever],
  ['almostAlways', almostAlways],
  ['always', always],
  ['never', never],
] as const)('%s', (name, f) => {
  it('applies the function like Strudel', async () => {
    await expectLikeStrudel(`"a*8".${name}(${bangCode})`, f(bang, pure('a').fast(8)));
    await expectLikeStrudel(`"a b c d".${name}(fast(2))`, f(fast(2), abcd()));
  });
  it('curries', () => {
    expect(events(f(bang)(abcd()), 0, 2)).toEqual(events(f(bang, abcd()), 0, 2));
  });
});

describe('someCyclesBy', () => {
  it('applies a function to whole cycles like Strudel', async () => {
    await expectLikeStrudel(`"a*4".someCyclesBy(0.3, ${bangCode})`, someCyclesBy(0.3, bang, pure('a').fast(4)), 16);
    await expectLikeStrudel(`${crossingCode}.someCyclesBy(0.5, ${bangCode})`, crossing().someCyclesBy(0.5, bang));
    await expectLikeStrudel('"a b".someCyclesBy(0.5, fast(2))', sequence('a', 'b').someCyclesBy(0.5, fast(2)));
  });
  it('takes a patterned probability', async () => {
    await expectLikeStrudel(`"a*4".someCyclesBy("<0.2 0.7>", ${bangCode})`, someCyclesBy(cat(0.2, 0.7), bang, pure('a').fast(4)), 16);
  });
  it('changes all events of a cycle or none', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 200 }), (x, c) => {
        const values = events(someCyclesBy(x, bang, abcd()), c, c + 1).map((e) => e.value as string);
        expect(values.length).toBe(4);
        expect(new Set(values.map((v) => v.endsWith('!'))).size).toBe(1);
      }),
    );
  });
});

describe('someCycles', () => {
  it('applies a function to half the cycles like Strudel', async () => {
    await expectLikeStrudel(`"a b".someCycles(${bangCode})`, someCycles(bang, sequence('a', 'b')), 16);
  });
});

describe('choose', () => {
  it('chooses values like Strudel', async () => {
    await expectLikeStrudel('choose("a", "b", "c").segment(8)', choose('a', 'b', 'c').segment(8));
    await expectLikeStrudel('choose(0, 2, 4, 7)', choose(0, 2, 4, 7));
  });
  it('outer-joins chosen patterns like Strudel', async () => {
    await expectLikeStrudel('choose(sequence("a", "b", "c"), "d").segment(2)', choose(sequence('a', 'b', 'c'), 'd').segment(2));
  });
});

describe('chooseOut', () => {
  it('is choose', async () => {
    await expectLikeStrudel('chooseOut(sequence("a", "b"), "c").segment(4)', chooseOut(sequence('a', 'b'), 'c').segment(4));
  });
});

describe('chooseIn', () => {
  it('inner-joins chosen patterns like Strudel', async () => {
    await expectLikeStrudel('chooseIn(sequence("a", "b", "c"), "d").segment(2)', chooseIn(sequence('a', 'b', 'c'), 'd').segment(2));
  });
});

describe('wchoose', () => {
  it('chooses by weight like Strudel', async () => {
    await expectLikeStrudel('wchoose(["a", 1], ["b", 3], ["c", 0.5]).segment(8)', wchoose(['a', 1], ['b', 3], ['c', 0.5]).segment(8));
  });
});

describe('randcat', () => {
  it('plays a random pattern each cycle like Strudel', async () => {
    await expectLikeStrudel('randcat("a b", "c", "d e f")', randcat(sequence('a', 'b'), 'c', sequence('d', 'e', 'f')), 16);
  });
});

describe('chooseCycles', () => {
  it('is randcat', async () => {
    await expectLikeStrudel('chooseCycles("a", "b", "c")', chooseCycles('a', 'b', 'c'), 16);
  });
});

describe('wrandcat', () => {
  it('plays a weighted random pattern each cycle like Strudel', async () => {
    await expectLikeStrudel('wrandcat(["a b", 2], ["c", 1])', wrandcat([sequence('a', 'b'), 2], ['c', 1]), 16);
  });
});

describe('wchooseCycles', () => {
  it('is wrandcat', async () => {
    await expectLikeStrudel('wchooseCycles(["a", 1], ["c", 3])', wchooseCycles(['a', 1], ['c', 3]), 16);
  });
});

describe('shuffle', () => {
  it('reorders the parts of each cycle like Strudel', async () => {
    await expectLikeStrudel('"a b c d".shuffle(4)', abcd().shuffle(4));
    await expectLikeStrudel('"a b c d e f".shuffle(3)', shuffle(3, sequence('a', 'b', 'c', 'd', 'e', 'f')));
  });
  it('takes a patterned count', async () => {
    await expectLikeStrudel('"a b c d".shuffle("<2 4>")', shuffle(cat(2, 4), abcd()));
  });
  it('plays every part once per cycle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), (c) => {
        expect(events(shuffle(4, abcd()), c, c + 1).map((e) => e.value).sort()).toEqual(['a', 'b', 'c', 'd']);
      }),
    );
  });
});

describe('scramble', () => {
  it('picks parts at random like Strudel', async () => {
    await expectLikeStrudel('"a b c d".scramble(4)', abcd().scramble(4));
    await expectLikeStrudel('"a b c d".scramble("<2 4>")', scramble(cat(2, 4), abcd()));
  });
});
