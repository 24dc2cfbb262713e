// Long chains and deep nesting: they work, or get a clear error at the place that goes too far.
import { describe, expect, it } from 'vitest';
import { evaluate, MAX_CHAIN, MAX_NESTING, MAX_RUN } from '../../src/eval/index.ts';
import { errorOf } from './helpers.ts';


describe('evaluate: long chains', () => {
  it('reads a chain of 325 calls (the parser used to cut it into an "Unexpected token")', () => {
    const code = `$: s("bd sd")${'.fast(1)'.repeat(325)}.gain(0.5)`;
    const { blocks, pattern } = evaluate(code);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.to).toBe(code.length);
    expect(pattern.queryArc(0, 1).map((h) => h.value)).toEqual([{ s: 'bd', gain: 0.5 }, { s: 'sd', gain: 0.5 }]);
  });

  it(`reads, runs and queries a chain of ${MAX_CHAIN} calls, with strings all along it`, () => {
    // Each pair of links adds 0 or 12, then 0 or -12: the chain as a whole changes nothing.
    const pair = '.add(note("0 12")).add(note("0 -12"))';
    const events = (code: string): unknown[] => evaluate(code).pattern.queryArc(0, 2).map((h) => [String(h.whole?.begin), h.value]);
    expect(events(`note("c e")${pair.repeat(MAX_CHAIN / 2)}`)).toEqual(events(`note("c e")${pair}`));
  });

  it('refuses a longer chain with a clear error that covers it', () => {
    const chain = `pure(1)${'.fast(1)'.repeat(MAX_CHAIN + 1)}`;
    const code = `const a = 2\n$: ${chain}`;
    const error = errorOf(code);
    expect(error.message).toMatch(new RegExp(`chain has more than ${MAX_CHAIN} calls`));
    expect([error.line, error.column, code.slice(error.from, error.to)]).toEqual([2, 4, chain]);
  });

  it('refuses a very long run of operators with a clear error', () => {
    const code = `const a = 1\nconst b = 1${' + a'.repeat(MAX_RUN + 10)}`;
    const error = errorOf(code);
    expect(error.message).toMatch(/operations long/);
    expect([error.line, error.column]).toEqual([2, 11]);
  });

  it('refuses chains of 10,000 and 100,000 calls quickly and located, never as a stack overflow', () => {
    for (const n of [10_000, 100_000]) {
      const code = `\n  pure(1)${'.fast(1)'.repeat(n)}`;
      const error = errorOf(code);
      // At the chain (its start, or where the parser had to give up on it), never at 1:1.
      expect(error.line, String(n)).toBe(2);
      expect(error.message).toMatch(/chain/);
      expect(error.message).not.toMatch(/stack/i);
    }
  });
});

describe('evaluate: deep nesting', () => {
  it(`runs code nested ${MAX_NESTING} levels deep`, () => {
    const code = `const x = ${'['.repeat(MAX_NESTING - 1)}1${']'.repeat(MAX_NESTING - 1)}\npure(JSON.stringify(x).length)`;
    expect(evaluate(code).pattern.queryArc(0, 1)[0]?.value).toBe(2 * (MAX_NESTING - 1) + 1);
  });

  it('refuses deeper nesting at the bracket that goes over the limit', () => {
    for (const [open, close] of [['[', ']'], ['(', ')'], ['{ a: ', '}'], ['f(() => ', ')'], ['`${', '}`']] as const) {
      for (const depth of [MAX_NESTING + 5, 3000, 20_000]) {
        const code = `const f = (x) => x\nconst x = ${open.repeat(depth)}1${close.repeat(depth)}`;
        const error = errorOf(code);
        expect(error.message, `${open} ${depth}`).toMatch(new RegExp(`nested more than ${MAX_NESTING} levels deep`));
        expect(error.line).toBe(2);
        expect(error.column).toBeGreaterThan(MAX_NESTING / 2);
      }
    }
  });

  it('refuses deep nesting that is also a syntax error at the nesting, not at 1:1', () => {
    const error = errorOf(`pure(1)\nconst x = ${'['.repeat(5000)}`);
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/nested more than/);
  });

  it('reports a function that calls itself forever where it calls itself', () => {
    const code = 'function f(n) {\n  return f(n + 1)\n}\nf(0)';
    const error = errorOf(code);
    expect(error.line).toBe(2);
    expect(error.message).toMatch(/Maximum call stack size exceeded \(a function that calls itself without end/);
  });
});
