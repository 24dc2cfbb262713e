import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rational, rational } from '../../src/pattern/rational.ts';
import { TimeRangeError } from '../../src/pattern/errors.ts';

const small = fc.integer({ min: -1000, max: 1000 });
const nonZero = small.filter((x) => x !== 0);
const arbRational = fc.tuple(small, nonZero).map(([n, d]) => Rational.of(n, d));

describe('Rational', () => {
  it('keeps fractions reduced with a positive denominator', () => {
    expect(Rational.of(2, 4).toString()).toBe('1/2');
    expect(Rational.of(3, -6).toString()).toBe('-1/2');
    expect(Rational.of(0, -5).toString()).toBe('0/1');
  });

  it('reads floats as their simplest exact fraction', () => {
    expect(rational(0.1).toString()).toBe('1/10');
    expect(rational(1 / 3).toString()).toBe('1/3');
    expect(rational(0.125).toString()).toBe('1/8');
    expect(rational(-2.75).toString()).toBe('-11/4');
  });

  it('reads strings', () => {
    expect(rational('3/4').toString()).toBe('3/4');
    expect(rational('0.25').toString()).toBe('1/4');
    expect(() => rational('abc')).toThrow(/not a time/);
  });

  it('rejects division by zero with a clear error', () => {
    expect(() => Rational.of(1, 0)).toThrow(/divided by zero/);
    expect(() => rational(1).div(rational(0))).toThrow(/divided by zero/);
  });

  it('rejects times beyond the exact range with a TimeRangeError that says so, not a division by zero', () => {
    for (const x of [1e16, -1e16, 2 ** 53 + 2, 1e300]) {
      expect(() => rational(x)).toThrow(TimeRangeError);
      expect(() => rational(x)).toThrow(/beyond the times weft keeps exactly/);
    }
    expect(() => rational(Number.NaN)).toThrow(/not a finite number \(NaN\)/);
    expect(() => rational(Infinity)).toThrow(/not a finite number \(Infinity\)/);
  });

  it('says what to look for when products of times leave the exact range', () => {
    expect(() => rational(1e16)).toThrow(/look for large slow, fast or shift amounts/);
  });

  it('keeps the largest safe whole number exactly', () => {
    expect(rational(Number.MAX_SAFE_INTEGER).toString()).toBe(`${Number.MAX_SAFE_INTEGER}/1`);
  });

  it('floors negative times towards minus infinity', () => {
    expect(Rational.of(-1, 2).sam().toString()).toBe('-1/1');
    expect(Rational.of(-1, 2).cyclePos().toString()).toBe('1/2');
    expect(Rational.of(7, 2).nextSam().toString()).toBe('4/1');
  });

  it('stays exact past the safe-integer range by falling back to BigInt', () => {
    const big = Rational.of(2 ** 40 + 1, 2 ** 40);
    const sq = big.mul(big);
    // (2^40+1)^2 / 2^80 is not representable in doubles; the result is the closest fitting fraction
    expect(Math.abs(sq.valueOf() - (1 + 2 ** -39))).toBeLessThan(1e-15);
    expect(Rational.of(1, 3 * 2 ** 30).add(Rational.of(1, 5 * 2 ** 30)).toString()).toBe(`1/${15 * 2 ** 27}`);
  });

  it('obeys field laws', () => {
    fc.assert(
      fc.property(arbRational, arbRational, arbRational, (a, b, c) => {
        expect(a.add(b).eq(b.add(a))).toBe(true);
        expect(a.add(b).add(c).eq(a.add(b.add(c)))).toBe(true);
        expect(a.mul(b.add(c)).eq(a.mul(b).add(a.mul(c)))).toBe(true);
        expect(a.sub(b).add(b).eq(a)).toBe(true);
        if (b.n !== 0) expect(a.div(b).mul(b).eq(a)).toBe(true);
      }),
    );
  });

  it('adds and subtracts exactly, reduced, whether the times are whole, share a denominator or not', () => {
    const whole = small.map((n) => Rational.int(n));
    const sameDenominator = fc.tuple(small, small, nonZero).map(([a, b, d]) => [Rational.of(a, d), Rational.of(b, d)] as const);
    const pair = fc.oneof(fc.tuple(arbRational, arbRational), fc.tuple(arbRational, whole), fc.tuple(whole, arbRational), sameDenominator);
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        for (const [r, sign] of [[a.add(b), 1n], [a.sub(b), -1n]] as const) {
          const n = BigInt(a.n) * BigInt(b.d) + sign * BigInt(b.n) * BigInt(a.d);
          const d = BigInt(a.d) * BigInt(b.d);
          expect(BigInt(r.n) * d).toBe(n * BigInt(r.d));
          expect(r.d > 0 && gcd(BigInt(r.n), BigInt(r.d)) === 1n).toBe(true);
        }
        expect(a.lt(b)).toBe(a.valueOf() < b.valueOf());
        expect(a.gte(b)).toBe(a.valueOf() >= b.valueOf());
        expect(a.nextSam().eq(Rational.int(Math.floor(a.valueOf()) + 1))).toBe(true);
      }),
    );
  });

  it('compares like the numbers it stands for', () => {
    fc.assert(
      fc.property(arbRational, arbRational, (a, b) => {
        expect(a.compare(b)).toBe(Math.sign(a.valueOf() - b.valueOf()));
        expect(a.floor().valueOf()).toBe(Math.floor(a.valueOf()));
        expect(a.ceil().valueOf() === Math.ceil(a.valueOf())).toBe(true);
      }),
    );
  });

  it('splits any time into its cycle and position', () => {
    fc.assert(
      fc.property(arbRational, (a) => {
        const pos = a.cyclePos();
        expect(a.sam().add(pos).eq(a)).toBe(true);
        expect(pos.gte(Rational.int(0)) && pos.lt(Rational.int(1))).toBe(true);
      }),
    );
  });
});

describe('Rational.fromNumber of the result of float arithmetic', () => {
  it('gives the fraction the float stands for, as Strudel reads it', () => {
    expect(Rational.fromNumber(0.1 + 0.2).toString()).toBe('3/10');
    expect(Rational.fromNumber(2 / 3 - 1 / 2).toString()).toBe('1/6');
    expect(Rational.fromNumber(1 / 3).toString()).toBe('1/3');
    // A float far from any simple fraction keeps its own value.
    expect(Math.abs(Rational.fromNumber(Math.PI).toNumber() - Math.PI)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.PI);
    expect(Rational.fromNumber(Math.PI).toString()).not.toBe("22/7");
  });
});
