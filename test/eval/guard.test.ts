// Loop guards: loops in performer code stop with a located error once their deadline has passed.
import { describe, expect, it } from 'vitest';
import {
  evaluate, evaluationBudget, EvalError, hardEvaluationLimit, LoopError, LoopGuard, type Evaluation,
} from '../../src/eval/index.ts';

/** The error `f` throws. */
function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

/** The located error of evaluating `code` (with a short budget, so the test is quick). */
function evalError(code: string, budget = 50): EvalError {
  const error = thrownBy(() => evaluate(code, { budget }));
  if (!(error instanceof EvalError)) throw new Error(`expected an EvalError, got ${String(error)}`);
  return error;
}

/** The slice of `code` an error covers, with its line and column. */
function placeOf(code: string, error: EvalError | undefined): [number, number, string] {
  if (error === undefined) throw new Error('expected a located error');
  return [error.line, error.column, code.slice(error.from, error.to)];
}

describe('LoopGuard', () => {
  it('sets no deadline outside within: a long loop runs to its end', () => {
    const guard = new LoopGuard();
    const { pattern } = evaluate('pure(1).fmap((x) => { let n = 0; for (let i = 0; i < 3e6; i++) n++; return n })', { guard });
    expect(pattern.queryArc(0, 1)[0]?.value).toBe(3e6);
  });

  it('throws a LoopError at the loop once the deadline of within has passed', () => {
    let now = 0;
    const guard = new LoopGuard(() => now);
    const loop = { start: 3, end: 9 };
    const error = thrownBy(() =>
      guard.within(100, () => {
        for (;;) {
          now += 1;
          guard.check(loop);
        }
      }),
    );
    expect(error).toBeInstanceOf(LoopError);
    expect((error as LoopError).locations).toEqual([loop]);
    expect((error as LoopError).message).toBe('this loop ran for more than 100 ms (infinite loop?)');
  });

  it('restores the outer deadline after a nested within, and never extends it', () => {
    let now = 0;
    const guard = new LoopGuard(() => now);
    const loop = { start: 0, end: 1 };
    const spin = (until: number): void => {
      while (now < until) {
        now++;
        guard.check(loop);
      }
    };
    guard.within(10_000, () => {
      expect(() => guard.within(50, () => spin(5_000))).toThrow(/more than 50 ms/);
      spin(8_000); // the outer deadline is back: no error
      expect(() => guard.within(60_000, () => spin(20_000))).toThrow(/more than 10 s/);
    });
    expect(guard.active).toBe(false);
    spin(100_000);
  });

  it('keeps throwing once expired, so a loop that catches the error cannot go on', () => {
    const guard = new LoopGuard();
    const code = 'pure(1).fmap(() => { for (;;) { try { while (true) {} } catch (e) {} } })';
    const evaluation = evaluate(code, { guard });
    const error = thrownBy(() => guard.within(50, () => evaluation.pattern.queryArc(0, 1)));
    expect(placeOf(code, evaluation.locate(error))).toEqual([1, 22, 'for (;;)']);
  });
});

describe('evaluate: loops', () => {
  it('stops a loop at the top level with a located error instead of hanging', () => {
    const code = 'const a = pure(1)\n  while (true) {}\na';
    const error = evalError(code);
    expect(error.message).toBe('this loop ran for more than 50 ms (infinite loop?)');
    expect(placeOf(code, error)).toEqual([2, 3, 'while (true)']);
  });

  it('gives the top level its evaluation budget by default', () => {
    const start = performance.now();
    const error = thrownBy(() => evaluate('for (;;) {}'));
    expect(error).toBeInstanceOf(EvalError);
    expect((error as EvalError).message).toBe('this loop ran for more than 1 s (infinite loop?)');
    expect(performance.now() - start).toBeGreaterThanOrEqual(900);
  });

  it('places every kind of loop at its head', () => {
    const cases: [string, string][] = [
      ['let i = 0\nwhile (i >= 0) i++', 'while (i >= 0)'],
      ['do {} while (1)', 'do'],
      ['for (let i = 0; ; i++) {}', 'for (let i = 0; ; i++)'],
      ['const o = { a: 1 }\nfor (;;) for (const k in o) {}', 'for (const k in o)'],
      // One item, so the inner loop's check is every other one: with nested loops the clock is read
      // at whichever check comes 1,024th, and that loop's head is reported.
      ['const xs = [1]\nfor (;;) for (const x of xs) {}', 'for (const x of xs)'],
      ['function spin() { for (;;) {} }\nspin()', 'for (;;)'],
    ];
    for (const [code, head] of cases) expect(placeOf(code, evalError(code))[2], code).toBe(head);
  });

  it('stops a loop in a pattern function while the pattern is queried, located for the caller', () => {
    const guard = new LoopGuard();
    const code = '$: s("bd sd")\n$: note("c e").fmap((x) => { while (true) {} })';
    const evaluation = evaluate(code, { guard });
    const error = thrownBy(() => guard.within(100, () => evaluation.pattern.queryArc(0, 1)));
    expect(error).toBeInstanceOf(LoopError);
    expect(placeOf(code, evaluation.locate(error))).toEqual([2, 30, 'while (true)']);
  });

  it('hands out the guard it used', () => {
    const guard = new LoopGuard();
    expect(evaluate('pure(1)', { guard }).guard).toBe(guard);
    expect(evaluate('pure(1)').guard).toBeInstanceOf(LoopGuard);
  });

  it('lets loops that end run as before', () => {
    const code = 'const xs = []\nfor (let i = 0; i < 4; i++) xs.push(i)\nlet j = 0\ndo j++; while (j < 3)\nsequence(...xs, j)';
    expect(evaluate(code).pattern.queryArc(0, 1).map((h) => h.value)).toEqual([0, 1, 2, 3, 3]);
  });
});

describe('Evaluation.locate', () => {
  const code = 'const a = note("c e")\nconst b = 2\na.fmap((x) => { throw Object.assign(new Error("bad value"), { locations: [{ start: 16, end: 19 }] }) })';

  it('places an error at the first of its own locations', () => {
    const evaluation = evaluate(code);
    const error = thrownBy(() => evaluation.pattern.queryArc(0, 1));
    expect(placeOf(code, evaluation.locate(error))).toEqual([1, 17, 'c e']);
    expect(evaluation.locate(error)?.message).toBe('bad value');
  });

  it('ignores locations that are not offsets', () => {
    const evaluation: Evaluation = evaluate('pure(1)');
    const odd = Object.assign(new Error('x'), { locations: ['nowhere'] });
    expect(evaluation.locate(odd)).toBeUndefined();
  });
});

describe('evaluation budgets', () => {
  it('grows with the code: generous for a program of 1.1 MB', () => {
    expect(evaluationBudget('pure(1)')).toBeGreaterThanOrEqual(1000);
    expect(evaluationBudget('x'.repeat(1_100_000))).toBeGreaterThanOrEqual(6000);
  });

  it('leaves the outer watchdog a hard limit well above the budget', () => {
    for (const size of [0, 10_000, 1_100_000]) {
      const code = 'x'.repeat(size);
      expect(hardEvaluationLimit(code)).toBeGreaterThanOrEqual(2 * evaluationBudget(code));
    }
  });
});
