/**
 * Times computed from floating-point values (a signal's value used as a position in the cycle)
 * converted to rationals the way Strudel's fraction library reads a float: the last bound of a
 * Stern–Brocot (Farey) search for it whose denominator stays within ten million, after scaling
 * values of 1 or more below 1 by a power of ten. Events placed by such values then land on
 * exactly the same times as in Strudel. Internal to the pattern layer.
 */
import { TimeRangeError } from './errors.ts';
import { Rational } from './rational.ts';

const MAX_DENOMINATOR = 10_000_000;

/** The rational that Strudel's time arithmetic makes of a float. */
export function timeFromFloat(x: number): Rational {
  if (Number.isInteger(x)) return Rational.int(x);
  if (!Number.isFinite(x)) throw new TimeRangeError(`the pattern reaches a time that is not a finite number (${x})`);
  const sign = x < 0 ? -1 : 1;
  let v = Math.abs(x);
  let scale = 1;
  if (v >= 1) {
    scale = 10 ** Math.floor(1 + Math.log(v) / Math.LN10);
    v /= scale;
  }
  const [n, d] = fareyBound(v);
  return Rational.of(sign * n * scale, d);
}

/**
 * The Farey search for `v` in (0, 1), one step at a time in principle; runs of steps in the same
 * direction are taken at once (the float comparison along a run changes only once, so a binary
 * search finds where).
 */
function fareyBound(v: number): [number, number] {
  let a = 0, b = 1, c = 1, d = 1;
  let n = 0, m = 1;
  while (b <= MAX_DENOMINATOR && d <= MAX_DENOMINATOR) {
    const mid = (a + c) / (b + d);
    if (v === mid) {
      if (b + d <= MAX_DENOMINATOR) [n, m] = [a + c, b + d];
      else if (d > b) [n, m] = [c, d];
      else [n, m] = [a, b];
      break;
    }
    if (v > mid) {
      // Steps right: a/b moves up towards v while v stays above the mediants.
      const k = run((j) => v > (a + (j + 1) * c) / (b + (j + 1) * d), Math.floor((MAX_DENOMINATOR - b) / d) + 1);
      a += k * c;
      b += k * d;
    } else {
      const k = run((j) => v < ((j + 1) * a + c) / ((j + 1) * b + d), Math.floor((MAX_DENOMINATOR - d) / b) + 1);
      c += k * a;
      d += k * b;
    }
    [n, m] = b > MAX_DENOMINATOR ? [c, d] : [a, b];
  }
  return [n, m];
}

/**
 * How many steps a run takes: steps `0 .. k-1` are taken while `go(j)` holds (it holds for
 * `j = 0` and, once false, stays false) and at most `limit` steps fit within the bound.
 */
function run(go: (j: number) => boolean, limit: number): number {
  let lo = 1;
  let hi = limit;
  if (hi <= 1) return 1;
  // The first j in [1, limit) where go(j) fails, or limit when it never does.
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (go(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
