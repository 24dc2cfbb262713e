import { describe, expect, it } from 'vitest';
import {
  ArgumentError,
  boundedArg,
  checkRangeSize,
  countArg,
  euclidProblem,
  locateError,
  numberArg,
  positiveArg,
  readableCount,
  slowArg,
  speedArg,
  timeArg,
  writtenValue,
} from '../../src/pattern/limits.ts';
import { MAX_EVENTS_PER_CYCLE, MAX_SLOWDOWN, MAX_TIME_SHIFT } from '../../src/pattern/index.ts';
import { rational } from '../../src/pattern/rational.ts';

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ArgumentError) return error.message;
    throw error;
  }
  throw new Error('no ArgumentError');
}

describe('readableCount', () => {
  it('groups thousands below a million', () => {
    expect(readableCount(10_000)).toBe('10,000');
    expect(readableCount(123_456)).toBe('123,456');
    expect(readableCount(12)).toBe('12');
  });

  it('writes large numbers as powers of ten', () => {
    expect(readableCount(1e8)).toBe('10⁸');
    expect(readableCount(1e9)).toBe('10⁹');
    expect(readableCount(1.5e9)).toBe('1.5 × 10⁹');
    expect(readableCount(1e300)).toBe('10³⁰⁰');
  });

  it('writes tiny fractions as negative powers of ten', () => {
    expect(readableCount(1e-9)).toBe('10⁻⁹');
    expect(readableCount(0.5)).toBe('0.5');
  });

  it('names the numbers that are not counts', () => {
    expect(readableCount(Number.NaN)).toBe('NaN');
    expect(readableCount(Infinity)).toBe('infinitely many');
  });
});

describe('writtenValue', () => {
  it('writes numbers as a performer would type them', () => {
    expect(writtenValue(1e9)).toBe('1e9');
    expect(writtenValue(2.5)).toBe('2.5');
    expect(writtenValue(-1)).toBe('-1');
    expect(writtenValue(Number.NaN)).toBe('NaN');
  });

  it('quotes strings and names other values without showing weft\'s insides', () => {
    expect(writtenValue('x')).toBe('"x"');
    expect(writtenValue(true)).toBe('true');
    expect(writtenValue(() => 1)).toBe('a function');
    expect(writtenValue({ a: 1 })).toBe('an object');
    expect(writtenValue(rational(1, 3))).toBe('1/3');
  });
});

describe('speedArg', () => {
  const check = speedArg('fast');

  it('passes factors up to the event cap, zero and negative ones included', () => {
    expect(check(MAX_EVENTS_PER_CYCLE)).toBe(MAX_EVENTS_PER_CYCLE);
    expect(check(0)).toBe(0);
    expect(check(-2)).toBe(-2);
    expect(check(0.25)).toBe(0.25);
  });

  it('refuses more events a cycle than weft plays, in the words of the issue', () => {
    expect(message(() => check(1e9))).toBe('fast(1e9) asks for 10⁹ events a cycle; weft plays up to 10,000');
    expect(message(() => check(-1e9))).toBe('fast(-1e9) asks for 10⁹ events a cycle; weft plays up to 10,000');
  });

  it('refuses a factor so small that it slows the pattern beyond MAX_SLOWDOWN', () => {
    expect(message(() => check(1e-300))).toBe('fast(1e-300) slows the pattern down 10³⁰⁰ times; weft slows it down up to 10⁹ times');
    expect(check(1 / MAX_SLOWDOWN)).toBe(1 / MAX_SLOWDOWN);
  });

  it('refuses NaN, infinities and values that are not numbers', () => {
    expect(message(() => check(Number.NaN))).toBe('fast(NaN): a factor must be a number, not NaN');
    expect(message(() => check(Infinity))).toBe('fast(Infinity): a factor must be finite');
    expect(message(() => check('x'))).toBe('fast needs a factor, not "x"');
  });

  it('refuses zero or negative factors when told to', () => {
    expect(message(() => speedArg('fastGap', { negative: 'error' })(-1))).toBe('fastGap(-1): the factor must not be negative');
    expect(message(() => speedArg('outside', { zero: 'error' })(0))).toBe('outside(0): the factor must not be 0');
  });

  it('names mini-notation operators without brackets', () => {
    expect(message(() => speedArg('*')(1e8))).toBe('*1e8 asks for 10⁸ events a cycle; weft plays up to 10,000');
  });

  it('never reads a value just over a limit as the limit', () => {
    expect(message(() => check(10_000.5))).toBe('fast(10000.5) asks for 10,000.5 events a cycle; weft plays up to 10,000');
    expect(message(() => timeArg('late')(1_000_000_000.5))).toContain('shifts by more than 10⁹ cycles');
  });
});

describe('slowArg', () => {
  const check = slowArg('slow');

  it('passes zero, negative and large factors', () => {
    expect(check(0)).toBe(0);
    expect(check(-4)).toBe(-4);
    expect(check(MAX_SLOWDOWN)).toBe(MAX_SLOWDOWN);
  });

  it('refuses a factor whose inverse asks for more events than weft plays', () => {
    expect(message(() => check(1e-9))).toBe('slow(1e-9) asks for 10⁹ events a cycle; weft plays up to 10,000');
  });

  it('refuses slowing beyond MAX_SLOWDOWN', () => {
    expect(message(() => check(1e12))).toBe('slow(1e12) slows the pattern down 10¹² times; weft slows it down up to 10⁹ times');
  });
});

describe('countArg', () => {
  it('passes counts within its bounds and refuses the others with what was counted', () => {
    const check = countArg('iter', { noun: 'parts of a cycle' });
    expect(check(4)).toBe(4);
    expect(message(() => check(1e9))).toBe('iter(1e9) asks for 10⁹ parts of a cycle; weft plays up to 10,000');
    expect(message(() => countArg('chunk', { min: 1 })(0))).toBe('chunk(0): the count must be at least 1');
  });

  it('refuses fractions when the count must be whole', () => {
    expect(message(() => countArg('shuffle', { whole: true })(2.5))).toBe('shuffle(2.5): the count must be a whole number');
  });

  it('costs what it counts, for patterned counts to charge their budget', () => {
    expect(countArg('iter').cost?.(300)).toBe(300);
  });
});

describe('timeArg', () => {
  it('passes shifts up to MAX_TIME_SHIFT cycles and refuses larger ones', () => {
    expect(timeArg('late')(-MAX_TIME_SHIFT)).toBe(-MAX_TIME_SHIFT);
    expect(message(() => timeArg('late')(1e16))).toBe('late(1e16) shifts by 10¹⁶ cycles; weft shifts by up to 10⁹');
  });
});

describe('numberArg, boundedArg and positiveArg', () => {
  it('refuses what is not a finite number', () => {
    expect(message(() => numberArg('degradeBy', 'an amount')(Number.NaN))).toBe('degradeBy(NaN): an amount must be a number, not NaN');
  });

  it('bounds sizes either way', () => {
    expect(message(() => boundedArg('take', 'a number of steps')(-1e10))).toBe('take(-1e10): a number of steps must be at most 10⁹ either way');
  });

  it('refuses zero and negatives for a divisor', () => {
    expect(message(() => positiveArg('repeatCycles', 'a count of repeats')(0))).toBe('repeatCycles(0): a count of repeats must be more than 0');
  });
});

describe('euclidProblem', () => {
  it('accepts what makes a rhythm', () => {
    expect(euclidProblem(3, 8, 0)).toBeUndefined();
    expect(euclidProblem(-8, 8, 1.5)).toBeUndefined();
    expect(euclidProblem(0, MAX_EVENTS_PER_CYCLE, 0)).toBeUndefined();
  });

  it('says which argument is wrong and why', () => {
    expect(euclidProblem(3, 0, 0)).toEqual({ argument: 'steps', text: 'there must be at least 1 step' });
    expect(euclidProblem(9, 8, 0)).toEqual({ argument: 'pulses', text: 'there can be at most 8 pulses (or -8) in 8 steps' });
    expect(euclidProblem(3.5, 8, 0)?.argument).toBe('pulses');
    expect(euclidProblem(3, 2 ** 53, 0)).toEqual({ argument: 'steps', text: '9 × 10¹⁵ steps is too many; weft plays up to 10,000' });
    expect(euclidProblem(3, 8, Number.NaN)?.argument).toBe('rotation');
    expect(euclidProblem('a', 8, 0)?.text).toBe('pulses must be a finite number, not "a"');
  });
});

describe('checkRangeSize', () => {
  it('passes ranges of up to the event cap and refuses longer ones', () => {
    expect(() => checkRangeSize(0, MAX_EVENTS_PER_CYCLE - 1)).not.toThrow();
    expect(message(() => checkRangeSize(0, 1e8))).toBe('0 .. 1e8 asks for 10⁸ steps; weft plays up to 10,000');
  });
});

describe('locateError', () => {
  it('gives an argument error the locations of the value it is about, as an own property', () => {
    const error = locateError(new ArgumentError('x'), [{ start: 3, end: 6 }]) as ArgumentError;
    expect(Object.hasOwn(error, 'locations')).toBe(true);
    expect(error.locations).toEqual([{ start: 3, end: 6 }]);
  });

  it('keeps the first locations it was given', () => {
    const error = locateError(locateError(new ArgumentError('x'), [{ start: 1, end: 2 }]), [{ start: 5, end: 6 }]) as ArgumentError;
    expect(error.locations).toEqual([{ start: 1, end: 2 }]);
  });

  it('leaves other errors as they are', () => {
    const error = new TypeError('x');
    expect(locateError(error, [{ start: 0, end: 1 }])).toBe(error);
    expect(Object.hasOwn(error, 'locations')).toBe(false);
  });

  it('adds no locations property to an error thrown when a function is called', () => {
    expect(Object.hasOwn(new ArgumentError('x'), 'locations')).toBe(false);
  });
});
