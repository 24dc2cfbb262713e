import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/index.ts';
import { errorOf } from './helpers.ts';

const events = (code: string, cycles = 1): string[] =>
  evaluate(code).pattern.queryArc(0, cycles).map((h) => `${h.whole!.begin.toString()}-${h.whole!.end.toString()} ${JSON.stringify(h.value)}`).sort();

describe('register', () => {
  it('gives a method on the patterns and mini-notation strings of the same code, and returns the function', () => {
    expect(events("register('lp', (x, pat) => pat.lpf(x))\n$: n(\"0 2\").lp(300)")).toEqual(events('$: n("0 2").lpf(300)'));
    expect(events("register('twice', (pat) => pat.fast(2))\n$: \"0 2\".twice().n()")).toEqual(events('$: n("0 2").fast(2)'));
    expect(events("const lp = register('lp', (x, pat) => pat.lpf(x))\n$: lp(300, n(\"0 2\"))")).toEqual(events('$: n("0 2").lpf(300)'));
  });

  it("reads patterned arguments as weft's own functions do (structure from the first, inner-joined)", () => {
    expect(events("register('fastx', (x, pat) => pat.fast(x))\n$: n(\"0 2\").fastx(\"1 2\")")).toEqual(events('$: n("0 2").fast("1 2")'));
    expect(events("register('two', (a, b, pat) => pat.lpf(a).gain(b))\n$: n(\"0 2\").two(\"<100 200>\", \"0.5 1\")", 2)).toEqual(
      events('$: n("0 2").lpf("<100 200>").gain("0.5 1")', 2),
    );
  });

  it('exists only in the code that registers it, and patches no prototype', () => {
    evaluate("register('swap', (n, pat) => pat.add(n))\n$: n(\"0\").swap(n(1))");
    expect(errorOf('$: n("0").swap(n(1))').message).toMatch(/swap is not a function/);
    expect(Object.getOwnPropertyNames(Object.getPrototypeOf(evaluate('n("0")').pattern))).not.toContain('swap');
  });

  it("leaves an object's own method of the same name alone", () => {
    expect(events("const o = { lp: () => 5 }\nregister('lp', (x, pat) => pat.lpf(x))\n$: n(o.lp())")).toEqual(events('$: n(5)'));
  });

  it('says where a misuse is', () => {
    const early = errorOf("$: n(\"0 2\").late2(1)\nregister('late2', (x, pat) => pat.late(x))");
    expect([early.line, early.column, early.message]).toEqual([1, 13, ".late2() is called before register('late2', ...) has run"]);
    const name = errorOf('register(3, (pat) => pat)');
    expect([name.line, name.message]).toEqual([1, 'register(name, f) needs a name that can follow a dot, such as \'swap\', not the number 3']);
    const notPattern = errorOf("register('bad', (x, pat) => 3)\n$: n(\"0\").bad(1)");
    expect([notPattern.line, notPattern.column, notPattern.message]).toEqual([2, 11, "the function registered as 'bad' should return a pattern; it returned the number 3"]);
  });
});
