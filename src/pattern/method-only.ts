/**
 * The pattern methods that are no free function of the same form: Strudel has them only as
 * methods (`sine.choose(...)`, `.lfo()`, `.FX(...)`), or the free function of their name does
 * something else (`choose(...)` picks at random, `squeeze(pat, xs)` picks by index). Each is a
 * function of its pattern here, tagged with the method it makes (see scripts/dsl-surface.ts).
 * This module gives the DSL no names: src/pattern/index.ts does not export it.
 */
import type { Controls } from '../controls/index.ts';
import { sequence } from './constructors.ts';
import { effectChain } from './fx-chain.ts';
import { layer, superimpose } from './layering.ts';
import { addModulator, type ModulatorConfig, type ModulatorId } from './modulators.ts';
import { bindOperator, type Operand } from './ops.ts';
import type { Pattern } from './pattern.ts';
import { chooseWith } from './random.ts';
import type { PatternArg } from './reify.ts';
import { fromBipolar } from './signal.ts';
import { setControl } from './controls.ts';
import type { Transform } from './transform.ts';

/**
 * Picks from the values (or patterns) by this pattern's values, from 0 to 1: `xs[floor(v * n)]`,
 * structure from this pattern (`chooseWith(pat, xs)`).
 * @method choose
 * @example
 * note(sine.segment(8).choose(60, 63, 67, 70))
 */
export function chooseBy<U>(pat: Pattern<number>, ...xs: PatternArg<U>[]): Pattern<U> {
  return chooseWith(pat, xs);
}

/**
 * Like `choose`, by this pattern's values from -1 to 1.
 * @method choose2
 * @example
 * note(sine2.segment(8).choose2(60, 63, 67, 70))
 */
export function chooseByBipolar<U>(pat: Pattern<number>, ...xs: PatternArg<U>[]): Pattern<U> {
  return chooseWith(fromBipolar(pat), xs);
}

/**
 * Sets the values of a sequence of the others (`set.squeeze`): a cycle of them squeezed into
 * each event of this pattern.
 * @method squeeze
 * @example
 * note("c e".squeeze("0 7", "12"))
 */
export function squeezeSequence(pat: Pattern<unknown>, ...others: PatternArg<unknown>[]): Pattern<unknown> {
  return bindOperator<unknown>('set', pat).squeeze(sequence(...others) as Operand);
}

/**
 * Plays the pattern together with copies transformed by each function.
 * @method superimpose
 * @example
 * note("c3 e3").superimpose((x) => x.add(7), (x) => x.add(12))
 */
export function superimposeOn<T>(pat: Pattern<T>, ...fs: Transform<T>[]): Pattern<T> {
  return superimpose<T>(...fs, pat);
}

/**
 * Plays copies of the pattern transformed by each function (without the original).
 * @method layer
 * @example
 * note("c3 e3").layer((x) => x.add(7), (x) => x.add(12))
 */
export function layerOn<T>(pat: Pattern<T>, ...fs: Transform<T>[]): Pattern<T> {
  return layer<T>(...fs, pat);
}

/**
 * Adds an LFO to every event, or updates the one with the given id: it moves a control (`control`,
 * by default the one set last) by `depth` at `rate`, synced to the tempo with `sync` (`s`).
 * @method lfo
 * @example
 * s("saw").note("F1").lpf(500).lfo({ s: 0.5, depth: 2 })
 */
export function withLfo(pat: Pattern<unknown>, config?: ModulatorConfig, id?: PatternArg<ModulatorId>): Pattern<Controls> {
  return addModulator('lfo', config, id, pat);
}

/**
 * Adds an envelope to every event, or updates the one with the given id: it moves a control
 * (the last one set by default) over the event.
 * @method env
 * @example
 * s("saw").note("F1").lpf(300).env({ depth: 3, a: 0.01, d: 0.2 })
 */
export function withEnv(pat: Pattern<unknown>, config?: ModulatorConfig, id?: PatternArg<ModulatorId>): Pattern<Controls> {
  return addModulator('env', config, id, pat);
}

/**
 * Adds a bus modulator to every event, or updates the one with the given id: a control (the
 * last one set by default) follows the signal of an audio bus.
 * @method bmod
 * @example
 * s("saw").note("F1").lpf(500).bmod({ bus: 1, depth: 2 })
 */
export function withBusModulator(pat: Pattern<unknown>, config?: ModulatorConfig, id?: PatternArg<ModulatorId>): Pattern<Controls> {
  return addModulator('bmod', config, id, pat);
}

/**
 * Plays the events through a chain of effects, in order, each given as controls.
 * @method FX
 * @example
 * s("bd sd").FX(delay(0.5), room(0.2)).FXrelease(1.7)
 */
export function throughEffects(pat: Pattern<unknown>, ...effects: PatternArg<Controls>[]): Pattern<Controls> {
  return effectChain(effects, pat);
}

/**
 * strudel.cc's shortcut for its piano: plays the sound `piano`. weft has no sound of that name
 * built in (nothing sounds that the code did not name): it is heard from `samples(...)` that name
 * one, and the call says so where it is written.
 * @method piano
 * @example
 * note("c a f e").piano().slow(2)
 */
export function pianoSound(pat: Pattern<unknown>): Pattern<Controls> {
  return setControl('s', 'piano', pat);
}
