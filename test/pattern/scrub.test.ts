import { describe, expect, it } from 'vitest';
import { s, scrub } from '../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

describe('scrub', () => {
  it('plays from each position with clip 1, structure from the positions, as Strudel does', async () => {
    await expectSameAsStrudel('s("swpad:0").scrub("{0.1!2 .25@3 0.7!2 <0.8:1.5>}%8")');
    await expectSameAsStrudel('s("amen/4").fit().scrub("{0@3 0@2 4@3}%8".div(16))');
    await expectSameAsStrudel('s("a*2").scrub("0.1 0.2 0.3")');
  });
  it('multiplies an existing speed and overrides begin and clip, as Strudel does', async () => {
    await expectSameAsStrudel('s("a").speed(3).clip(0.5).begin(0.9).scrub("<0.25 0.25:2 0.5:-1:7>")');
  });
  it('samples signals and works on plain values, as Strudel does', async () => {
    await expectSameAsStrudel('s("a").fit().scrub(irand(16).div(16).seg(8))');
    await expectSameAsStrudel('"1 2".scrub("<0.25 0.5>")');
  });
  it('is a function of the positions and the pattern', () => {
    expect(eventsOf(scrub([0.5, 2], s('a')), 1)[0]?.value).toEqual({ s: 'a', begin: 0.5, speed: 2, clip: 1 });
  });
});
