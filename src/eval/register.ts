/**
 * `register(name, f)` in performer code, as in Strudel: `f` takes some arguments and, last, a
 * pattern; registering it gives a function (`register` returns it) and a method of that name
 * on every pattern of the same program: `register('swap', (n, pat) => pat.add(n))` then
 * `n("0 2").swap("<1 5>")`. Arguments may be patterns or mini-notation: each is read as a
 * pattern and the function is applied to their values (structure from the first, inner-joined,
 * as weft's own patterned arguments are).
 *
 * No prototype is touched. The rewriter finds the names the code registers (calls with a literal
 * name) and turns each `x.name(...)` into `RUNTIME.r(x).name(...)`: for a pattern (or a
 * mini-notation string) that gives the program's registered methods; anything else is left as it
 * is, so an object's own method of that name still works.
 */
import { appLeft, innerJoin, mapArg } from '../pattern/core.ts';
import type { Controls } from '../controls/index.ts';
import { setControlsWith } from '../pattern/controls.ts';
import { Pattern } from '../pattern/pattern.ts';
import { isPatterned, reify } from '../pattern/reify.ts';
import { describe } from './messages.ts';

/** A function of performer code (called with values; what it returns is checked). */
type Performer = (...args: unknown[]) => unknown;

const NAME = /^[A-Za-z_$][\w$]*$/;

/** The functions one program registers, and the methods they give its patterns. */
export class Registry {
  private readonly functions = new Map<string, (args: readonly unknown[], pat: unknown) => Pattern<unknown>>();

  /** `known`: the names the code registers with a literal name (found before it runs). */
  constructor(private readonly known: readonly string[]) {}

  /** `register` as performer code sees it. */
  readonly register = (name: unknown, f: unknown): Performer => {
    if (typeof name !== 'string' || !NAME.test(name)) throw new TypeError(`register(name, f) needs a name that can follow a dot, such as 'swap', not ${describe(name)}`);
    if (typeof f !== 'function') throw new TypeError(`register('${name}', f) needs a function whose last argument is the pattern, such as (n, pat) => pat.add(n), not ${describe(f)}`);
    // A function value from performer code: called with values, its result checked below.
    const fn = f as Performer;
    const apply = (args: readonly unknown[], pat: unknown): Pattern<unknown> => applyPatterned(name, fn, args, pat);
    this.functions.set(name, apply);
    return (...args: unknown[]) => apply(args.slice(0, -1), args[args.length - 1]);
  };

  /**
   * `createParam` as performer code sees it, as in Strudel: a control of a name the code chooses.
   * It gives a function (`x(pat)` is a pattern of `{ x: value }`) and a method (`pat.x(value)`
   * adds `x` to each event, structure from `pat`). weft's engine does not know the control: it is
   * for the code's own use (and for outputs).
   */
  readonly createParam = (name: unknown): Performer => {
    if (typeof name !== 'string' || !NAME.test(name)) throw new TypeError(`createParam(name) needs a name that can follow a dot, such as 'x', not ${describe(name)}`);
    const make = (value: unknown): Pattern<object> => mapArg((v: unknown): object => ({ [name]: v }), reify(value));
    this.functions.set(name, (args, pat) => {
      if (!(pat instanceof Pattern) && typeof pat !== 'string') throw new TypeError(`.${name}() needs a pattern, not ${describe(pat)}`);
      // As any control's method: set on the events of `pat`, structure from `pat`. The name is
      // the code's own, outside the table's types.
      return setControlsWith((v) => ({ [name]: v }) as Controls, args[0], reify(pat));
    });
    return make;
  };

  /**
   * `Pattern.prototype.name = f` in performer code (the rewriter turns it into this): as in
   * Strudel, `pat.name(...args)` calls `f` with the pattern as `this` and the arguments as they
   * are; but only this program's patterns have it, and no prototype changes.
   */
  readonly prototypeMethod = (name: string, f: unknown): unknown => {
    if (typeof f !== 'function') throw new TypeError(`Pattern.prototype.${name} should be a function, not ${describe(f)}`);
    const fn = f as (this: Pattern<unknown>, ...args: unknown[]) => unknown;
    this.functions.set(name, (args, pat) => {
      const out = Reflect.apply(fn, reify(pat), args);
      if (out instanceof Pattern) return out;
      throw new TypeError(`Pattern.prototype.${name} should return a pattern; it returned ${describe(out)}`);
    });
    return f;
  };

  /** `createParams('x', 'y')`: the functions of {@link createParam}, by name. */
  readonly createParams = (...names: unknown[]): Record<string, Performer> => Object.fromEntries(names.map((name) => [String(name), this.createParam(name)]));

  /**
   * What `target.name` reads for a registered `name`: the program's methods bound to `target` when
   * it is a pattern or a mini-notation string, else `target` itself.
   */
  methodsOf(target: unknown): unknown {
    if (!(target instanceof Pattern) && typeof target !== 'string') return target;
    const methods: Record<string, Performer> = {};
    for (const name of this.known) {
      methods[name] = (...args) => {
        const f = this.functions.get(name);
        if (f === undefined) throw new TypeError(`.${name}() is called before register('${name}', ...) has run`);
        return f(args, target);
      };
    }
    return methods;
  }
}

/** Applies a registered function to patterned arguments and a pattern (see the module comment). */
function applyPatterned(name: string, f: Performer, args: readonly unknown[], pat: unknown): Pattern<unknown> {
  if (!(pat instanceof Pattern) && typeof pat !== 'string') throw new TypeError(`${name}(...) needs a pattern as its last argument, not ${describe(pat)}`);
  const target = reify(pat);
  const result = (values: readonly unknown[]): Pattern<unknown> => {
    const out = f(...values, target);
    if (out instanceof Pattern) return out;
    throw new TypeError(`the function registered as '${name}' should return a pattern; it returned ${describe(out)}`);
  };
  if (!args.some(isPatterned)) return result(args);
  const tuples = args
    .map((a) => mapArg((v: unknown): unknown[] => [v], reify(a)))
    .reduce((left, right) => appLeft((l: unknown[], r: unknown[]) => [...l, ...r], left, right));
  return innerJoin(mapArg(result, tuples));
}
