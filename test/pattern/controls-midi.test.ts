import { describe, expect, it } from 'vitest';
import { note, sysex } from '../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

describe('sysex', () => {
  it('sets sysexid and sysexdata from [id, data], hex numbers read, as Strudel does', async () => {
    await expectSameAsStrudel('note("c4").sysex(["0x77", "0x01:0x02:0x03:0x04"]).midichan(1)');
  });
  it('patterns the id and the data each on its own, structure from the pattern', async () => {
    await expectSameAsStrudel('s("a b").sysex(["1 2", "<3 4>:5"])');
    await expectSameAsStrudel('s("a").slow(2).sysex([1, 2])');
  });
  it('spreads a list value over the id and the first data byte, as Strudel does', async () => {
    await expectSameAsStrudel('note("c d").sysex("<1:2:3 4:5>")');
  });
  it('is a function of the message and the pattern', () => {
    expect(eventsOf(sysex([0x77, 1], note('c')), 1)[0]?.value).toEqual({ note: 'c', sysexid: 0x77, sysexdata: 1 });
  });
});
