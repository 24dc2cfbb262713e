import { describe, expect, it } from 'vitest';
import { buildScope, dslScope, scopeClashes } from '../../src/eval/scope.ts';
import * as patternModule from '../../src/pattern/index.ts';
import { mini } from '../../src/mini/index.ts';

describe('dslScope', () => {
  it('has the DSL functions and pattern constants, including mini', () => {
    expect(dslScope.get('sequence')).toBe(patternModule.sequence);
    expect(dslScope.get('silence')).toBe(patternModule.silence);
    expect(dslScope.get('mini')).toBe(mini);
  });

  it('takes every function export of the pattern layer, so new ones appear by themselves', () => {
    const missing = Object.entries(patternModule)
      .filter(([name, value]) => typeof value === 'function' && /^[a-z]/.test(name) && !dslScope.has(name))
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });

  it('leaves out classes and capitalised constants', () => {
    for (const name of ['Pattern', 'Hap', 'Rational', 'Span', 'State', 'EMPTY_CONTEXT', 'ONE', 'ZERO']) {
      expect(dslScope.has(name), name).toBe(false);
    }
  });

  it('has no name given two different values by two modules', () => {
    expect(scopeClashes()).toEqual([]);
  });
});

describe('buildScope', () => {
  it('lets a later module win a name', () => {
    const scope = buildScope([{ a: 1, b: 2 }, { b: 3 }]);
    expect([...scope]).toEqual([['a', 1], ['b', 3]]);
  });

  it('skips names that cannot be strict-mode parameters', () => {
    expect([...buildScope([{ eval: 1, interface: 2, ok: 3 }]).keys()]).toEqual(['ok']);
  });
});
