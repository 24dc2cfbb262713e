import { describe, expect, it } from 'vitest';
import '../../src/pattern/surface/index.ts'; // the pattern methods (pat.fast(2), ...), which the modules imported here do not load
import * as strudel from '@strudel/core';
import { normalizeStrudelHap, compareEvents } from '../oracle/strudel.ts';
import { atom, fastBy, lcmSteps, nothing, range, rangeValues, replicate, tail, withLocations } from '../../src/mini/patterns.ts';
import { sequence } from '../../src/pattern/constructors.ts';
import { Rational } from '../../src/pattern/rational.ts';
import type { Pattern } from '../../src/pattern/pattern.ts';
import { weftEvents } from './mini-oracle.ts';

const r = (x: number): Rational => Rational.from(x);

function plainEvents(pat: Pattern<unknown>, cycles: number) {
  return weftEvents(pat, cycles).map((e) => ({ ...e, value: (e.value as { value: unknown }).value }));
}

function strudelEvents(pat: { queryArc: (b: number, e: number) => unknown[] }, cycles: number) {
  return pat.queryArc(0, cycles).map(normalizeStrudelHap);
}

function locations(pat: Pattern<unknown>): string[] {
  return pat.queryArc(0, 1).map((h) => h.context.locations.map((l) => `${l.start}-${l.end}`).join(','));
}

describe('atom', () => {
  it('repeats its value every cycle with its locations', () => {
    const haps = atom('bd', [{ start: 3, end: 5 }]).queryArc(0, 2);
    expect(haps.map((h) => [h.whole?.begin.toString(), h.whole?.end.toString(), h.value, h.context.locations])).toEqual([
      ['0/1', '1/1', 'bd', [{ start: 3, end: 5 }]],
      ['1/1', '2/1', 'bd', [{ start: 3, end: 5 }]],
    ]);
  });
});

describe('nothing', () => {
  it('is silent with one step', () => {
    expect(nothing().queryArc(0, 4)).toEqual([]);
    expect(nothing().steps?.toString()).toBe('1/1');
  });
});

describe('withLocations', () => {
  it('appends locations after each hap\'s own', () => {
    expect(locations(withLocations([{ start: 5, end: 6 }, { start: 7, end: 8 }], atom('a', [{ start: 0, end: 1 }])))).toEqual(['0-1,5-6,7-8']);
  });
});

describe('fastBy', () => {
  it('speeds up by positive factors as Strudel does', () => {
    expect(compareEvents(plainEvents(fastBy(1.5, sequence('a', 'b')), 4), strudelEvents(strudel.sequence('a', 'b').fast(1.5), 4))).toBeNull();
  });

  it('is silent for 0 and plays reversed for a negative factor, as fast does (and Tidal)', () => {
    expect(fastBy(0, atom('a', [])).queryArc(0, 2)).toEqual([]);
    const ab = sequence('a', 'b');
    expect(plainEvents(fastBy(-2, ab), 2)).toEqual(plainEvents(fastBy(2, ab).rev(), 2));
  });
});

describe('replicate', () => {
  it('plays the same cycle n times in one cycle', () => {
    const values = replicate(r(2), sequence('a', 'b').slow(2)).queryArc(0, 2).map((h) => h.value);
    expect(values).toEqual(['a', 'a', 'b', 'b']);
  });

  it('is silent for no replications', () => {
    expect(replicate(r(0), atom('a', [])).queryArc(0, 1)).toEqual([]);
  });
});

describe('tail', () => {
  it('appends to lists and makes pairs of single values', () => {
    const pair = tail(atom('bd', []), atom(3, []));
    expect(pair.queryArc(0, 1).map((h) => h.value)).toEqual([['bd', 3]]);
    expect(tail(pair, atom(0.5, [])).queryArc(0, 1).map((h) => h.value)).toEqual([['bd', 3, 0.5]]);
  });

  it('keeps the structure of the left and lists the right\'s locations first', () => {
    const pat = tail(atom('a', [{ start: 0, end: 1 }]), atom('b', [{ start: 2, end: 3 }]));
    expect(pat.queryArc(0, 1).map((h) => h.value)).toEqual([['a', 'b']]);
    expect(locations(pat)).toEqual(['2-3,0-1']);
  });
});

describe('rangeValues', () => {
  it('counts up or down by one, including the end when it is reached', () => {
    expect(rangeValues(0, 3)).toEqual([0, 1, 2, 3]);
    expect(rangeValues(3, 0)).toEqual([3, 2, 1, 0]);
    expect(rangeValues(0.5, 3)).toEqual([0.5, 1.5, 2.5]);
    expect(rangeValues('a', 3)).toEqual([]);
  });
});

describe('range', () => {
  it('squeezes the numbers into each event', () => {
    expect(range(sequence(0, 2), atom(3, [])).queryArc(0, 1).map((h) => h.value)).toEqual([0, 1, 2, 3, 2, 3]);
  });
});

describe('lcmSteps', () => {
  it('takes the least common multiple of rational step counts', () => {
    expect(lcmSteps([r(2), r(3)])?.toString()).toBe('6/1');
    expect(lcmSteps([r(1.5), r(2)])?.toString()).toBe('6/1');
    expect(lcmSteps([r(2.5), r(2)])?.toString()).toBe('10/1');
    expect(lcmSteps([r(2), undefined])).toBeUndefined();
  });
});
