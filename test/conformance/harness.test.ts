import { describe, expect, it } from 'vitest';
import { Hap, Rational, span } from '../../src/pattern/index.ts';
import { namesWeftLacks } from './missing.ts';
import { causeOf, formatReport, type ComparisonResult } from './report.ts';
import { normalizeWeftHap } from './weft.ts';

describe('normalizeWeftHap', () => {
  it('prints times as n/d and makes the value plain', () => {
    const hap = new Hap(span(Rational.of(1, 2), Rational.int(1)), span(Rational.of(1, 2), Rational.of(3, 4)), {
      note: 'c',
      gain: Rational.of(1, 4),
      pan: undefined,
    });
    expect(normalizeWeftHap(hap)).toEqual({ whole: ['1/2', '1/1'], part: ['1/2', '3/4'], value: { note: 'c', gain: 0.25 } });
  });

  it('gives signals a null whole', () => {
    const hap = new Hap(undefined, span(Rational.int(0), Rational.int(1)), 0.5);
    expect(normalizeWeftHap(hap)).toEqual({ whole: null, part: ['0/1', '1/1'], value: 0.5 });
  });
});

describe('namesWeftLacks', () => {
  it('lists free names and methods weft does not define', () => {
    expect(namesWeftLacks('notAThing(pure(1)).zzzMethod(2)')).toEqual(['notAThing', '.zzzMethod']);
  });

  it('ignores declared names, parameters, JavaScript globals and strings', () => {
    expect(namesWeftLacks('const up = (p) => p\nup(pure(Math.floor(1.5)))\nconsole.log("notAThing")')).toEqual([]);
  });

  it('ignores properties of methods and labels', () => {
    expect(namesWeftLacks('$: pure(1).fast.zzz(2)\n_$: pure(2)')).toEqual([]);
  });
});

describe('causeOf', () => {
  it('names a missing function or method', () => {
    expect(causeOf('n is not defined')).toEqual({ kind: 'missing function', name: 'n' });
    expect(causeOf('m(...).fast is not a function')).toEqual({ kind: 'missing function', name: '.fast' });
    expect(causeOf('chord is not a function')).toEqual({ kind: 'missing function', name: 'chord' });
  });

  it('keeps the gist of any other error', () => {
    expect(causeOf('TypeError: unknown scale "C": write a tonic and a scale type')).toEqual({ kind: 'weft error', name: 'unknown scale "C"' });
  });

  it('tells event differences by whether the counts agree', () => {
    expect(causeOf('weft (a) vs Strudel (b): event 3 differs (4 vs 5 events):').kind).toBe('events differ: different count');
    expect(causeOf('weft (a) vs Strudel (b): event 3 differs:').kind).toBe('events differ: same count');
  });
});

describe('formatReport', () => {
  it('counts outcomes per feature and ranks missing functions', () => {
    const result = (name: string, feature: string, outcome: ComparisonResult['outcome'], message?: string): ComparisonResult =>
      message === undefined ? { name, feature, code: '', outcome } : { name, feature, code: '', outcome, message };
    const text = formatReport('cases', [
      result('a', 'time', 'pass'),
      result('b', 'time', 'fail', 'n is not defined'),
      result('c', 'mini', 'fail', 'n is not defined'),
      result('d', 'mini', 'fail', 'x.rev is not a function'),
    ]);
    expect(text).toContain('cases: 1/4 pass (25.0%), 3 fail');
    expect(text).toMatch(/time\s+1\s+1\s+0\s+50\.0%/);
    expect(text).toMatch(/top missing functions[^\n]*\n\s+n 2\n\s+\.rev 1/);
  });
});
