import { describe, expect, it } from 'vitest';
import { iter, sequence, struct, type Pattern } from '../../src/pattern/index.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, weftEvents, type Lib } from './structure-oracle.ts';

/** Four steps in cycle 0, two in cycle 1, repeating: shows which cycle is played. */
const twoCycles = (L: Lib): Pattern<number> => L.cat(L.sequence(1, 2, 3, 4), L.sequence(5, 6));

describe('struct', () => {
  it('takes the structure of the boolean pattern and the values of the pattern', () => {
    expectLikeStrudel((L) => L.cat(1, 2).struct(L.sequence(true, false, true, L.sequence(true, true))));
    expectLikeStrudel((L) => twoCycles(L).struct(L.cat(L.sequence(true, false), L.sequence(false, true, true))));
  });
  it('reads mini-notation: every named step is true', () => {
    expectLikeStrudel((L) => twoCycles(L).struct(L.mini('x ~ x [~ x] <x ~>') as Pattern<string>));
  });
  it('reads 0 as false and keeps the boolean pattern\'s step count', () => {
    expectLikeStrudel((L) => L.sequence(1, 2).struct(L.sequence(1, 0, 1)));
    expectStepsLikeStrudel((L) => L.sequence(1, 2, 3).struct(L.sequence(true, true, false, true)));
  });
  it('called without a pattern gives a transformation', () => {
    const on = sequence(true, false, true);
    expect(weftEvents(struct(on)(sequence(1, 2)), 0, 2)).toEqual(weftEvents(struct(on, sequence(1, 2)), 0, 2));
  });
});

describe('mask', () => {
  it('keeps the pattern\'s structure where the boolean pattern is true', () => {
    expectLikeStrudel((L) => L.sequence(1, 2, 3, 4, 5).mask(L.sequence(true, false, true)));
    expectLikeStrudel((L) => twoCycles(L).mask(L.cat(L.sequence(true, false), L.sequence(false, true, true))));
    expectLikeStrudel((L) => twoCycles(L).mask(L.cat(L.sequence(1, 0), L.sequence(0, 1, 1))));
    expectStepsLikeStrudel((L) => L.sequence(1, 2, 3).mask(L.sequence(true, false)));
    expectLikeStrudel((L) => twoCycles(L).mask(L.mini('<1 [0 1]> 1 0') as Pattern<number>));
  });
});

describe('iter', () => {
  it('starts each cycle one part later', () => {
    expectLikeStrudel((L) => twoCycles(L).iter(4));
    expectLikeStrudel((L) => twoCycles(L).iter(2.5));
  });
  it('takes a patterned n and keeps the step count', () => {
    expectLikeStrudel((L) => twoCycles(L).iter(L.cat(4, 3)));
    expectStepsLikeStrudel((L) => twoCycles(L).iter(L.cat(4, 3)));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence(1, 2, 3, 4);
    expect(weftEvents(iter(4)(p), 0, 4)).toEqual(weftEvents(iter(4, p), 0, 4));
  });
});

describe('iterBack', () => {
  it('starts each cycle one part earlier', () => {
    expectLikeStrudel((L) => twoCycles(L).iterBack(4));
    expectLikeStrudel((L) => L.iterBack(3, twoCycles(L)));
  });
});

describe('linger', () => {
  it('repeats the first fraction of the cycle, reading on through the cycles', () => {
    expectLikeStrudel((L) => twoCycles(L).linger(0.25));
    expectLikeStrudel((L) => twoCycles(L).linger(0.3));
  });
  it('takes a patterned fraction and keeps the step count', () => {
    expectLikeStrudel((L) => twoCycles(L).linger(L.sequence(0.25, 0.5)));
    expectStepsLikeStrudel((L) => twoCycles(L).linger(L.sequence(0.25, 0.5)));
  });
  it('repeats the last part for a negative fraction (where Strudel 1.2.6 throws)', () => {
    const events = weftEvents(sequence(1, 2, 3, 4).linger(-0.25), 0, 1);
    expect(events.map((e) => e.value)).toEqual([4, 4, 4, 4]);
  });
});

describe('inside', () => {
  it('applies the function to the pattern slowed down, then speeds it up', () => {
    expectLikeStrudel((L) => twoCycles(L).inside(2, L.rev));
    expectLikeStrudel((L) => twoCycles(L).inside(L.cat(2, 4), L.rev));
    expectLikeStrudel((L) => twoCycles(L).inside(L.sequence(2, 4), (x) => x.iter(4)));
  });
});

describe('outside', () => {
  it('applies the function to the pattern sped up, then slows it down', () => {
    expectLikeStrudel((L) => twoCycles(L).outside(2, L.rev));
    expectLikeStrudel((L) => L.outside(L.cat(2, 3), (x) => x.late(0.25), twoCycles(L)));
  });
});

describe('swingBy', () => {
  it('delays the second half of each slice', () => {
    expectLikeStrudel((L) => L.sequence(1, 2, 3, 4, 5, 6).swingBy(0.2, 2));
    expectStepsLikeStrudel((L) => L.sequence(1, 2, 3, 4, 5, 6).swingBy(0.2, 2));
  });
  it('takes patterned amounts and slice counts', () => {
    expectLikeStrudel((L) => L.sequence(1, 2, 3, 4, 5, 6).swingBy(L.cat(0.2, 0.3), L.cat(2, 3)));
  });
});

describe('swing', () => {
  it('is swingBy(1/3, n)', () => {
    expectLikeStrudel((L) => L.sequence(1, 2, 3, 4, 5, 6, 7, 8).swing(4));
    expectLikeStrudel((L) => twoCycles(L).swing(L.cat(2, 4)));
  });
});
