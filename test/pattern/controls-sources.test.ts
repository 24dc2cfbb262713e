import { describe, expect, it } from 'vitest';
import { bbexpr, byteBeatExpression, density, partials, phases, s, setByteBeatExpression, setPartials, setPhases } from '../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

describe('density', () => {
  it('is a control in Strudel 1.2.6, not an alias of fast', async () => {
    await expectSameAsStrudel('s("crackle*4").density("<0.01 0.04 0.2 0.5>".slow(4))');
    expect(eventsOf(density(0.2), 1)[0]?.value).toEqual({ density: 0.2 });
  });
});

describe('partials', () => {
  it('keeps only the first value of a list, as Strudel\'s function does', async () => {
    await expectSameAsStrudel('partials([1, 0, 1])');
    expect(eventsOf(partials([1, 0, 1]), 1)[0]?.value).toEqual({ partials: 1 });
  });
});

describe('setPartials', () => {
  it('keeps a whole list, as Strudel\'s method does', async () => {
    await expectSameAsStrudel('s("user").seg(16).n(irand(8)).scale("A:major").partials([1, 0, 1, 0, 0, 1])');
    await expectSameAsStrudel('s("saw").partials("<1:0:1 [0.5:0.5 1]>")');
    await expectSameAsStrudel('s("saw").seg(8).n(irand(12)).scale("G#1:minor").partials(partials([1, 1, 1]))');
  });
  it('copies the values\' own keys without an argument, as Strudel does', async () => {
    await expectSameAsStrudel('sequence("1:2", 3).partials()');
    expect(eventsOf(setPartials(undefined, s('a')), 1)[0]?.value).toEqual({ s: 'a' });
  });
});

describe('phases', () => {
  it('keeps only the first value of a list, as Strudel\'s function does', async () => {
    await expectSameAsStrudel('phases("0.5:0.25")');
    expect(eventsOf(phases([0.5, 0.25]), 1)[0]?.value).toEqual({ phases: 0.5 });
  });
});

describe('setPhases', () => {
  it('keeps a whole list, as Strudel\'s method does', async () => {
    await expectSameAsStrudel('s("saw").seg(8).n(irand(12)).scale("G#1:minor").superimpose(x => x.phases([0.5, 0.5, 0.5]))');
    expect(eventsOf(setPhases([0.5, 0.5], s('a')), 1)[0]?.value).toEqual({ s: 'a', phases: [0.5, 0.5] });
  });
});

describe('byteBeatExpression', () => {
  it('takes a plain string as the expression, not as mini-notation, as Strudel does', async () => {
    await expectSameAsStrudel("s(\"bytebeat\").byteBeatExpression('t*(t>>15^t>>66)')");
    expect(eventsOf(byteBeatExpression('t*(t>>15)'), 1)[0]?.value).toEqual({ byteBeatExpression: 't*(t>>15)' });
  });
  it('still takes a pattern of expressions', async () => {
    await expectSameAsStrudel('s("bytebeat").byteBeatExpression("<t t*2>")');
  });
});

describe('bbexpr', () => {
  it('is byteBeatExpression under another name', async () => {
    await expectSameAsStrudel("s(\"bytebeat\").bbexpr('t*(t>>15^t>>66)')");
    expect(eventsOf(bbexpr('t'), 1)).toEqual(eventsOf(byteBeatExpression('t'), 1));
  });
});

describe('setByteBeatExpression', () => {
  it('sets the expression on a pattern, structure from the pattern', () => {
    expect(eventsOf(setByteBeatExpression('t&t>>8', s('bytebeat')), 1)[0]?.value).toEqual({ s: 'bytebeat', byteBeatExpression: 't&t>>8' });
  });
});
