import { describe, expect, it } from 'vitest';
import { addModulator, lpf, s } from '../../src/pattern/index.ts';
import { eventsOf, expectSameAsStrudel } from './values-oracle.ts';

describe('addModulator', () => {
  it('adds an lfo modulating the control set last, as Strudel does', async () => {
    await expectSameAsStrudel('s("saw").note("F1").lpf(500).lfo()');
    await expectSameAsStrudel('s("saw").lfo().lpf(500).lfo({ s: 0.3 })');
  });
  it('resolves control names and short parameter names, as Strudel does', async () => {
    await expectSameAsStrudel('s("saw").lpf(500).diode(0.3).lfo({ c: "lpf" })');
    await expectSameAsStrudel('s("a").lfo({ c: "lpf", r: 2, dc: 1, sh: 3, sk: 4, cu: 5, fxi: 6, dep: 7, x: 8, da: 9, sc: "q" })');
    await expectSameAsStrudel('s("a").env({ c: "size", r: 2, dc: 1, s: 3, a: 4, d: 5, rc: 6, dr: 7, ac: 9, sc: 10 })');
    await expectSameAsStrudel('s("a").bmod({ b: 1, c: "hpf", d: 2, dc: 3, fxi: 4 })');
  });
  it('modulates the previous modulator by default, as Strudel does', async () => {
    await expectSameAsStrudel('s("saw").lfo().lfo().env()');
    await expectSameAsStrudel('s("a").lfo({ s: 1 }, "x").lfo({ s: 2 }, "0")');
  });
  it('updates a modulator by id, numbered or named, as Strudel does', async () => {
    await expectSameAsStrudel('s("pulse").lpf(500).lfo().lfo({ c: "s" }).diode(0.3).sometimes(x => x.lfo({ s: "8" }, 1))');
    await expectSameAsStrudel('s("pulse").lpf(500).lfo({ depth: 4 }, "lpf_mod").lfo({ c: "s" }).diode(0.3).sometimes(x => x.lfo({ s: "8" }, "lpf_mod"))');
    await expectSameAsStrudel('s("pulse").lpf(500).env({ a: 1 }).env({ c: "s", a: 1 }).diode(0.3).sometimes(x => x.env({ a: "0.5" }, 1))');
  });
  it('takes patterned settings, ids and controls, structure from the pattern', async () => {
    await expectSameAsStrudel('s("saw*2").lfo({ s: "<1 2 4>", c: "<lpf hpf>" }, "<a b>")');
    await expectSameAsStrudel('s("saw").env({ d: 1 }).note("F1").lpq(4).lpf(50).env({ a: 0.1, d: 1, ac: 0.8, dc: 0.3, depth: 50 })');
  });
  it('keeps the ids in a set, so that they read as {} in plain data', () => {
    const [event] = eventsOf(addModulator('lfo', { s: 2 }, undefined, lpf(500)), 1);
    expect(event?.value).toEqual({ cutoff: 500, lfo: { 0: { control: 'cutoff', sync: 2 }, __ids: {} } });
  });
  it('needs control values', () => {
    expect(() => eventsOf(addModulator('env', {}, undefined, s('a').fmap(() => 1)), 1)).toThrow(/env: needs a control pattern/);
  });
});
