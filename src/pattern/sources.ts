/**
 * The sound-source controls whose forms are written by hand (rows marked `handWritten` in
 * src/controls/table-sound.ts): the methods `.partials` and `.phases`, which keep a list whole,
 * and the byte-beat synth's expression, where a plain string is the expression itself.
 */
import * as core from './core.ts';
import { pure } from './constructors.ts';
import { controlPattern, setControl, setControlsWith, type ControlArg, type ControlFunction } from './controls.ts';
import type { Controls } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';

/**
 * The expression of the `bytebeat` synth, in `t` (the sample count) and bitwise operators. A
 * plain string is the expression itself, not mini-notation (a pattern of expressions still works).
 * @example
 * s("bytebeat").byteBeatExpression('t*(t>>15^t>>66)')
 */
export const byteBeatExpression: ControlFunction<'byteBeatExpression'> = (expression) =>
  controlPattern('byteBeatExpression', literal(expression));
/**
 * Alias of {@link byteBeatExpression}.
 * @example
 * s("bytebeat").bbexpr('t*(t>>15^t>>66)')
 */
export const bbexpr: ControlFunction<'byteBeatExpression'> = byteBeatExpression;

/**
 * Sets `partials` on the events of `pat` (the method `.partials`): a list is kept whole, so
 * `[1, 0, 0.5]` gives every harmonic its magnitude. Without an argument the values' own keys are
 * copied, as in Strudel.
 * @method partials
 * @example
 * s("saw").seg(8).n(irand(12)).scale("G#:minor").partials([1, 0.5, 0, 0.25])
 */
export function setPartials(magnitudes: ControlArg<'partials'> | undefined, pat: Pattern<unknown>): Pattern<Controls> {
  if (magnitudes === undefined) return core.fmap(asControls, pat);
  return setControlsWith((v) => ({ partials: v }) as Controls, magnitudes, pat);
}

/**
 * Sets `phases` on the events of `pat` (the method `.phases`): a list is kept whole; without an
 * argument the values' own keys are copied, as in Strudel.
 * @method phases
 * @example
 * s("saw").seg(8).n(irand(12)).scale("G#1:minor").superimpose((x) => x.phases([0.5, 0.5, 0.5]))
 */
export function setPhases(phaseList: ControlArg<'phases'> | undefined, pat: Pattern<unknown>): Pattern<Controls> {
  if (phaseList === undefined) return core.fmap(asControls, pat);
  return setControlsWith((v) => ({ phases: v }) as Controls, phaseList, pat);
}

/**
 * Sets the `bytebeat` expression on the events of `pat` (the methods `.byteBeatExpression` and
 * `.bbexpr`); a plain string is the expression itself, not mini-notation.
 * @method byteBeatExpression
 * @method bbexpr
 * @example
 * s("bytebeat").bbexpr('t*(t>>15^t>>66)')
 */
export function setByteBeatExpression(expression: ControlArg<'byteBeatExpression'> | undefined, pat: Pattern<unknown>): Pattern<Controls> {
  return setControl('byteBeatExpression', expression === undefined ? undefined : literal(expression), pat);
}

// A plain string as a value rather than mini-notation (Strudel reads only double-quoted strings
// in performer code as mini-notation; an expression like `t*(t>>15)` is not).
function literal<A>(value: A): A | Pattern<string> {
  return typeof value === 'string' ? pure(value) : value;
}

// Without an argument, Strudel's `.partials()` and `.phases()` copy the values' own keys: a list
// [1, 2] becomes {0: 1, 1: 2}, a number has none.
function asControls(value: unknown): Controls {
  return (value !== null && typeof value === 'object' ? { ...value } : {}) as Controls;
}
