/** Cross-fading between two patterns by their gains (`xfade`). */
import * as core from './core.ts';
import type { Controls } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';
import { reify, type PatternArg } from './reify.ts';
import { stack } from './constructors.ts';
import { mul } from './ops.ts';

/**
 * Plays two patterns together, fading from `left` to `right` as `position` goes from 0 to 1:
 * at 0 only `left` is heard, at 0.5 both at full gain, at 1 only `right` (their gains are
 * multiplied by the fade).
 * @example
 * xfade(s("bd*2"), "<0 .25 .5 .75 1>", s("hh*8"))
 */
export function xfade<T>(left: PatternArg<T>, position: PatternArg<number>, right: PatternArg<T>): Pattern<T | Controls> {
  const pos = reify(position);
  const gain = (f: (p: number) => number) => core.fmap((p: number): Controls => ({ gain: Math.min(1, f(p)) }), pos);
  const a = mul(gain((p) => 2 * (1 - p)), reify(left));
  const b = mul(gain((p) => 2 * p), reify(right));
  return stack<T | Controls>(a, b);
}
