import { describe, expect, it } from 'vitest';
import { alwaysPatterned, checkedArg, patternify, patternify2, withArg } from '../../src/pattern/reify.ts';
import { mapArg } from '../../src/pattern/core.ts';
import { ArgumentError, QueryBudget, fast, s, type Hap } from '../../src/pattern/index.ts';
import { countArg, speedArg } from '../../src/pattern/limits.ts';
import { mini } from '../../src/mini/index.ts';
import type { Pattern } from '../../src/pattern/index.ts';

/** Mini-notation read as numbers, as a count or factor argument is. */
const nums = (code: string, offset = 0) => mini(code, offset) as Pattern<number>;

const FACTOR = speedArg('rush');

function thrown(run: () => unknown): ArgumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArgumentError) return error;
    throw error;
  }
  throw new Error('no ArgumentError');
}

const show = (haps: Hap<unknown>[]) => haps.map((h) => h.toString());

describe('withArg', () => {
  it('checks a plain value when it is called, so the error comes from the performer\'s call', () => {
    const error = thrown(() => withArg(1e9, s('bd'), (x, p) => fast(x, p), FACTOR));
    expect(error.message).toBe('rush(1e9) asks for 10⁹ events a cycle; weft plays up to 10,000');
    expect(Object.hasOwn(error, 'locations')).toBe(false);
  });

  it('checks the values of a pattern when it is queried, and places the error at the offending value', () => {
    const pat = withArg(nums('<1 1e9>', 20), s('bd'), (x, p) => fast(x, p), FACTOR);
    expect(pat.queryArc(0, 1)).toHaveLength(1);
    const error = thrown(() => pat.queryArc(1, 2));
    expect(error.message).toBe('rush(1e9) asks for 10⁹ events a cycle; weft plays up to 10,000');
    expect(error.locations).toEqual([{ start: 23, end: 26 }]);
  });

  it('gives the function the value the check returns', () => {
    const seen: unknown[] = [];
    withArg(3, s('bd'), (x, p) => (seen.push(x), p), (v) => Number(v) * 2);
    expect(seen).toEqual([6]);
  });

  it('leaves arguments unchecked without a check, as before', () => {
    expect(show(withArg('<1 2>', s('bd'), (x, p) => fast(x, p)).queryArc(0, 2))).toEqual(show(s('bd').fast('<1 2>').queryArc(0, 2)));
  });
});

describe('alwaysPatterned', () => {
  it('checks a plain value now and a patterned one when queried', () => {
    expect(() => alwaysPatterned(Number.NaN, (x: number) => s('bd').fast(x), FACTOR)).toThrow(ArgumentError);
    const pat = alwaysPatterned(nums('2 NaN'), (x: number) => s('bd').fast(x), FACTOR);
    expect(thrown(() => pat.queryArc(0, 1)).locations).toEqual([{ start: 2, end: 5 }]);
  });

  it('places an argument error from what is built for a value at that value', () => {
    const pat = alwaysPatterned(nums('<2 3>', 5), (x: number) => (x === 3 ? fast(1e9, s('bd')) : s('bd')));
    expect(() => pat.queryArc(0, 1)).not.toThrow();
    expect(thrown(() => pat.queryArc(1, 2)).locations).toEqual([{ start: 8, end: 9 }]);
  });

  it('charges the budget for what a count builds, value by value', () => {
    const budget = new QueryBudget(1e9);
    alwaysPatterned(nums('9000'), (n: number) => s('bd').iter(n), countArg('iter')).queryArc(0, 1, {}, budget);
    expect(budget.spent).toBeGreaterThanOrEqual(9000);
  });
});

describe('patternify', () => {
  it('lifts a function of a plain value with its check', () => {
    const rush = patternify((x: number, p: Pattern<unknown>) => fast(x, p), FACTOR);
    expect(() => rush(Infinity, s('bd'))).toThrow('rush(Infinity): a factor must be finite');
    expect(() => rush('<2 -Infinity>', s('bd')).queryArc(1, 2)).toThrow(ArgumentError);
  });
});

describe('patternify2', () => {
  const two = patternify2((x: number, y: number, p: Pattern<unknown>) => fast(x * y, p), FACTOR, countArg('twice', { min: 0 }));

  it('checks both plain values when called', () => {
    expect(() => two(2, -1, s('bd'))).toThrow('twice(-1): the count must be at least 0');
    expect(() => two(Number.NaN, 1, s('bd'))).toThrow('rush(NaN)');
  });

  it('places an error from either patterned argument at its own value', () => {
    const error = thrown(() => two('2', nums('1 -1', 40), s('bd')).queryArc(0, 1));
    expect(error.locations).toEqual([{ start: 42, end: 44 }]);
  });
});

describe('checkedArg', () => {
  it('is the argument\'s pattern, its values checked', () => {
    expect(checkedArg('1 2', FACTOR).queryArc(0, 1).map((h) => h.value)).toEqual([1, 2]);
    expect(() => checkedArg('1 1e9', FACTOR).queryArc(0, 1)).toThrow(ArgumentError);
  });
});

describe('mapArg', () => {
  it('maps values, keeping wholes, parts and contexts', () => {
    const pat = nums('1 2');
    expect(show(mapArg((x: unknown) => Number(x) * 10, pat).queryArc(0, 1))).toEqual(show(pat.fmap((x) => Number(x) * 10).queryArc(0, 1)));
  });

  it('passes other errors through without locations', () => {
    const pat = mapArg(() => {
      throw new TypeError('boom');
    }, nums('1'));
    expect(() => pat.queryArc(0, 1)).toThrow(TypeError);
  });
});
