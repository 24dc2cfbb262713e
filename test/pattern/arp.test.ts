import { describe, expect, it } from 'vitest';
import { arp, arpWith, collect, note, stack } from '../../src/pattern/index.ts';
import { expectPatternLike, expectSameAsStrudel } from './values-oracle.ts';

describe('arp', () => {
  it('plays the notes of each chord as the index pattern says', async () => {
    await expectSameAsStrudel('note("<[c,eb,g]!2 [c,f,ab] [d,f,ab]>").arp("0 [0,2] 1 [0,2]")');
    await expectSameAsStrudel('note("<[g,c,e] [d,f]>").arp("<0 1> 2 [1 3]")');
  });
  it('wraps indices around the size of each chord, in stack order', async () => {
    await expectSameAsStrudel('note("<[c,e,g] [d,f]>").arp("0 1 2 3")');
  });
  it('treats each group of simultaneous notes as a chord, fragments included', async () => {
    await expectSameAsStrudel('note("[c d, e, g]").arp("0 1 2")');
    await expectSameAsStrudel('note("[c,e,g]").late(0.25).arp("0 1 2")');
  });
  it('is curried without the pattern', async () => {
    await expectPatternLike(arp('0 2 1')(note('[c,e,g]')), 'note("[c,e,g]").arp("0 2 1")');
  });
});

describe('arpWith', () => {
  it("plays what the function picks from each chord's haps", async () => {
    await expectSameAsStrudel('note("<[c,eb,g]!2 [c,f,ab] [d,f,ab]>").arpWith(haps => haps[2])');
    await expectSameAsStrudel('note("[c,e]*2").arpWith(haps => haps[0])');
    await expectPatternLike(
      arpWith((haps) => haps[1], note('<[c,e,g] [d,f]>')),
      'note("<[c,e,g] [d,f]>").arpWith(haps => haps[1])',
    );
  });
});

describe('collect', () => {
  it('groups the haps that share a whole, in query order', () => {
    const chords = collect(stack(note('c'), note('e d'), note('g'))).queryArc(0, 1);
    expect(chords.map((h) => h.value.map((x) => x.value.note))).toEqual([['c', 'g'], ['e'], ['d']]);
  });
});
