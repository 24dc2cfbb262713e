import { describe, expect, it } from 'vitest';
import { FXr, FXrel, FXrelease, effectChain, fxr, lpf, s } from '../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

describe('effectChain', () => {
  it('lists effects in order, appending with each call, as Strudel\'s FX does', async () => {
    await expectSameAsStrudel(
      's("[sbd <hh [bd | lt | oh]>]*4").dec(.4).FX(phaser(0.5).gain(2), bpf(800), distort(1.3), room(0.2), delay(0.5).gain(1.25)).fxr(1.7)',
    );
    await expectSameAsStrudel('s("saw").fm(0.5).delay(0.3).FX(coarse(4)).FX(lpf(500).lpe(4).lpa(1).lpd(2)).FX(distort(1))');
  });
  it('takes structure from the pattern, sampling patterned effects', async () => {
    await expectSameAsStrudel('s("a b").slow(2).FX(lpf("<500 1000>"), s("b c"), n("<1 2>"))');
  });
  it('is the function behind the method', () => {
    expect(eventsOf(effectChain([lpf(500)], s('a')), 1)[0]?.value).toEqual({ s: 'a', FX: [{ cutoff: 500 }] });
  });
});

describe('FXrelease', () => {
  it('sets FXrelease, as Strudel does', async () => {
    await expectSameAsStrudel('s("bd sd").FX(delay(0.5)).FXrelease("<1 2>")');
  });
});

describe('fxr', () => {
  it('is FXrelease under another name', () => {
    expect(eventsOf(fxr(1.7), 1)).toEqual(eventsOf(FXrelease(1.7), 1));
  });
});

describe('FXrel', () => {
  it('is FXrelease under another name', () => {
    expect(eventsOf(FXrel(1), 1)).toEqual(eventsOf(FXrelease(1), 1));
  });
});

describe('FXr', () => {
  it('is FXrelease under another name', () => {
    expect(eventsOf(FXr(1), 1)).toEqual(eventsOf(FXrelease(1), 1));
  });
});
