import { describe, expect, it } from 'vitest';
import * as strudelMini from '@strudel/mini';
import { MiniParseError, mini, parseMini } from '../../src/mini/index.ts';
import type { MiniSequence, MiniStep } from '../../src/mini/ast.ts';

function parseError(code: string, offset = 0): MiniParseError {
  try {
    mini(code, offset);
  } catch (e) {
    if (e instanceof MiniParseError) return e;
    throw e;
  }
  throw new Error(`no error for ${JSON.stringify(code)}`);
}

function strudelRejects(code: string): boolean {
  try {
    strudelMini.mini(code).queryArc(0, 1);
    return false;
  } catch {
    return true;
  }
}

describe('parseMini', () => {
  it('gives every atom its start and end, offset into the code', () => {
    const tree = parseMini('bd [sd:3 hh]', 5) as MiniSequence;
    const [bd, group] = tree.steps as [MiniStep, MiniStep];
    expect(bd.slice).toEqual({ kind: 'atom', value: 'bd', start: 5, end: 7 });
    expect(group.slice.kind).toBe('bracket');
    if (group.slice.kind !== 'bracket' || group.slice.body.kind !== 'sequence') throw new Error('expected a bracket');
    const [sd, hh] = group.slice.body.steps as [MiniStep, MiniStep];
    expect(sd.slice).toMatchObject({ value: 'sd', start: 9, end: 11 });
    expect(sd.ops).toEqual([{ kind: 'tail', arg: { kind: 'atom', value: 3, start: 12, end: 13 } }]);
    expect(hh.slice).toMatchObject({ value: 'hh', start: 14, end: 16 });
  });

  it('reads weights and replication into the step', () => {
    const tree = parseMini('a!2@3 b _') as MiniSequence;
    const [a, b] = tree.steps as [MiniStep, MiniStep];
    expect(a.weight).toBe(4);
    expect(a.ops).toEqual([{ kind: 'replicate', times: 2 }]);
    expect(b.weight).toBe(2);
  });

  it('numbers random operators in source order, a "|" group after its layers', () => {
    const tree = parseMini('[a? | b?] c?') as MiniSequence;
    const [group, c] = tree.steps as [MiniStep, MiniStep];
    if (group.slice.kind !== 'bracket' || group.slice.body.kind !== 'choice') throw new Error('expected a choice');
    expect(group.slice.body.seed).toBe(2);
    expect(c.ops).toEqual([{ kind: 'degrade', amount: 0.5, seed: 3 }]);
  });

  it('marks a sequence that starts with "^"', () => {
    expect((parseMini('^a b') as MiniSequence).marked).toBe(true);
    expect((parseMini('a ^b') as MiniSequence).marked).toBe(false);
  });
});

describe('MiniParseError', () => {
  it.each([
    ['[a b', 4, "mini-notation: expected ']', found end of input"],
    ['a b]', 3, "mini-notation: expected a step, found ']'"],
    ['<a b', 4, "mini-notation: expected '>', found end of input"],
    ['{a b', 4, "mini-notation: expected '}', found end of input"],
    ['[]', 1, "mini-notation: expected a step, found ']'"],
    ['', 0, 'mini-notation: expected a step, found end of input'],
    ['a*', 2, 'mini-notation: expected a step, found end of input'],
    ['a(3,8', 5, "mini-notation: expected ')', found end of input"],
    ['a(3)', 3, "mini-notation: expected ',', found ')'"],
    ['a + b', 2, "mini-notation: expected a step, found '+'"],
    ['a b .', 5, 'mini-notation: expected a step, found end of input'],
    ['<a | b>', 3, "mini-notation: expected ',' or '>', found '|'"],
  ])('reports %j at offset %i with what was expected, without the offset in its words', (code, at, message) => {
    const error = parseError(code);
    expect(error.offset).toBe(at);
    expect(error.message).toBe(message);
  });

  it('reports offsets into the code, counting the offset of the string', () => {
    const error = parseError('bd [sd', 12);
    expect(error.offset).toBe(18);
    expect(error.message).toBe("mini-notation: expected ']', found end of input");
  });

  it.each(['a, b | c', 'a | b, c', 'a . b, c', 'a, b . c', '{a | b}', '<a . b c>', '{a b c} %4', '<a b>%2', 'a(3 5,8)', "a'b", 'a(5,4)', 'a(3.5,8)', 'a@-1 b'])(
    'rejects %j, as Strudel does',
    (code) => {
      expect(strudelRejects(code)).toBe(true);
      expect(parseError(code)).toBeInstanceOf(MiniParseError);
    },
  );

  it('is an Error with its name', () => {
    const error = parseError('[');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('MiniParseError');
  });
});
