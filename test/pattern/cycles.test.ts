import { describe, expect, it } from 'vitest';
import * as strudel from '@strudel/core';
import { cat, filterWhen, Rational, repeatCycles, reset, sequence, type Pattern } from '../../src/pattern/index.ts';
import { repeatCyclesPlain } from '../../src/pattern/cycles.ts';
import { compareEvents } from '../oracle/strudel.ts';
import { expectLikeStrudel, expectStepsLikeStrudel, strudelEventsOf, weftEvents, type Lib } from './structure-oracle.ts';

const m = <T = string>(L: Lib, code: string): Pattern<T> => L.mini(code) as Pattern<T>;

describe('repeatCycles', () => {
  it('plays each cycle n times before moving on', () => {
    expectLikeStrudel((L) => m(L, '<a b c d>').repeatCycles(2));
    expectLikeStrudel((L) => m(L, '<a b c d> e').repeatCycles(3));
    expectLikeStrudel((L) => L.irand(12).segment(4).repeatCycles(2));
  });
  it('takes a patterned count and keeps the step count', () => {
    expectLikeStrudel((L) => m(L, '<a b c d>').repeatCycles(m(L, '<2 3>')));
    expectLikeStrudel((L) => m(L, '<a b c d>').repeatCycles(m(L, '2 3')));
    expectStepsLikeStrudel((L) => m(L, 'a b c').repeatCycles(m(L, '<2 3>')));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b');
    expect(weftEvents(repeatCycles(2)(p), 0, 4)).toEqual(weftEvents(repeatCycles(2, p), 0, 4));
  });
});

describe('revv', () => {
  it('reverses the order of the cycles as well as each cycle', () => {
    expectLikeStrudel((L) => m(L, '<[c d] [e g]>').revv());
    expectLikeStrudel((L) => m(L, '<a [b c]> d').revv());
    expectLikeStrudel((L) => m(L, 'a b').slow(3).revv());
    expectStepsLikeStrudel((L) => m(L, 'a b c').revv());
  });
});

describe('reset', () => {
  it('starts the current cycle over at each true onset', () => {
    expectLikeStrudel((L) => m(L, '[<bd lt> sd]*2, hh*8').reset(m(L, '<x@3 x(5,8)>')));
    expectLikeStrudel((L) => m(L, 'a b c d').reset(m(L, '1 0')));
    expectLikeStrudel((L) => m(L, '<a b> c').reset(m(L, '~ 1')));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b', 'c');
    const on = sequence(1, 1);
    expect(weftEvents(reset(on)(p), 0, 2)).toEqual(weftEvents(reset(on, p), 0, 2));
  });
});

describe('restart', () => {
  it('starts the pattern over from cycle zero at each true onset', () => {
    expectLikeStrudel((L) => m(L, '[<bd lt> sd]*2, hh*8').restart(m(L, '<x@3 x(5,8)>')));
    expectLikeStrudel((L) => m(L, '<a b> c').restart(m(L, '~ 1')));
    expectLikeStrudel((L) => m(L, 'a b').slow(2).restart(m(L, '1 1')));
  });
});

describe('timeline', () => {
  it('plays the pattern from its start at each timeline event, without cutting events', () => {
    expectLikeStrudel((L) => m(L, '<0 1 2 3>(3,8)').timeline(m<number>(L, '<2 -2>').slow(2)));
    expectLikeStrudel((L) => m(L, 'a b').slow(2).timeline(m(L, '22 23')));
    expectLikeStrudel((L) => m(L, 'a b c').timeline(m(L, '[24 -24]/1.5')));
    expectLikeStrudel((L) => m(L, '<a b c d>').timeline(5));
    expectStepsLikeStrudel((L) => m(L, 'a b').timeline(m(L, '1 2')));
  });
});

describe('seqPLoop', () => {
  it('plays patterns between their begin and end cycles, looping from zero to the last end', () => {
    expectLikeStrudel((L) => L.seqPLoop([0, 2, m(L, 'bd(3,8)')], [1, 3, m(L, 'cp(3,8)')]));
    expectLikeStrudel((L) => L.seqPLoop([0, 1.25, m(L, 'a b')], [1, 2, m(L, 'c')]));
    expectLikeStrudel((L) => L.seqPLoop([0.5, 2, m(L, 'a b')]));
    expectLikeStrudel((L) => L.seqPLoop([1, 3, m(L, '<a b c>')]));
    expectLikeStrudel((L) => L.seqPLoop([0, 1.5, m(L, 'a b')], [1, 3, m(L, 'c')]));
  });
});

describe('filterWhen', () => {
  it('keeps the events whose begin passes the test', () => {
    expectLikeStrudel((L) => L.s(m(L, 'bd*4')).filterWhen((t) => t < 1));
    expectLikeStrudel((L) => m(L, 'a b c d').filterWhen((t) => t > 0.3));
    expectLikeStrudel((L) => m(L, 'bd [sd sd]').late(0.25).filterWhen((t) => t >= 0.5));
    expectStepsLikeStrudel((L) => m(L, 'a b c').filterWhen((t) => t > 0));
  });
  it('called without a pattern gives a transformation', () => {
    const p = sequence('a', 'b');
    expect(weftEvents(filterWhen((t) => t > 0)(p), 0, 2)).toEqual(weftEvents(filterWhen((t) => t > 0, p), 0, 2));
  });
});

describe('repeatCyclesPlain', () => {
  it('is repeatCycles with a plain count', () => {
    const p = cat(sequence('a', 'b'), sequence('c'));
    expect(weftEvents(repeatCyclesPlain(3, p), 0, 8)).toEqual(weftEvents(repeatCycles(3, p), 0, 8));
    expect(weftEvents(repeatCyclesPlain(2, p), 2, 3).map((e) => e.value)).toEqual(['c']);
  });
  it('takes an exact count, whole or fractional, like Strudel\'s repeatCycles', () => {
    for (const n of [3, 1.5, 0.7]) {
      const ours = repeatCyclesPlain(Rational.from(n), sequence('a', 'b').slow(2));
      const theirs = strudel.sequence('a', 'b').slow(2).repeatCycles(n);
      expect(compareEvents(weftEvents(ours, 0, 8), strudelEventsOf(theirs, 0, 8)), `n = ${n}`).toBeNull();
    }
  });
});
