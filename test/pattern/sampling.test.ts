import { describe, expect, it } from 'vitest';
import { chop, fit, loopAt, loopAtCps, s, sequence, slice, splice, striate } from '../../src/pattern/index.ts';
import { evaluate } from '../../src/eval/index.ts';
import { compareEvents, type OracleEvent } from '../oracle/strudel.ts';
import { eventsOf, expectPatternLike, expectSameAsStrudel, oracle } from './values-oracle.ts';

describe('chop', () => {
  it("cuts each event into parts, dividing the sample between the event's begin and end", async () => {
    await expectSameAsStrudel('s("a b").chop(2)');
    await expectSameAsStrudel('s("a b").begin(0.2).end(0.6).chop("<2 3>")');
    await expectSameAsStrudel('s("a b").chop("1 3")');
  });
  it('cuts the whole of an event that crosses a cycle', async () => {
    await expectSameAsStrudel('s("a b").late(0.25).chop(2)');
    await expectSameAsStrudel('s("a b").slow(3).chop(2)');
  });
  it('makes floor(n) parts of size 1/n, and none for n < 1', async () => {
    await expectSameAsStrudel('s("a b").chop(1.5)');
    expect(chop(0, s('a b')).queryArc(0, 8)).toEqual([]);
  });
  it('is curried without the pattern', async () => {
    await expectPatternLike(chop(4)(s(sequence('a', 'b'))), 's(sequence("a", "b")).chop(4)');
  });
});

describe('striate', () => {
  it('speeds the pattern up n times, giving the i-th step of each n the i-th part of the sample', async () => {
    await expectSameAsStrudel('s("a b c").striate(2)');
    await expectSameAsStrudel('s("<a b>").striate(2)');
    await expectSameAsStrudel('s("a b").begin(0.5).striate("<2 3>")');
    await expectSameAsStrudel('s("a b").striate("1 2")');
    await expectSameAsStrudel('s("a").slow(2).striate(3)');
    await expectSameAsStrudel('s("numbers:0 numbers:1 numbers:2").striate(6).slow(3)');
  });
  it('is curried without the pattern', async () => {
    await expectPatternLike(striate(3)(s(sequence('a', 'b'))), 's(sequence("a", "b")).striate(3)');
  });
});

describe('slice', () => {
  it('plays the slices the index pattern chooses, structure from the index pattern', async () => {
    await expectSameAsStrudel('s("a b").slice(4, "0 3")');
    await expectSameAsStrudel('s("a b").slice("4 2", "0 3 1")');
    await expectSameAsStrudel('s("a b").slice(4, "<0 2> 1.5")');
    await expectSameAsStrudel('s("breaks165").slice(8, "0 1 <2 2*2> 3 [4 0] 5 6 7".every(3, rev)).slow(0.75)');
  });
  it("lets the pattern's own controls win", async () => {
    await expectSameAsStrudel('s("a b").begin(0.5).speed(2).slice(4, "0 3")');
  });
  it('slices at a list of points', async () => {
    await expectSameAsStrudel('s("a b").slice([0, 0.25, 0.7], "0 1 2 5")');
    await expectPatternLike(slice([0, 0.5], '0 1', s('a')), 's("a").slice([0, 0.5], "0 1")');
  });
  it('is curried without the pattern', async () => {
    await expectPatternLike(slice(4, '0 <3 2>')(s('a b')), 's("a b").slice(4, "0 <3 2>")');
  });
});

describe('splice', () => {
  it("sets speed and unit 'c' so each slice fills its event", async () => {
    await expectSameAsStrudel('s("a b").splice(4, "0 [3 2]")');
    await expectSameAsStrudel('s("a b").splice("4 2", "0 3 1")');
    await expectSameAsStrudel('s("breaks165").splice(8, "0 1 [2 3 0]@2 3 0@2 7")');
  });
  it("lets the pattern's own speed and unit win, as Strudel does", async () => {
    await expectSameAsStrudel('s("a b").speed(2).unit("x").splice(4, "0 [3 2]")');
    await expectSameAsStrudel('s("a b").slice(4, "0 3").splice(2, "1")');
  });
  it('is curried without the pattern', async () => {
    await expectPatternLike(splice(8, '0 [1 2]')(s('a')), 's("a").splice(8, "0 [1 2]")');
  });
});

/**
 * Strudel's events for `code` with each `speed` multiplied by `factor`: Strudel's loopAt writes
 * `cps / f` (cps 0.5 in the oracle) where weft writes Tidal's `1 / f` (see differences.ts).
 */
async function strudelWithSpeedTimes(code: string, factor: number): Promise<OracleEvent[]> {
  return (await oracle(code)).map((e) => {
    const value = e.value as Record<string, unknown>;
    return { ...e, value: { ...value, speed: (value.speed as number) * factor } };
  });
}

describe('loopAt', () => {
  it("sets speed to 1 / factor with unit 'c', so each sample lasts factor cycles, and slows the pattern", async () => {
    for (const code of ['s("rhodes").loopAt(2)', 's("a b").speed(2).loopAt("1 2")', 's("a b").loopAt("<2 1.5 0.5>")', 's("a").slow(2).loopAt(1)']) {
      const ours = evaluate(code).pattern;
      expect(compareEvents(eventsOf(ours), await strudelWithSpeedTimes(code, 2)), code).toBeNull();
    }
    expect(loopAt(2, s('a')).queryArc(0, 2).map((h) => h.value.speed)).toEqual([0.5]);
  });
  it('does not depend on a tempo in the query', () => {
    const pat = loopAt(2, s('a'));
    const speeds = (controls: Record<string, unknown>) => pat.queryArc(0, 2, controls).map((h) => h.value.speed);
    expect([speeds({}), speeds({ _cps: 1 })]).toEqual([[0.5], [0.5]]);
  });
  it('is curried without the pattern', () => {
    expect(eventsOf(loopAt(4)(s('a b')))).toEqual(eventsOf(loopAt(4, s('a b'))));
  });
});

describe('loopAtCps', () => {
  it('is loopAt whatever the cps given, since the engine stretches at the real tempo', async () => {
    expect(eventsOf(loopAtCps(2, 1.5, s('a b')))).toEqual(eventsOf(loopAt(2, s('a b'))));
    expect(eventsOf(loopAtCps('<1 2>', 1, s('a').slow(3)))).toEqual(eventsOf(loopAt('<1 2>', s('a').slow(3))));
    expect(compareEvents(eventsOf(loopAtCps(2, 1.5, s('a b'))), await strudelWithSpeedTimes('s("a b").loopAtCps(2, 1.5)', 1 / 1.5))).toBeNull();
  });
  it('is curried without the pattern', () => {
    expect(eventsOf(loopAtCps(2, 0.75)(s('a b')))).toEqual(eventsOf(loopAtCps(2, 0.75, s('a b'))));
  });
});

describe('fit', () => {
  it("sets speed so that the sample between begin and end fills the event, with unit 'c'", async () => {
    await expectSameAsStrudel('s("a b").fit()');
    await expectSameAsStrudel('s("a b").slow(3).fit()');
    await expectSameAsStrudel('s("a b").begin(0.25).end(0.75).fit()');
    await expectSameAsStrudel('s("a b").chop(2).fit()');
    await expectSameAsStrudel('s("a b").late(0.25).fit()');
  });
  it('overrides speed and unit already set', async () => {
    await expectSameAsStrudel('s("a b").speed(3).unit("x").fit()');
    await expectPatternLike(fit(s('a b c').speed(3)), 's("a b c").speed(3).fit()');
  });
});
