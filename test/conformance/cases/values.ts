import { conformance as c, type CaseGroup } from './case.ts';

/** Arithmetic and combining values. */
export const valueCases: CaseGroup = {
  feature: 'values',
  cases: [
    c('add on a number pattern', 'n("0 2 4".add("<0 3>"))'),
    c('add control patterns', 'n("0 2").add(n("<0 3>"))'),
    c('add to note names', 'note("c e").add(note(12))'),
    c('add with structure from both', 'n("0 1".add("10 20 30"))'),
    c('sub', '"0 1 2".sub(1).n()'),
    c('sub control patterns', 'n("7 5").sub(n("<1 2>"))'),
    c('mul', 'n("1 2 3").mul(n(2))'),
    c('mul by a pattern', '"1 2 3".mul("<1 10>").n()'),
    c('div', '"10 20".div(2).n()'),
    c('div control patterns', 'speed("1 2 4").div(speed(2)).s("bd")'),
    c('mod', 'n("0 .. 7".mod(3))'),
    c('mod control patterns', 'n("5 6 7").mod(n(4))'),
    c('add.out', 'n("0 1".add.out("<0 10>"))'),
    c('add.squeeze', '"0 .. 3".add.squeeze("0 10").n()'),
    c('set', 'n("0 1").set(s("bd"))'),
    c('set overrides', 's("bd sd").n(1).set(n("2 3 4"))'),
    c('keep', 's("bd sd").n("0 1").keep(n(5).gain(0.5))'),
    c('range on a signal', 's("hh*4").lpf(sine.range(200, 2000))'),
    c('range on a pattern', 'n("0 0.5 1".range(2, 10))'),
    c('rangex', 's("hh*8").lpf(saw.rangex(100, 5000))'),
    c('pick by index', 'note("<0 1 2>".pick(["c e", "g", "b d f"]))', 12),
    c('pick patterns', '"<0 1>".pick([s("bd sd"), s("hh*4")])'),
    c('pick by name', '"<a b>".pick({a: s("bd"), b: s("sd*2")})'),
    c('inhabit', '"<a b>".inhabit({a: s("bd sd"), b: s("hh*4")})'),
    c('inhabit within a cycle', '"a [b a]".inhabit({a: note("c e"), b: note("g")})'),
    c('squeeze', '"<0 1> 1".squeeze([s("bd sd"), s("hh*3")])'),
    c('arithmetic chain', 'n("0 1 2 3".mul(2).add("<0 1>").sub(1))'),
    c('add a signal', 'n("0 2 4".add(saw.range(0, 4).segment(4)))'),
  ],
};

/** Continuous signals, sampled by structure or queried directly. */
export const signalCases: CaseGroup = {
  feature: 'signals',
  cases: [
    c('sine as gain', 's("hh*8").gain(sine)'),
    c('cosine as pan', 's("hh*8").pan(cosine)'),
    c('saw as speed', 's("bd*4").speed(saw.add(0.5))'),
    c('isaw as gain', 's("hh*8").gain(isaw)'),
    c('tri as pan', 's("hh*8").pan(tri)'),
    c('square as gain', 's("hh*8").gain(square)'),
    c('time segmented', 'n(time.segment(4))'),
    c('sine segmented and scaled', 'n(sine.range(0, 7).segment(8))'),
    c('saw slowed', 's("hh*4").pan(saw.slow(4))', 16),
    c('sine fast', 'n(sine.fast(2).segment(8))'),
    c('signal queried directly', 'sine.range(1, 5)'),
    c('saw queried directly', 'saw'),
    c('square segmented', 'n(square.segment(4))'),
    c('tri late', 's("hh*4").gain(tri.late(0.25))'),
    c('perlin queried directly', 'perlin.range(0, 10).early(0.5)'),
    c('signal structured by struct', 'n(sine.range(0, 12)).struct("x ~ x x")'),
  ],
};
