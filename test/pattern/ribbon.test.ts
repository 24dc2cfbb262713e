import { describe, expect, it } from 'vitest';
import { rib, ribbon, sequence } from '../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

describe('ribbon', () => {
  it('loops a piece of a pattern, as Strudel does', async () => {
    await expectSameAsStrudel('note("<c d e f>").ribbon(1, 2)');
    await expectSameAsStrudel('n(irand(8).segment(4)).scale("c:pentatonic").ribbon(1337, 2)');
    await expectSameAsStrudel('s("bd!16?").ribbon(29, .5)');
  });
  it('cuts events at the ends of the piece, as Strudel does', async () => {
    await expectSameAsStrudel('s("a b").ribbon(0.25, 0.75)');
    await expectSameAsStrudel('s("a").slow(4).ribbon(1, 2)');
    await expectSameAsStrudel('s("a").slow(2).ribbon(0.5, 3)');
  });
  it('takes patterned offsets and lengths, as Strudel does', async () => {
    await expectSameAsStrudel('s("a b c").ribbon("<0 1 0.5>", "<0.5 1>")');
  });
  it('plays nothing for a length of 0 or less', () => {
    expect(eventsOf(ribbon(0, 0, sequence(1, 2)))).toEqual([]);
    expect(eventsOf(ribbon(0.5, -1, sequence(1, 2)))).toEqual([]);
  });
  it('curries without a pattern', () => {
    expect(eventsOf(ribbon(1, 0.5)(sequence(1, 2, 3)))).toEqual(eventsOf(ribbon(1, 0.5, sequence(1, 2, 3))));
  });
});

describe('rib', () => {
  it('is ribbon under another name', async () => {
    await expectSameAsStrudel('note("<c d e f>").rib(1, 2)');
    expect(rib).toBe(ribbon);
  });
});
