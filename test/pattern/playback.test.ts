import { describe, expect, it } from 'vitest';
import { cpm, hush, log, logValues, onTriggerTime, s, sequence } from '../../src/pattern/index.ts';
import { normalizeWeftHap } from '../conformance/weft.ts';
import { sortEvents } from '../oracle/strudel.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

describe('cpm', () => {
  it('plays cycles per minute at the default tempo, as Strudel does', async () => {
    await expectSameAsStrudel('s("<bd sd>,hh*2").cpm(90)');
    await expectSameAsStrudel('s("a b").cpm("<60 120 45>")');
  });
  it('reads the tempo from the query\'s _cps control', () => {
    const pat = cpm(90, s('a'));
    const atOneCps = sortEvents(pat.queryArc(0, 2, { _cps: 1 }).map(normalizeWeftHap));
    expect(atOneCps.map((e) => e.whole)).toEqual([['0/1', '2/3'], ['2/3', '4/3'], ['4/3', '2/1']]);
  });
});

describe('hush', () => {
  it('silences a pattern, as Strudel does', async () => {
    await expectSameAsStrudel('stack(s("bd").hush(), s("hh*3"))');
    expect(eventsOf(hush(s('bd')))).toEqual([]);
  });
  it('is silence without a pattern', () => {
    expect(eventsOf(hush())).toEqual([]);
  });
});

describe('log', () => {
  it('leaves the events as they are, as Strudel does', async () => {
    await expectSameAsStrudel('"0 1 2".withValue(v => v + 10).log()');
    const pat = s('bd sd');
    expect(log(pat)).toBe(pat);
  });
});

describe('logValues', () => {
  it('leaves the events as they are, as Strudel does', async () => {
    await expectSameAsStrudel('s("bd sd").gain("0.25 0.5 1").n("2 1 0").logValues()');
    const pat = sequence(1, 2);
    expect(logValues(pat)).toBe(pat);
  });
});

describe('onTriggerTime', () => {
  it('leaves the events as they are and does not call the function while querying', async () => {
    await expectSameAsStrudel('s("bd!8").onTriggerTime((hap) => {console.log(hap)})');
    let calls = 0;
    eventsOf(onTriggerTime(() => (calls += 1), s('bd*4')));
    expect(calls).toBe(0);
  });
});
