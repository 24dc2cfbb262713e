import { describe, expect, it } from 'vitest';
import { s, sequence } from '../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

describe('Pattern.squeeze', () => {
  it('squeezes the sequence of its arguments into each event, setting values, as Strudel does', async () => {
    await expectSameAsStrudel('"<0 1> 1".squeeze([s("bd sd"), s("hh*3")])');
    await expectSameAsStrudel('n("0 1").squeeze(s("x y"), s("z"))');
    await expectSameAsStrudel('s("a b").squeeze("1 <2 3>")');
  });
  it('is set.squeeze of the sequence of its arguments', () => {
    const pat = sequence(1, 2);
    expect(eventsOf(pat.squeeze(s('a'), s('b c')))).toEqual(eventsOf(pat.set.squeeze(sequence(s('a'), s('b c')))));
  });
});
