// Messages a performer can act on: literals read as their text, no weft source, no offsets.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/eval/index.ts';
import { errorOf } from './helpers.ts';


/** The value of the single event of `code` at cycle 0. */
function valueOf(code: string): unknown {
  return evaluate(code).pattern.queryArc(0, 1)[0]?.value;
}

describe('string literals where JavaScript wants a string', () => {
  it('give their text to Error messages', () => {
    expect(valueOf('pure(new Error("boom").message)')).toBe('boom');
    const error = errorOf('const a = 1\nthrow new Error("boom")');
    expect([error.message, error.line, error.column]).toEqual(['boom', 2, 7]);
  });

  it('read as their text in String(), templates, + and comparisons', () => {
    expect(valueOf('pure(String("bd sd"))')).toBe('bd sd');
    expect(valueOf('pure(String(`${"a"}-${"b"}`))')).toBe('a-b');
    expect(valueOf('pure("a" + "b")')).toBe('ab');
    expect(valueOf('pure("a" + 1)')).toBe('a1');
    expect(valueOf('pure("x" == "x".toString())')).toBe(true);
    expect(valueOf('const t = `c ${"e"} g`\npure(String(t))')).toBe('c e g');
  });

  it('still play as mini-notation', () => {
    expect(evaluate('"a b"').pattern.queryArc(0, 1).map((h) => h.value)).toEqual(['a', 'b']);
  });

  it('are ordinary patterns once transformed', () => {
    expect(valueOf('pure(String("a b".fast(2)))')).toBe('[object Object]');
  });
});

describe('messages of errors', () => {
  it('say what a thrown value was when it is no Error, at the throw', () => {
    const five = errorOf('const a = 1\n  throw 5');
    expect([five.message, five.line, five.column]).toEqual(['the code threw the number 5', 2, 3]);
    expect(errorOf('throw {}').message).toBe('the code threw an object');
    expect(errorOf('throw null').message).toBe('the code threw null');
    expect(errorOf('throw [1, 2]').message).toBe('the code threw an array');
    expect(errorOf('throw "boom"').message).toBe('boom');
    expect(errorOf("throw 'boom'").message).toBe('boom');
    expect(errorOf('throw { message: "custom" }').message).toBe('custom');
    expect(errorOf('throw function later() {}').message).toBe('the code threw the function later');
  });

  it('locate a value thrown later, while querying, at its throw', () => {
    const code = 'pure(1)\n  .fmap((x) => { throw 7 })';
    const evaluation = evaluate(code);
    let thrown: unknown;
    try {
      evaluation.pattern.queryArc(0, 1);
    } catch (error) {
      thrown = error;
    }
    const located = evaluation.locate(thrown);
    expect([located?.message, located?.line, code.slice(located?.from, located?.to)]).toEqual(['the code threw the number 7', 2, 'throw 7']);
  });

  it('name a function instead of printing its source', () => {
    const error = errorOf('function lp(x) { return x.lpf(300) }\n$: lp');
    expect(error.message).toBe('the "$:" block needs a pattern, not the function lp (call it: lp(...))');
    // A method of weft's own, forgotten without its call, is named too (it once printed weft's source).
    expect(errorOf('$: note("c").lp').message).toBe('the "$:" block needs a pattern, not the function lp (call it: lp(...))');
    expect(errorOf('$: ({})').message).toMatch(/not an object$/);
    expect(errorOf('$: (x) => x').message).toMatch(/not a function$/);
  });

  it('give mini-notation errors without offsets counted from elsewhere', () => {
    const code = 'const a = 1\n$: s("bd [sd")';
    const error = errorOf(code);
    expect(error.message).not.toMatch(/ at \d/);
    expect([error.line, error.column]).toEqual([2, 13]);
    const runtime = errorOf("const a = 1\n$: s(mini('bd [sd'))");
    expect(runtime.message).not.toMatch(/ at \d/);
    expect(runtime.line).toBe(2);
  });

  it('never print [object Object]', () => {
    for (const code of ['throw {}', '$: ({})', 'setcps({})', 'throw { message: {} }']) {
      expect(errorOf(code).message, code).not.toMatch(/object Object/);
    }
  });
});
