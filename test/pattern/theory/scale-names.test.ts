import { describe, expect, it } from 'vitest';
import { n, scale, sequence } from '../../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from '../values-oracle.ts';

describe('scale', () => {
  it('takes a plain string naming a scale with spaces as one scale, as Strudel does', async () => {
    await expectSameAsStrudel("n(\"0 2 4 <6 7>\").scale('C minor')");
    await expectSameAsStrudel("n(\"0 2 4 -1\").scale('A2 minor pentatonic')");
    await expectSameAsStrudel("\"<0 2 4 6 ~ 4 ~ 2 0!3 ~!5>*8\".layer(x=>x.add(\"0,2\")).scale('C minor').note()");
  });
  it('does not cut events at cycle boundaries for a plain name, as Strudel does', async () => {
    await expectSameAsStrudel("n(\"0 2\").slow(3).scale('C:major')");
    await expectSameAsStrudel("n(\"0\").slow(2).scale('C major')");
  });
  it('still reads mini-notation patterns of scales', async () => {
    await expectSameAsStrudel('n("0 2 4 <6 7>").scale("<C:major D:dorian>")');
    expect(eventsOf(scale('<C:major D:minor>', n(sequence(0, 2))), 2).map((e) => e.value)).toEqual([
      { note: 'C3' }, { note: 'E3' }, { note: 'D3' }, { note: 'F3' },
    ]);
  });
});
