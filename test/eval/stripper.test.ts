// Code without TypeScript syntax runs as written, with no type stripper loaded (the performer
// realm loads Sucrase after the first sound); code that needs the stripper says so before any of
// it runs, and gives the same result once the stripper is there.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { patternEvents } from '../../src/cli/events.ts';
import { evaluate } from '../../src/eval/evaluate.ts';
import { EvalError, NeedsTypeStripper, sucraseStripper } from '../../src/eval/index.ts';
import { rewrite } from '../../src/eval/rewrite.ts';
import { allCases } from '../conformance/cases.ts';

const PATTERNS = fileURLToPath(new URL('../../patterns/', import.meta.url));
const performances = readdirSync(PATTERNS)
  .filter((name) => name.endsWith('.ts'))
  .map((name) => readFileSync(PATTERNS + name, 'utf8'));
const corpus = [...allCases.map((c) => c.code), ...performances];

/** What `evaluate` without a stripper throws for `code` (undefined when it evaluates). */
function without(code: string): unknown {
  try {
    evaluate(code);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('evaluating without a type stripper', () => {
  it('runs code without TypeScript syntax as written: Sucrase would leave every conformance case and example performance unchanged', () => {
    let plain = 0;
    for (const code of corpus) {
      const rewritten = rewrite(code, sucraseStripper);
      if (rewritten.typeSyntax) continue;
      plain++;
      expect(sucraseStripper.strip(rewritten.edited.text).code, code).toBe(rewritten.edited.text);
    }
    expect(plain).toBeGreaterThan(corpus.length * 0.9);
  });

  it('plays the example performances as it does with Sucrase', () => {
    for (const code of performances) {
      const events = (types?: typeof sucraseStripper) => patternEvents(evaluate(code, types === undefined ? {} : { types }).pattern, 0, 4);
      expect(events()).toEqual(events(sucraseStripper));
    }
  });

  it.each([
    ['a type annotation', 'const n: number = 2\nfast(n, "a b")'],
    ['type arguments (which JavaScript would read as comparisons)', 'const id = (x) => x\nid<number>(2)'],
    ['a cast', 'pure(1) as Pattern<number>'],
    ['a non-null assertion', 'const p = pure(1)\np!.fast(2)'],
    ['an interface', 'interface A { n: number }\npure(1)'],
    ['a generic arrow function', 'const f = <T,>(x: T) => x\npure(f(1))'],
    ['a class member modifier', 'class A { private n = 1 }\npure(1)'],
    ['an enum', 'enum E { A }\npure(E.A)'],
    ['a syntax error (the stripper words its message)', 'sequence(1 2)'],
    ['a syntax error only the engine sees', '$: sequence(1,\n   "a",, 2)'],
  ])('says it needs the stripper for %s, before running any of it', (_what, code) => {
    let ran = false;
    expect(() => evaluate(`ran()\n${code}`, { scope: { ran: () => (ran = true) } })).toThrow(NeedsTypeStripper);
    expect(ran).toBe(false);
  });

  it('gives the same result as Sucrase once it is given the stripper', () => {
    const code = 'const n: number = 2\nfast(n, sequence<number>(1, 2))';
    expect(without(code)).toBeInstanceOf(NeedsTypeStripper);
    expect(patternEvents(evaluate(code, { types: sucraseStripper }).pattern, 0, 1).map((e) => e.value)).toEqual([1, 2, 1, 2]);
    const broken = 'const x = 1\nsequence(1 2)';
    const error = (() => {
      try {
        evaluate(broken, { types: sucraseStripper });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(EvalError);
    expect(broken.slice((error as EvalError).from, (error as EvalError).to)).toBe('2');
  });
});
