// Code that the engine and weft's parser would read differently is refused, at the character.
import { describe, expect, it } from 'vitest';
import { evaluate, EvalError } from '../../src/eval/index.ts';
import { errorOf } from './helpers.ts';


/** A function that records whether it was called, as performer code would reach the network. */
function spy(): { called: boolean; fetch: () => void } {
  const state = { called: false, fetch: () => void (state.called = true) };
  return state;
}

describe('evaluate: characters the engine reads differently', () => {
  it('refuses U+2028 and U+2029, which end a // comment for the engine only', () => {
    for (const separator of ['\u2028', '\u2029']) {
      const net = spy();
      const code = `pure(1)\n// hidden ${separator} fetch()`;
      const error = (() => {
        try {
          evaluate(code, { scope: { fetch: net.fetch } });
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(net.called).toBe(false);
      expect(error).toBeInstanceOf(EvalError);
      expect([(error as EvalError).line, (error as EvalError).column]).toEqual([2, 11]);
      expect((error as EvalError).message).toMatch(/U\+202[89] .*use an ordinary line break/);
    }
  });

  it('refuses a carriage return without a line feed, which also ends a // comment for the engine only', () => {
    const error = errorOf('pure(1) // x \r fetch()');
    expect([error.line, error.column, error.to - error.from]).toEqual([1, 14, 1]);
    expect(error.message).toMatch(/carriage return/);
    expect(evaluate('const a = 1\r\npure(a)').pattern.queryArc(0, 1)).toHaveLength(1);
  });

  it('refuses <!-- anywhere: an HTML-like comment to the engine, operators to the parser', () => {
    const code = 'const a = 1\nconst b = a <!-- `\nfetch()\n//`';
    const error = errorOf(code);
    expect([error.line, error.column, code.slice(error.from, error.to)]).toEqual([2, 13, '<!--']);
    expect(error.message).toMatch(/write `< !--` with a space/);
  });

  it('refuses --> at the start of a line, even after a block comment, and allows it elsewhere', () => {
    expect(errorOf('let a = 1\n  --> fetch()').column).toBe(3);
    expect(errorOf('let a = 1 /*\n*/ --> fetch()').line).toBe(2);
    expect(errorOf('--> x').column).toBe(1);
    expect(evaluate('let i = 3\nlet n = 0\nwhile (i --> 0) n++\npure(n)').pattern.queryArc(0, 1)[0]?.value).toBe(3);
  });

  it('refuses a #! line with a located message instead of an engine error for the whole code', () => {
    const error = errorOf('#!/usr/bin/env weft\npure(1)');
    expect([error.line, error.column]).toEqual([1, 1]);
    expect(error.message).toMatch(/#! line/);
  });

  it('reads escapes in names as the engine does not: an error, never a keyword', () => {
    expect(errorOf('\\u0069mport("x")')).toBeInstanceOf(EvalError);
    expect(errorOf('const \\u0061 = 1')).toBeInstanceOf(EvalError);
  });

  it('refuses an import that only the type-stripped code shows', () => {
    // Both parsers agree here; the second look at the engine's code must not get in the way.
    expect(evaluate('const t: string = "import"\nconst s = `import`\npure(1)').pattern.queryArc(0, 1)).toHaveLength(1);
    expect(errorOf('const f = () => import("./x.js")').message).toMatch(/imports and exports are not available/);
  });

  it('agrees with the engine on regular expressions and divisions after a line break', () => {
    expect(errorOf('let a = 1\n/import("x")/g.exec("")').message).toMatch(/imports/);
    expect(evaluate('let a = 4\nlet b = a\n/2/1\npure(b)').pattern.queryArc(0, 1)[0]?.value).toBe(2);
  });
});
