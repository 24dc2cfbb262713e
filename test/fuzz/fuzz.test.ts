/**
 * Property tests over hostile input (generators.ts), with a fixed seed and a fixed number of runs
 * so that `npm test` stays fast and repeatable; `npm run fuzz` runs many more. Every input gives
 * haps or one of weft's own errors, quickly: no hang, no stack overflow, no TypeError, no error
 * that is not weft's, no query error without the location of its cause.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chainCode, chainInput, judgeChain, judgeCode, judgeMini, miniGrammar, miniJunk, queryWindow, type CodeVerdict, type Verdict } from './generators.ts';

const SEED = 20_240_9;

function tally(): { count: (v: Verdict) => boolean; seen: Map<Verdict, number> } {
  const seen = new Map<Verdict, number>();
  return { seen, count: (v) => (seen.set(v, (seen.get(v) ?? 0) + 1), true) };
}

describe('mini-notation from its grammar, with adversarial numbers', () => {
  it('gives haps or a located weft error for every string, quickly', () => {
    const { seen, count } = tally();
    fc.assert(
      fc.property(miniGrammar, queryWindow, (code, window) => count(judgeMini(code, window))),
      { seed: SEED, numRuns: 5000 },
    );
    // The generator reaches valid strings, syntax errors and refused numbers alike, so the
    // property does not pass vacuously.
    expect(seen.get('haps') ?? 0).toBeGreaterThan(500);
    expect(seen.get('mini-notation error') ?? 0).toBeGreaterThan(500);
    expect(seen.get('refused') ?? 0).toBeGreaterThan(10);
  });
});

describe('mini-notation junk, deep nests and long runs of operators', () => {
  it('gives haps or a located weft error for every string, quickly', () => {
    const { seen, count } = tally();
    fc.assert(
      fc.property(miniJunk, queryWindow, (code, window) => count(judgeMini(code, window))),
      { seed: SEED, numRuns: 3000 },
    );
    expect(seen.get('mini-notation error') ?? 0).toBeGreaterThan(100);
  });
});

describe('chains of methods with adversarial arguments', () => {
  it('give haps or a weft error (located when a query throws it) for every chain, quickly', () => {
    const { seen, count } = tally();
    fc.assert(
      fc.property(chainInput, queryWindow, (chain, window) => {
        try {
          return count(judgeChain(chain, window));
        } catch (error) {
          throw new Error(`${chainCode(chain)} over ${window.begin}+${window.cycles}: ${(error as Error).message}`);
        }
      }),
      { seed: SEED, numRuns: 4000 },
    );
    expect(seen.get('haps') ?? 0).toBeGreaterThan(100);
    expect(seen.get('refused') ?? 0).toBeGreaterThan(100);
    expect(seen.get('over budget') ?? 0).toBeGreaterThan(0);
  });
});

describe('performer code: the chains and mini-notation as typed, evaluated and queried as the performer realm does', () => {
  it('plays, or gives an error placed at the characters that caused it, for every program, quickly', () => {
    const seen = new Map<CodeVerdict, number>();
    const code = fc.oneof(chainInput.map(chainCode), miniGrammar.map((m) => `s(${JSON.stringify(m)})`));
    fc.assert(
      fc.property(code, queryWindow, (program, window) => {
        try {
          const verdict = judgeCode(program, window);
          seen.set(verdict, (seen.get(verdict) ?? 0) + 1);
          return true;
        } catch (error) {
          throw new Error(`${program} over ${window.begin}+${window.cycles}: ${(error as Error).message}`);
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
    expect(seen.get('haps') ?? 0).toBeGreaterThan(200);
    expect(seen.get('placed error') ?? 0).toBeGreaterThan(200);
  });
});
