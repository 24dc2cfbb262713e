import { describe, expect, it } from 'vitest';
import { asym, chebyshev, cubic, diode, distortWith, fold, hard, s, sinefold, soft } from '../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

const shapes = { soft, hard, cubic, diode, asym, fold, sinefold, chebyshev };

describe('distortWith', () => {
  it('sets distort, a volume of 1 and the shape, structure from the pattern, as Strudel does', async () => {
    await expectSameAsStrudel('s("a b").slow(2).diode("0.3 0.5")');
    await expectSameAsStrudel('s("a").distortvol(4).diode("<0.3 0.8>")');
  });
  it('takes the volume and the shape from a list, as Strudel does', async () => {
    await expectSameAsStrudel('s("a").diode("<0.3:0.5 0.3:0.5:foo 2>")');
  });
  it('without an amount, sets only the volume and the shape, as Strudel does', async () => {
    await expectSameAsStrudel('stack(s("a").diode(), "0.3 0.5".fold(), n("1 2").soft())');
  });
  it('is the function behind the methods', () => {
    expect(eventsOf(distortWith('fold', 2, s('a')), 1)[0]?.value).toEqual({ s: 'a', distort: 2, distortvol: 1, distorttype: 'fold' });
  });
});

for (const [name, shape] of Object.entries(shapes)) {
  describe(name, () => {
    it(`is a distortion of shape ${name}, as function and method, as in Strudel`, async () => {
      await expectSameAsStrudel(`stack(${name}("0.3 <0.5:2 1>"), ${name}(), s("a [b c]").${name}("<0.5 2>"))`);
    });
    it('sets the three distortion controls', () => {
      expect(eventsOf(shape(0.5), 1)[0]?.value).toEqual({ distort: 0.5, distortvol: 1, distorttype: name });
    });
  });
}
