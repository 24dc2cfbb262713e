// How string literals in performer code reach the mini-notation parser: which literals, with
// which offsets, and how hap locations are mapped back through escapes and `${}`. The parser is
// replaced here by a stand-in that splits words, so these tests check only the plumbing; the real
// parser is used in mini-literals.test.ts.
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  calls: [] as Array<[string, number]>,
  impl: undefined as ((code: string, offset: number) => unknown) | undefined,
}));
vi.mock('../../src/mini/index.ts', () => ({
  MiniParseError: class extends Error {},
  mini: (code: string, offset = 0) => {
    fake.calls.push([code, offset]);
    if (fake.impl === undefined) throw new Error('stand-in parser not ready');
    return fake.impl(code, offset);
  },
}));

import { evaluate } from '../../src/eval/index.ts';
import { Pattern, pure, sequence, withLocation } from '../../src/pattern/index.ts';

// Words separated by spaces, each located at its characters: a stand-in for mini-notation.
fake.impl = (code: string, offset: number): Pattern<string> => {
  const words = [...code.matchAll(/\S+/g)].map((m) => withLocation({ start: offset + m.index, end: offset + m.index + m[0].length }, pure(m[0])));
  return sequence(...words);
};

function run(code: string): { calls: Array<[string, number]>; pattern: Pattern<unknown> } {
  fake.calls.length = 0;
  const { pattern } = evaluate(code);
  return { calls: [...fake.calls], pattern };
}

/** For each hap of the first cycle: its value and the code at each of its locations. */
function located(code: string, pattern: Pattern<unknown>): Array<[unknown, string[]]> {
  return pattern.queryArc(0, 1).map((h) => [h.value, h.context.locations.map((l) => code.slice(l.start, l.end))]);
}

describe('evaluate: string literals', () => {
  it('parses a double-quoted string as mini-notation, from the offset of its content', () => {
    const code = 'sequence(1, "a b")';
    const { calls, pattern } = run(code);
    expect(calls).toEqual([['a b', 13]]);
    expect(located(code, pattern).slice(1)).toEqual([['a', ['a']], ['b', ['b']]]);
  });

  it('makes the literal a pattern whose methods can be called on it', () => {
    const { pattern } = run('"a b".fast(2)');
    expect(pattern).toBeInstanceOf(Pattern);
    expect(pattern.queryArc(0, 1).map((h) => h.value)).toEqual(['a', 'b', 'a', 'b']);
  });

  it('parses an untagged template string, also across lines', () => {
    const code = 'sequence(`a\n  b`)';
    const { calls, pattern } = run(code);
    expect(calls).toEqual([['a\n  b', 10]]);
    expect(located(code, pattern)).toEqual([['a', ['a']], ['b', ['b']]]);
  });

  it('leaves single-quoted strings as strings', () => {
    const { calls } = run("const s = 'a b'; typeof s === 'string' ? sequence(1) : silence");
    expect(calls).toEqual([]);
  });

  it('leaves tagged templates, property names, subscripts and TypeScript literal types alone', () => {
    const code = [
      'const tag = (s: TemplateStringsArray) => s[0]',
      'type Kind = "x" | "y"',
      'const o: { "k": number } = { "k": 1 }',
      'const k: Kind = o["k"] === 2 ? tag`q r` as Kind : "y"',
      'sequence(1)',
    ].join('\n');
    // Only the string that is a value: "y".
    expect(run(code).calls).toEqual([['y', code.lastIndexOf('"y"') + 1]]);
  });

  it('leaves strings in comments and regular expressions alone', () => {
    expect(run('// "a"\n/* "b" */ const r = /"c"/\nsequence(1) // "d"').calls).toEqual([]);
  });

  it('gives every literal its own offset, in the original code when TypeScript types come first', () => {
    const code = 'const n: number = 2\nconst p: Pattern<string> = "a b"\nsequence(p, "c")';
    const { calls, pattern } = run(code);
    expect(calls).toEqual([['a b', code.indexOf('a b')], ['c', code.indexOf('"c"') + 1]]);
    expect(located(code, pattern)).toEqual([['a', ['a']], ['b', ['b']], ['c', ['c']]]);
  });

  it('points haps at the characters typed when the string has escapes', () => {
    const code = 'sequence("a\\tb \\u0063")';
    const { calls, pattern } = run(code);
    // Parsed as if at the content's offset, then mapped back character by character.
    expect(calls).toEqual([['a\tb c', code.indexOf('a\\t')]]);
    expect(located(code, pattern)).toEqual([['a', ['a']], ['b', ['b']], ['c', ['\\u0063']]]);
  });

  it('writes ${} values into the template and points their haps at the ${...}', () => {
    const code = 'const x = 12; sequence(`a ${x} b`)';
    const { calls, pattern } = run(code);
    expect(calls).toEqual([['a 12 b', code.indexOf('`a') + 1]]);
    expect(located(code, pattern)).toEqual([['a', ['a']], ['12', ['${x}']], ['b', ['b']]]);
  });

  it('keeps offsets right after CRLF line breaks in a template', () => {
    const code = 'sequence(`a\r\nb`)';
    const { pattern } = run(code);
    expect(located(code, pattern)).toEqual([['a', ['a']], ['b', ['b']]]);
  });

  it('refuses a pattern written into a template with ${}', () => {
    expect(() => run('const p = sequence(1); sequence(`a ${p}`)')).toThrow(/cannot be written into mini-notation/);
  });
});
