/**
 * Exact rational time.
 *
 * Numerator and denominator are JavaScript numbers kept reduced with a positive denominator.
 * Integers (denominator 1) take a fast path that skips the gcd; results that would leave the
 * safe-integer range are recomputed with BigInt and, if still too large, approximated by the
 * closest fraction that fits.
 */

import { ArgumentError, TimeRangeError } from './errors.ts';

/** Anything that can be read as a rational: a number, a `Rational`, or a string like `"3/4"`. */
export type RationalLike = Rational | number | string;

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

const SMALL_MIN = -64;
const SMALL_MAX = 1024;
const smallInts: Rational[] = [];

/** An exact fraction `n/d`; immutable. */
/** How close (relative) a fraction must be to a float to stand for it: four units in the last place. */
const FLOAT_TOLERANCE = 4 * Number.EPSILON;

export class Rational {
  readonly n: number;
  readonly d: number;

  /** Use {@link rational} or {@link Rational.of}; this trusts its arguments to be reduced. */
  private constructor(n: number, d: number) {
    this.n = n;
    this.d = d;
  }

  /** Makes `n/d` reduced, from integers. */
  static of(n: number, d = 1): Rational {
    if (d === 1) return Rational.int(n);
    if (d === 0) throw new RangeError(`a time was divided by zero (${n}/0)`);
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) return Rational.fromNumber(n / d);
    if (d < 0) {
      n = -n;
      d = -d;
    }
    const g = gcd(n, d);
    if (g !== 1) {
      n /= g;
      d /= g;
    }
    return d === 1 ? Rational.int(n) : new Rational(n, d);
  }

  /** An integer as a rational, shared for small values. */
  static int(n: number): Rational {
    if (n >= SMALL_MIN && n <= SMALL_MAX && Number.isInteger(n)) {
      const i = n - SMALL_MIN;
      return (smallInts[i] ??= new Rational(n === 0 ? 0 : n, 1));
    }
    if (!Number.isSafeInteger(n)) return Rational.fromNumber(n);
    return new Rational(n, 1);
  }

  private static fromBig(n: bigint, d: bigint): Rational {
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = bigGcd(n, d);
    if (g > 1n) {
      n /= g;
      d /= g;
    }
    const nn = Number(n);
    const dd = Number(d);
    if (Number.isSafeInteger(nn) && Number.isSafeInteger(dd)) return Rational.of(nn, dd);
    return Rational.fromNumber(nn / dd);
  }

  /**
   * The simplest fraction a float stands for: continued fractions stop at the first convergent
   * within four units in the last place of it, so `0.1` is `1/10`, `1/3` is `1/3` and the float
   * `2/3 - 1/2` is `1/6` (as Strudel reads floats, not the float's exact binary value).
   */
  static fromNumber(x: number): Rational {
    if (Number.isInteger(x) && Number.isSafeInteger(x)) return Rational.int(x);
    // Products of performer numbers that no time can hold (the numbers themselves are checked).
    if (!Number.isFinite(x)) throw new TimeRangeError(`the pattern reaches a time that is not a finite number (${x})`);
    if (Math.abs(x) > Number.MAX_SAFE_INTEGER) {
      throw new TimeRangeError(`the pattern reaches a time of ${x.toExponential(2)} cycles, beyond the times weft keeps exactly (up to about 9 × 10¹⁵)`);
    }
    const sign = x < 0 ? -1 : 1;
    const ax = Math.abs(x);
    let h0 = 0, h1 = 1, k0 = 1, k1 = 0;
    let r = ax;
    for (let i = 0; i < 64; i++) {
      const a = Math.floor(r);
      const h2 = a * h1 + h0;
      const k2 = a * k1 + k0;
      if (!Number.isSafeInteger(h2) || !Number.isSafeInteger(k2)) break;
      h0 = h1; h1 = h2; k0 = k1; k1 = k2;
      // Within a few units in the last place: the fraction the float stands for (0.1 + 0.2 is
      // 3/10, 2/3 - 1/2 is 1/6), as Strudel reads floats, rather than the float's exact value.
      if (Math.abs(h1 / k1 - ax) <= ax * FLOAT_TOLERANCE) break;
      const frac = r - a;
      if (frac === 0) break;
      r = 1 / frac;
    }
    return Rational.of(sign * h1, k1);
  }

  /** Reads a number, a rational, or a string such as `"3/4"`, `"0.25"` or `"2"`. */
  static from(x: RationalLike): Rational {
    if (x instanceof Rational) return x;
    if (typeof x === 'number') return Number.isInteger(x) ? Rational.int(x) : Rational.fromNumber(x);
    const slash = x.indexOf('/');
    if (slash >= 0) {
      const n = Number(x.slice(0, slash));
      const d = Number(x.slice(slash + 1));
      if (Number.isInteger(n) && Number.isInteger(d)) return Rational.of(n, d);
    }
    const v = Number(x);
    if (x.trim() === '' || Number.isNaN(v)) throw new ArgumentError(`not a time: "${x}"`);
    return Rational.fromNumber(v);
  }

  add(o: Rational): Rational {
    const d = this.d;
    const od = o.d;
    if (d === 1 && od === 1) return Rational.int(this.n + o.n);
    // n/d + k (or k + n/d) stays reduced: gcd(n + k·d, d) = gcd(n, d) = 1.
    if (od === 1) {
      const n = this.n + o.n * d;
      if (Number.isSafeInteger(n)) return new Rational(n, d);
    } else if (d === 1) {
      const n = o.n + this.n * od;
      if (Number.isSafeInteger(n)) return new Rational(n, od);
    } else if (d === od) {
      const n = this.n + o.n;
      if (Number.isSafeInteger(n)) return Rational.of(n, d);
    }
    const n = this.n * od + o.n * d;
    const dd = d * od;
    if (Number.isSafeInteger(n) && Number.isSafeInteger(dd)) return Rational.of(n, dd);
    return Rational.fromBig(BigInt(this.n) * BigInt(od) + BigInt(o.n) * BigInt(d), BigInt(d) * BigInt(od));
  }

  sub(o: Rational): Rational {
    const d = this.d;
    const od = o.d;
    if (d === 1 && od === 1) return Rational.int(this.n - o.n);
    // As in add: an integer taken from a reduced fraction (or the reverse) leaves it reduced.
    if (od === 1) {
      const n = this.n - o.n * d;
      if (Number.isSafeInteger(n)) return new Rational(n, d);
    } else if (d === 1) {
      const n = this.n * od - o.n;
      if (Number.isSafeInteger(n)) return new Rational(n, od);
    } else if (d === od) {
      const n = this.n - o.n;
      if (Number.isSafeInteger(n)) return Rational.of(n, d);
    }
    const n = this.n * od - o.n * d;
    const dd = d * od;
    if (Number.isSafeInteger(n) && Number.isSafeInteger(dd)) return Rational.of(n, dd);
    return Rational.fromBig(BigInt(this.n) * BigInt(od) - BigInt(o.n) * BigInt(d), BigInt(d) * BigInt(od));
  }

  mul(o: Rational): Rational {
    if (this.d === 1 && o.d === 1) return Rational.int(this.n * o.n);
    const n = this.n * o.n;
    const d = this.d * o.d;
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return Rational.of(n, d);
    return Rational.fromBig(BigInt(this.n) * BigInt(o.n), BigInt(this.d) * BigInt(o.d));
  }

  div(o: Rational): Rational {
    if (o.n === 0) throw new RangeError(`a time was divided by zero (${this.toString()} / 0)`);
    const n = this.n * o.d;
    const d = this.d * o.n;
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return Rational.of(n, d);
    return Rational.fromBig(BigInt(this.n) * BigInt(o.d), BigInt(this.d) * BigInt(o.n));
  }

  neg(): Rational {
    return this.d === 1 ? Rational.int(-this.n) : new Rational(-this.n, this.d);
  }

  /** The remainder after floored division, always with the divisor's sign (like Tidal's `mod'`). */
  mod(o: Rational): Rational {
    return this.sub(o.mul(this.div(o).floor()));
  }

  /** -1, 0 or 1. */
  compare(o: Rational): number {
    if (this.d === o.d) return this.n < o.n ? -1 : this.n > o.n ? 1 : 0;
    const l = this.n * o.d;
    const r = o.n * this.d;
    if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
    const bl = BigInt(this.n) * BigInt(o.d);
    const br = BigInt(o.n) * BigInt(this.d);
    return bl < br ? -1 : bl > br ? 1 : 0;
  }

  eq(o: Rational): boolean {
    return this.n === o.n && this.d === o.d;
  }
  lt(o: Rational): boolean {
    return this.d === o.d ? this.n < o.n : this.compare(o) < 0;
  }
  lte(o: Rational): boolean {
    return this.d === o.d ? this.n <= o.n : this.compare(o) <= 0;
  }
  gt(o: Rational): boolean {
    return this.d === o.d ? this.n > o.n : this.compare(o) > 0;
  }
  gte(o: Rational): boolean {
    return this.d === o.d ? this.n >= o.n : this.compare(o) >= 0;
  }
  min(o: Rational): Rational {
    return this.lte(o) ? this : o;
  }
  max(o: Rational): Rational {
    return this.gte(o) ? this : o;
  }

  /** The largest integer not above this value. */
  floor(): Rational {
    if (this.d === 1) return this;
    return Rational.int(Math.floor(this.n / this.d));
  }
  /** The smallest integer not below this value. */
  ceil(): Rational {
    if (this.d === 1) return this;
    return Rational.int(Math.ceil(this.n / this.d));
  }
  /** The start of the cycle this time falls in (Tidal's `sam`). */
  sam(): Rational {
    return this.floor();
  }
  /** The start of the next cycle (Tidal's `nextSam`). */
  nextSam(): Rational {
    return Rational.int(Math.floor(this.n / this.d) + 1);
  }
  /** The position within the cycle, in [0, 1). */
  cyclePos(): Rational {
    if (this.d === 1) return ZERO;
    return this.sub(this.floor());
  }

  isInteger(): boolean {
    return this.d === 1;
  }
  valueOf(): number {
    return this.n / this.d;
  }
  toNumber(): number {
    return this.n / this.d;
  }
  /** Always `"n/d"`, the form the `weft events` command prints. */
  toString(): string {
    return `${this.n}/${this.d}`;
  }
  toJSON(): string {
    return this.toString();
  }
}

export const ZERO = Rational.int(0);
export const ONE = Rational.int(1);

/**
 * Reads a number, a `Rational` or a `"n/d"` string as exact time.
 * @example
 * s("bd*2 [sd hh] cp hh").zoom(rational(1, 3), rational(2, 3))
 */
export function rational(x: RationalLike, d?: number): Rational {
  if (d !== undefined && typeof x === 'number') return Rational.of(x, d);
  return Rational.from(x);
}
