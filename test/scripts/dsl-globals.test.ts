import { describe, expect, it } from 'vitest';
import { EVALUATOR_GLOBALS } from '../../scripts/dsl-globals.ts';
import { EVALUATOR_NAMES } from '../../src/eval/index.ts';

describe("the evaluator's globals", () => {
  it('are declared for the language service and the reference exactly as the evaluator defines them', () => {
    expect(EVALUATOR_GLOBALS.map((g) => g.entry.name).sort()).toEqual([...EVALUATOR_NAMES].sort());
  });
});
