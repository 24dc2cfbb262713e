/**
 * Operators on pattern values: arithmetic (`add`, `mul`, ...), comparison and logic (`lt`, `eq`,
 * `and`, ...), and `set`/`keep`/`keepif`/`func`. Each comes with structure variants, as in
 * Strudel: `add` (= `add.in`, structure from the left), `add.out` (from the right), `add.mix`
 * (from both), `add.squeeze` (the right pattern squeezed into each left event), `add.squeezeout`,
 * `add.reset`/`add.restart` (the left pattern restarted at each right event) and `add.poly`
 * (the right pattern stepped at the left's step rate; as in Strudel, the operands are then
 * swapped: `"1 2".sub.poly(10)` gives 9 and 8).
 */
import * as core from './core.ts';
import type { Controls } from '../controls/index.ts';
import { liftToObjects, toNumeral, VALUE_OPS, type ValueOpName } from './ops-values.ts';
import { Pattern } from './pattern.ts';
import type { Rational } from './rational.ts';
import { reify, type PatternArg } from './reify.ts';
import { resetJoin, restartJoin } from './reset-join.ts';
import { lcmRational } from './step-count.ts';

/** How an operator takes structure from its two patterns. */
export type OpVariant = 'in' | 'out' | 'mix' | 'squeeze' | 'squeezein' | 'squeezeout' | 'reset' | 'restart' | 'poly';

/** Every structure variant, in the order they are listed in the docs. */
export const OP_VARIANTS: readonly OpVariant[] = [
  'in', 'out', 'mix', 'squeeze', 'squeezein', 'squeezeout', 'reset', 'restart', 'poly',
];

// The step count of `mix`: the lcm of both, unknown when either is.
function lcmOfBoth(a: Rational | undefined, b: Rational | undefined): Rational | undefined {
  return a === undefined || b === undefined ? undefined : lcmRational(a, b);
}

/**
 * Combines the values of two patterns with `f`, taking structure as `how` says (see the module
 * docs). The step count follows Strudel: the left's for `in` and `poly`, the right's for `out`,
 * their least common multiple for `mix`, none for the squeezing and restarting variants.
 * @example
 * note(combineWith('squeeze', (a: number, b: number) => a + b, seq(48, 53), seq(0, 4, 7)))
 */
export function combineWith<A, B, C>(how: OpVariant, f: (a: A, b: B) => C, left: Pattern<A>, right: Pattern<B>): Pattern<C> {
  const eachLeft = (b: B): Pattern<C> => core.fmap((a: A) => f(a, b), left);
  switch (how) {
    case 'in':
      return core.appLeft(f, left, right);
    case 'out':
      return core.appRight(f, left, right);
    case 'mix':
      return core.appBoth(f, left, right).withSteps(lcmOfBoth(left.steps, right.steps));
    case 'squeeze':
    case 'squeezein':
      return core.squeezeJoin(core.fmap((a: A) => core.fmap((b: B) => f(a, b), right), left));
    case 'squeezeout':
      return core.squeezeJoin(core.fmap(eachLeft, right));
    case 'reset':
      return resetJoin(core.fmap(eachLeft, right));
    case 'restart':
      return restartJoin(core.fmap(eachLeft, right));
    case 'poly': {
      // Strudel applies the operator with its operands swapped here: "1 2".sub.poly(10) is 9 8.
      const swapped = (a: A, b: B): C => f(b as unknown as A, a as unknown as B);
      const { steps } = right;
      if (left.steps === undefined || steps === undefined || steps.n === 0) return core.appLeft(swapped, left, right);
      return core.appLeft(swapped, left, core.fast(left.steps.div(steps), right));
    }
  }
}

/** A value an operator can take: a number, a note name, a boolean or controls. */
export type OperandValue = number | string | boolean | Controls;

/** What an operator takes: a value, a pattern of values, or mini-notation. */
export type Operand = PatternArg<OperandValue>;

/**
 * The values a comparison gives: booleans, or controls whose values are booleans. Values of
 * unknown type (mini-notation on a string, typed `any` for performer code) stay so.
 */
export type Compared<T> = 0 extends 1 & T ? T : T extends object ? { [K in keyof T]: boolean } : boolean;

/** One structure variant of an operator as a free function; without the pattern it is curried. */
export interface OperatorVariant {
  <T>(other: Operand, pat: Pattern<T>): Pattern<T>;
  (other: Operand): <T>(pat: Pattern<T>) => Pattern<T>;
}

/** A comparison as a free function; without the pattern it is curried. */
export interface ComparisonVariant {
  <T>(other: Operand, pat: Pattern<T>): Pattern<Compared<T>>;
  (other: Operand): <T>(pat: Pattern<T>) => Pattern<Compared<T>>;
}

/** The structure variants of an operator, as properties: `add.out(x, pat)`. */
export type Variants<V> = V & { readonly [K in OpVariant]: V };

/** An operator applied to a pattern, as a method: `pat.add(x)`, `pat.add.squeeze(x)`. */
export type BoundOperator<R> = Variants<(other: Operand) => Pattern<R>>;

type Runner = (how: OpVariant, other: never, pat: Pattern<unknown>) => Pattern<unknown>;

function curried(how: OpVariant, run: Runner) {
  return (other: never, pat?: Pattern<unknown>) =>
    pat === undefined ? (p: Pattern<unknown>) => run(how, other, p) : run(how, other, pat);
}

// The free function and its variants are built from one runner; their types are the interfaces above.
function operator<V>(run: Runner): Variants<V> {
  const main = curried('in', run);
  for (const how of OP_VARIANTS) Object.defineProperty(main, how, { value: curried(how, run), enumerable: true });
  return main as unknown as Variants<V>;
}

function valueRunner(name: ValueOpName): Runner {
  const f = liftToObjects(VALUE_OPS[name]);
  return (how, other: Operand, pat) => combineWith(how, f, pat, reify(other));
}

const RUNNERS = {
  add: valueRunner('add'),
  sub: valueRunner('sub'),
  mul: valueRunner('mul'),
  div: valueRunner('div'),
  mod: valueRunner('mod'),
  pow: valueRunner('pow'),
  band: valueRunner('band'),
  bor: valueRunner('bor'),
  bxor: valueRunner('bxor'),
  blshift: valueRunner('blshift'),
  brshift: valueRunner('brshift'),
  lt: valueRunner('lt'),
  gt: valueRunner('gt'),
  lte: valueRunner('lte'),
  gte: valueRunner('gte'),
  eq: valueRunner('eq'),
  eqt: valueRunner('eqt'),
  ne: valueRunner('ne'),
  net: valueRunner('net'),
  and: valueRunner('and'),
  or: valueRunner('or'),
  set: valueRunner('set'),
  keep: valueRunner('keep'),
  keepif: ((how, other: PatternArg<unknown>, pat) =>
    core.filterValues(
      (v) => v !== undefined,
      combineWith(how, (a: unknown, b: unknown) => (b ? a : undefined), pat, reify(other)),
    )) as Runner,
  func: ((how, other: PatternArg<(v: unknown) => unknown>, pat) =>
    combineWith(how, (a: unknown, f: (v: unknown) => unknown) => f(a), pat, reify(other))) as Runner,
} as const satisfies Readonly<Record<string, Runner>>;

/** The name of an operator: `add`, `lt`, `set`, ... */
export type OperatorName = keyof typeof RUNNERS;

/**
 * Applies an operator to a pattern, giving the method form (`pat.add`, `pat.add.out`, ...).
 * @example
 * bindOperator<Controls>('add', note("48 53")).squeeze(note("0 4 7"))
 */
export function bindOperator<R>(name: OperatorName, pat: Pattern<unknown>): BoundOperator<R> {
  const run = RUNNERS[name];
  const main = (other: never) => run('in', other, pat);
  for (const how of OP_VARIANTS) {
    Object.defineProperty(main, how, { value: (other: never) => run(how, other, pat), enumerable: true });
  }
  return main as unknown as BoundOperator<R>;
}

/**
 * Adds values: numbers add, note names count as MIDI numbers, controls add key by key.
 * @getter
 * @example
 * n("0 2 4".add("<0 3 4 0>")).scale("C:major")
 */
export const add = operator<OperatorVariant>(RUNNERS.add);
/**
 * Subtracts values (note names count as MIDI numbers).
 * @getter
 * @example
 * note("c4 e4 g4".sub("<0 12>"))
 */
export const sub = operator<OperatorVariant>(RUNNERS.sub);
/**
 * Multiplies values.
 * @getter
 * @example
 * s("bd*4").gain("0.5 1".mul(1.5))
 */
export const mul = operator<OperatorVariant>(RUNNERS.mul);
/**
 * Divides values.
 * @getter
 * @example
 * note("60 72".div(2).add(30))
 */
export const div = operator<OperatorVariant>(RUNNERS.div);
/**
 * The remainder of a division, always with the divisor's sign (`-1 mod 3` is 2).
 * @getter
 * @example
 * n("0 1 2 3 4 5 6 7".mod(3)).scale("C:minor")
 */
export const mod = operator<OperatorVariant>(RUNNERS.mod);
/**
 * Raises values to a power.
 * @getter
 * @example
 * s("hh*4").speed("1 2".pow(0.5))
 */
export const pow = operator<OperatorVariant>(RUNNERS.pow);
/**
 * Bitwise AND of integer values.
 * @getter
 * @example
 * n("0 1 2 3 4 5 6 7".band(3)).scale("C:major")
 */
export const band = operator<OperatorVariant>(RUNNERS.band);
/**
 * Bitwise OR of integer values.
 * @getter
 * @example
 * n("0 1 2 3".bor(4)).scale("C:major")
 */
export const bor = operator<OperatorVariant>(RUNNERS.bor);
/**
 * Bitwise XOR of integer values.
 * @getter
 * @example
 * n("0 1 2 3".bxor("<1 2>")).scale("C:major")
 */
export const bxor = operator<OperatorVariant>(RUNNERS.bxor);
/**
 * Shifts the bits of integer values left.
 * @getter
 * @example
 * n("1 2".blshift("<0 1>")).scale("C:major")
 */
export const blshift = operator<OperatorVariant>(RUNNERS.blshift);
/**
 * Shifts the bits of integer values right.
 * @getter
 * @example
 * n("8 4".brshift("<0 1>")).scale("C:major")
 */
export const brshift = operator<OperatorVariant>(RUNNERS.brshift);
/**
 * True where the value is less than the other (values compared as they are).
 * @getter
 * @example
 * s("hh*8").gain(saw.segment(8).lt(0.5).fmap((b) => (b ? 1 : 0.4)))
 */
export const lt = operator<ComparisonVariant>(RUNNERS.lt);
/**
 * True where the value is greater than the other.
 * @getter
 * @example
 * s("hh*8").gain(saw.segment(8).gt(0.5).fmap((b) => (b ? 1 : 0.4)))
 */
export const gt = operator<ComparisonVariant>(RUNNERS.gt);
/**
 * True where the value is less than or equal to the other.
 * @getter
 * @example
 * s("bd*4").mask("0 1 2 3".lte(1))
 */
export const lte = operator<ComparisonVariant>(RUNNERS.lte);
/**
 * True where the value is greater than or equal to the other.
 * @getter
 * @example
 * s("bd*4").mask("0 1 2 3".gte(2))
 */
export const gte = operator<ComparisonVariant>(RUNNERS.gte);
/**
 * True where the value equals the other, as JavaScript's loose `==` does (`2` equals `"2"`).
 * @getter
 * @example
 * s("hh*4").mask("0 1 2 3".mod(2).eq(0))
 */
export const eq = operator<ComparisonVariant>(RUNNERS.eq);
/**
 * True where the value equals the other and has the same type, as JavaScript's `===` does.
 * @getter
 * @example
 * s("hh*4").mask("0 1 2 3".eqt(1))
 */
export const eqt = operator<ComparisonVariant>(RUNNERS.eqt);
/**
 * True where the value differs from the other, as JavaScript's loose `!=` does.
 * @getter
 * @example
 * s("hh*4").mask("0 1 2 3".ne(1))
 */
export const ne = operator<ComparisonVariant>(RUNNERS.ne);
/**
 * True where the value differs from the other or has another type, as JavaScript's `!==` does.
 * @getter
 * @example
 * s("hh*4").mask("0 1 2 3".net(1))
 */
export const net = operator<ComparisonVariant>(RUNNERS.net);
/**
 * Logical AND as JavaScript's `&&`: the other value where this one is truthy.
 * @getter
 * @example
 * s("hh*4").mask("1 0 1 1".and("<1 0>"))
 */
export const and = operator<OperatorVariant>(RUNNERS.and);
/**
 * Logical OR as JavaScript's `||`: this value where it is truthy, else the other.
 * @getter
 * @example
 * s("hh*4").mask("1 0 0 1".or("<0 1>"))
 */
export const or = operator<OperatorVariant>(RUNNERS.or);
/**
 * Replaces values with the other pattern's (controls are merged, the other's keys winning).
 * @getter
 * @example
 * note("c e g").set(s("sawtooth"))
 */
export const set = operator<OperatorVariant>(RUNNERS.set);
/**
 * Keeps values, taking only structure from the other pattern (controls are merged, this
 * pattern's keys winning).
 * @getter
 * @example
 * note("c e g").keep.out(s("piano*4"))
 */
export const keep = operator<OperatorVariant>(RUNNERS.keep);
/**
 * Keeps only the parts of events where the other pattern is truthy.
 * @getter
 * @example
 * s("hh*8").keepif("1 0 1 1")
 */
export const keepif = operator<OperatorVariant>(RUNNERS.keepif);

/**
 * A function of a value, as `func` takes. (Declared as a method type so that patterns of them
 * compare bivariantly, keeping `Pattern<T>` covariant.)
 */
export type ValueFunction<T> = { call(v: T): T }['call'];

/** `func`'s free function: the other pattern holds functions applied to the values. */
export interface FuncVariant {
  <T>(fs: PatternArg<ValueFunction<T>>, pat: Pattern<T>): Pattern<T>;
  <T>(fs: PatternArg<ValueFunction<T>>): (pat: Pattern<T>) => Pattern<T>;
}
/**
 * Applies functions from a pattern of functions to the values.
 * @method
 * @example
 * n("0 2 4".func(cat((x) => x + 1, (x) => x * 2))).scale("C:major")
 */
export const func = operator<FuncVariant>(RUNNERS.func);

const valueMap =
  (f: (x: number) => number) =>
  (pat: Pattern<unknown>): Pattern<number> =>
    core.fmap((v) => f(toNumeral(v)), pat);

/**
 * Rounds values to the nearest integer (note names count as MIDI numbers).
 * @method
 * @example
 * n("0.5 1.5 2.5".round()).scale("C:major")
 */
export const round: (pat: Pattern<unknown>) => Pattern<number> = valueMap(Math.round);
/**
 * Rounds values down.
 * @method
 * @example
 * note("42 42.1 42.5 43".floor())
 */
export const floor: (pat: Pattern<unknown>) => Pattern<number> = valueMap(Math.floor);
/**
 * Rounds values up.
 * @method
 * @example
 * note("42 42.1 42.5 43".ceil())
 */
export const ceil: (pat: Pattern<unknown>) => Pattern<number> = valueMap(Math.ceil);

/**
 * Inverts booleans (and truthiness: `1` becomes `false`).
 * @method
 * @example
 * s("hh*4").struct("1 0 1 1".inv())
 */
export function inv(pat: Pattern<unknown>): Pattern<boolean> {
  return core.fmap((v) => !v, pat);
}

