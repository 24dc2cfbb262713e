/**
 * Sound-source controls: the density of the `crackle` noise, the partials and phases of the
 * additive synths (`s("user").partials([1, 0, 0.5])`), and the byte-beat synth's expression and
 * start time. See `CONTROL_TABLE` (src/controls/table.ts) for keys and aliases.
 */
import * as core from './core.ts';
import { pure } from './constructors.ts';
import { control, controlPattern, setControl, setControlsWith, type ControlArg, type ControlFunction } from './controls.ts';
import type { Controls } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';

/**
 * How dense the `crackle` noise is: from 0 (sparse clicks) up.
 * @example
 * s("crackle*4").density("<0.01 0.04 0.2 0.5>".slow(4))
 */
export const density = control('density');
/**
 * The magnitudes (0 to 1) of the harmonics of a synth waveform, the fundamental first; with
 * `s("user")` they make a new waveform. As a function, a list keeps only its first value; the
 * method {@link setPartials} keeps the whole list.
 * @example
 * s("user").seg(16).n(irand(8)).scale("A:major").partials([1, 0, 1, 0, 0, 1])
 */
export const partials = control('partials');
/**
 * The phases (0 to 1) of the harmonics of a synth waveform, the fundamental first. As a function,
 * a list keeps only its first value; the method {@link setPhases} keeps the whole list.
 * @example
 * s("saw").seg(8).n(irand(12)).scale("G#1:minor").superimpose((x) => x.phases([0.5, 0.5, 0.5]))
 */
export const phases = control('phases');
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
 * The sample count `t` the `bytebeat` synth starts from.
 * @example
 * note("c3!8".add("{0 0 12 0 7 5 3}%8")).s("bytebeat:5").byteBeatStartTime("<3 1>".mul(10000))
 */
export const byteBeatStartTime = control('byteBeatStartTime');
/**
 * Alias of {@link byteBeatStartTime}.
 * @example
 * note("c3!8".add("{0 0 12 0 7 5 3}%8")).s("bytebeat:5").bbst("<3 1>".mul(10000))
 */
export const bbst = control('byteBeatStartTime');

/**
 * Sets `partials` on the events of `pat` (the method `.partials`): a list is kept whole, so
 * `[1, 0, 0.5]` gives every harmonic its magnitude. Without an argument the values' own keys are
 * copied, as in Strudel.
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
