/**
 * Step counts (Strudel's `_steps`): how many steps a cycle of a pattern has, when known.
 * Combining patterns side by side (stack, cat, polymeter) gives the least common multiple.
 * Internal to the pattern layer.
 */
import { Rational } from './rational.ts';

function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** The least common multiple of two rationals: `lcm(a/b, c/d) = lcm(a, c) / gcd(b, d)`. */
export function lcmRational(x: Rational, y: Rational): Rational {
  if (x.n === 0 || y.n === 0) return Rational.int(0);
  const n = Math.abs((x.n / gcd(x.n, y.n)) * y.n);
  return Rational.of(n, gcd(x.d, y.d));
}

/** The lcm of the known step counts (unknown ones are skipped); undefined when none is known. */
export function lcmSteps(steps: readonly (Rational | undefined)[]): Rational | undefined {
  let out: Rational | undefined;
  for (const s of steps) {
    if (s === undefined) continue;
    out = out === undefined ? s : lcmRational(out, s);
  }
  return out;
}
