import { describe, expect, it } from 'vitest';
import {
  fast, inhabit, inhabitmod, lookupPattern, n, note, pick, pickF, pickmod, pickmodF, pickmodOut, pickmodReset,
  pickmodRestart, pickmodSqueeze, pickOut, pickReset, pickRestart, pickSqueeze, rev, s, sequence, squeeze, cat,
} from '../../src/pattern/index.ts';
import { expectPatternLike, expectSameAsStrudel } from './values-oracle.ts';

describe('pick', () => {
  it('picks from a list by index, keeping the structure of what it picks', async () => {
    await expectSameAsStrudel('note("<0 1 2!2 3>".pick(["g a", "e f", "f g f g", "g c d"]))');
    await expectSameAsStrudel('sound("<0 1 [2,0]>".pick(["bd sd", "cp cp", "hh hh"]))');
  });
  it('rounds indices and holds them at the ends of the list', async () => {
    await expectSameAsStrudel('"0 1.4 1.5 2.5 -1 9 <0.5 -0.5>".pick(["a", "b c", "d"])');
  });
  it('picks from a table by name', async () => {
    await expectSameAsStrudel('s("<a!2 [a,b] b>".pick({a: "bd(3,8)", b: "sd sd"}))');
  });
  it('takes the lookup first and the index pattern last, curried without it', async () => {
    await expectPatternLike(pick(['a', 'b c'], sequence(0, 1)), 'sequence(0, 1).pick(["a", "b c"])');
    await expectPatternLike(pick({ x: n(1), y: n(sequence(2, 3)) })(cat('x', 'y')), "cat('x', 'y').pick({x: n(1), y: n(sequence(2, 3))})");
  });
});

describe('pickmod', () => {
  it('wraps indices past the end of the list', async () => {
    await expectSameAsStrudel('"0 1.4 1.5 2.5 4 7.6 <5 6>".pickmod(["a", "b c", "d"])');
    await expectPatternLike(pickmod(['a', 'b c'], sequence(3, 4)), 'sequence(3, 4).pickmod(["a", "b c"])');
  });
});

describe('pickOut', () => {
  it('keeps the structure of the index pattern', async () => {
    await expectSameAsStrudel('"<0 1>*4 [0 1]".pickOut(["a*3", "b c"])');
    await expectPatternLike(pickOut(['a*3', 'b c'], '<0 1>*4'), '"<0 1>*4".pickOut(["a*3", "b c"])');
  });
});

describe('pickmodOut', () => {
  it('keeps the structure of the index pattern and wraps indices', async () => {
    await expectSameAsStrudel('"<0 1 2>*4".pickmodOut(["a*3", "b c"])');
    await expectPatternLike(pickmodOut(['a*3', 'b c'], '<0 1 2>*4'), '"<0 1 2>*4".pickmodOut(["a*3", "b c"])');
  });
});

describe('pickRestart', () => {
  it('restarts the picked pattern from cycle zero at each index event', async () => {
    await expectSameAsStrudel(
      '"<a@2 b@2 c@2 d@2>".pickRestart({a: n("0 1 2 0"), b: n("2 3 4 ~"), c: n("[4 5] [4 3] 2 0"), d: n("0 -3 0 ~")})',
    );
    await expectPatternLike(pickRestart(['<a b> c', 'd e f'], '<0 1>@3 0'), '"<0 1>@3 0".pickRestart(["<a b> c", "d e f"])');
  });
});

describe('pickmodRestart', () => {
  it('restarts the picked pattern and wraps indices', async () => {
    await expectSameAsStrudel('"<0 1 2>@3 <1 0>".pickmodRestart(["<c d> e f", "g a"])');
    await expectPatternLike(pickmodRestart(['<a b> c', 'd e f'], '<0 3>@3 2'), '"<0 3>@3 2".pickmodRestart(["<a b> c", "d e f"])');
  });
});

describe('pickReset', () => {
  it("restarts the picked pattern from the current cycle's start at each index event", async () => {
    await expectSameAsStrudel('"<0 1> [0 1]".pickReset(["<c d> e f", "g a b"])');
    await expectPatternLike(pickReset(['<a b> c', 'd e f'], '<0 1>@3 0'), '"<0 1>@3 0".pickReset(["<a b> c", "d e f"])');
  });
});

describe('pickmodReset', () => {
  it('resets the picked pattern and wraps indices', async () => {
    await expectSameAsStrudel('"<0 1 2> [0 3]".pickmodReset(["<c d> e f", "g a b"])');
    await expectPatternLike(pickmodReset(['<a b> c', 'd e f'], '<0 3>@3 2'), '"<0 3>@3 2".pickmodReset(["<a b> c", "d e f"])');
  });
});

describe('inhabit', () => {
  it('squeezes a whole cycle of the picked pattern into each index event', async () => {
    await expectSameAsStrudel('"<a b [a,b]>".inhabit({a: s("bd sd sd"), b: s("cp sd")})');
    await expectSameAsStrudel('s("a@2 [a b] a".inhabit({a: "bd sd*3", b: "sd sd"})).slow(4)');
    await expectPatternLike(inhabit(['a b', 'c d e'], '<0 1 2> 1'), '"<0 1 2> 1".inhabit(["a b", "c d e"])');
  });
});

describe('inhabitmod', () => {
  it('squeezes the picked pattern and wraps indices', async () => {
    await expectSameAsStrudel('"<0 1 2 3> 1".inhabitmod(["a b", "c d e"])');
    await expectPatternLike(inhabitmod(['a b', 'c d e'], '<0 1 2> 3'), '"<0 1 2> 3".inhabitmod(["a b", "c d e"])');
  });
});

describe('pickSqueeze', () => {
  it('is inhabit', async () => {
    expect(pickSqueeze).toBe(inhabit);
    await expectSameAsStrudel('"<0 1> 1".pickSqueeze(["a b", "c d e"])');
  });
});

describe('pickmodSqueeze', () => {
  it('is inhabitmod', async () => {
    expect(pickmodSqueeze).toBe(inhabitmod);
    await expectSameAsStrudel('"<0 1 2 3> 1".pickmodSqueeze(["a b", "c d e"])');
  });
});

describe('squeeze', () => {
  it('takes the index pattern first and squeezes the picked patterns into its events', async () => {
    await expectSameAsStrudel('note(squeeze("<0@2 [1!2] 2>", ["g a", "f g f g", "g a c d"]))');
    await expectPatternLike(squeeze('<0 1> 1', ['a b', 'c d e']), 'squeeze("<0 1> 1", ["a b", "c d e"])');
  });
});

describe('pickF', () => {
  it('applies the function picked by index', async () => {
    await expectSameAsStrudel('s("bd [rim hh]").pickF("<0 1 2> 5", [rev, fast(2), x => x.speed(2)])');
    await expectSameAsStrudel('note("<c2 d2>(3,8)").s("square").pickF("<0 2> 1", [rev, fast(2), x => x.lpf(800)])');
    await expectPatternLike(pickF('<0 1>', [rev, fast(2)], s('bd sd hh')), 'pickF("<0 1>", [rev, fast(2)], s("bd sd hh"))');
  });
});

describe('pickmodF', () => {
  // Strudel 1.2.6's pickmodF gives no events at all; this compares with pickF on wrapped indices.
  it('applies the function picked by index, wrapping indices', async () => {
    const funcs = [rev, fast(2), (x: ReturnType<typeof s>) => x.speed(2)];
    await expectPatternLike(pickmodF('<0 1 2 3> [4 -1]', funcs, s('bd [rim hh]')), 's("bd [rim hh]").pickF("<0 1 2 0> [1 2]", [rev, fast(2), x => x.speed(2)])');
    await expectPatternLike(pickmodF('<3 4>', funcs)(s('bd sd')), 's("bd sd").pickF("<0 1>", [rev, fast(2), x => x.speed(2)])');
  });
});

describe('lookupPattern', () => {
  it('rounds and holds or wraps list indices, and gives silence for a missing name', () => {
    const values = (key: unknown, wrap: boolean) => lookupPattern(['a', 'b', 'c'], key, wrap).queryArc(0, 1).map((h) => h.value);
    expect([values(1.5, false), values(5, false), values(-2, false), values(5, true), values(-1, true)]).toEqual([['c'], ['c'], ['a'], ['c'], ['c']]);
    expect(lookupPattern({ a: note('c') }, 'b', false).queryArc(0, 1)).toEqual([]);
  });
});
