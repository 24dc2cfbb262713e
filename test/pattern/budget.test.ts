import { describe, expect, it } from 'vitest';
import { BudgetError, QUERY_BUDGET_PER_CYCLE, QueryBudget, State } from '../../src/pattern/index.ts';
import { MAX_EVENTS_PER_CYCLE } from '../../src/pattern/index.ts';
import { n, note, s, sequence, span, stack } from '../../src/pattern/index.ts';
import { mini } from '../../src/mini/index.ts';
import type { Hap, Pattern } from '../../src/pattern/index.ts';

/** Mini-notation read as numbers, as a count or factor argument is. */
const nums = (code: string, offset = 0) => mini(code, offset) as Pattern<number>;

const show = (haps: Hap<unknown>[]) => haps.map((h) => h.toString());

function budgetError(run: () => unknown): BudgetError {
  try {
    run();
  } catch (error) {
    if (error instanceof BudgetError) return error;
    throw error;
  }
  throw new Error('no BudgetError');
}

describe('QueryBudget', () => {
  it('counts the units charged to it', () => {
    const budget = new QueryBudget(10);
    budget.charge(3);
    budget.charge(4);
    expect(budget.spent).toBe(7);
    expect(budget.limit).toBe(10);
  });

  it('allows exactly its limit and throws a BudgetError beyond it', () => {
    const budget = new QueryBudget(10);
    budget.charge(10);
    expect(() => budget.charge(1)).toThrow(BudgetError);
  });

  it('keeps throwing once exceeded', () => {
    const budget = new QueryBudget(1);
    expect(() => budget.charge(2)).toThrow(BudgetError);
    expect(() => budget.charge(0)).toThrow(BudgetError);
  });

  it('treats a charge that is not a number as exceeding it, rather than never running out', () => {
    expect(() => new QueryBudget(10).charge(Number.NaN)).toThrow(BudgetError);
  });
});

describe('QueryBudget.forCycles', () => {
  it('gives QUERY_BUDGET_PER_CYCLE units for each cycle asked for', () => {
    expect(QueryBudget.forCycles(4).limit).toBe(4 * QUERY_BUDGET_PER_CYCLE);
    expect(QueryBudget.forCycles(2.5).limit).toBe(2.5 * QUERY_BUDGET_PER_CYCLE);
  });

  it('gives at least one cycle\'s worth to a short query, which may look at a whole cycle', () => {
    expect(QueryBudget.forCycles(0.1).limit).toBe(QUERY_BUDGET_PER_CYCLE);
    expect(QueryBudget.forCycles(0).limit).toBe(QUERY_BUDGET_PER_CYCLE);
  });

  it('lets a layer at the event cap play, with a control set on it', () => {
    const dense = s(`hh*${MAX_EVENTS_PER_CYCLE}`).gain(0.5);
    expect(dense.queryArc(0, 1, {}, QueryBudget.forCycles(1))).toHaveLength(MAX_EVENTS_PER_CYCLE);
  });

  it('is far above what the patterns performers write spend', () => {
    for (const pat of [s('bd*2 [~ bd] sd ~, hh*8'), n('0 2 4 <6 7>').s('sawtooth').every(3, (x) => x.fast(2)), s('{bd sd hh, cp hh}%8').ply('<1 2>').echo(3, 0.125, 0.5)]) {
      const budget = QueryBudget.forCycles(1);
      pat.queryArc(0, 1, {}, budget);
      expect(budget.spent).toBeLessThan(QUERY_BUDGET_PER_CYCLE / 20);
    }
  });
});

describe('BudgetError', () => {
  it('says what was exceeded and what to look for, with no weft internals', () => {
    const error = budgetError(() => s('bd*100').fast(100).fast(100).ply(100).queryArc(0, 1, {}, QueryBudget.forCycles(1)));
    expect(error.name).toBe('BudgetError');
    expect(error.message).toContain('100,000');
    expect(error.message).toContain('1 cycle');
    expect(error.message).toContain('look for a large fast, ply, segment or * factor'.replace('look', 'Look'));
    expect(error.message).not.toMatch(/\[object|=>|State|Hap/);
  });

  it('is a RangeError, so that it is an Error with a name the runtime can tell apart', () => {
    expect(new BudgetError(5, 1)).toBeInstanceOf(RangeError);
    expect(new BudgetError(5, 1).limit).toBe(5);
  });
});

describe('State', () => {
  it('keeps its budget when its span or controls change', () => {
    const budget = new QueryBudget(5);
    const state = new State(span(0, 1), { a: 1 }, budget);
    expect(state.setSpan(span(1, 2)).budget).toBe(budget);
    expect(state.withSpan((x) => x).budget).toBe(budget);
    expect(state.setControls({ b: 2 }).budget).toBe(budget);
  });

  it('charges the cycles it splits into', () => {
    const budget = new QueryBudget(100);
    expect(new State(span(0.5, 3.5), {}, budget).spanCycles()).toHaveLength(4);
    expect(budget.spent).toBe(4);
  });

  it('has no budget unless given one', () => {
    expect(new State(span(0, 1)).budget).toBeUndefined();
  });
});

describe('Pattern.queryArc with a budget', () => {
  const patterns: [string, Pattern<unknown>][] = [
    ['drums', s('bd*2 [~ bd] sd ~, hh*8')],
    ['melody', note('c4 [e4 g4] <b4 d5> a4').fast('<1 2>').ply(2)],
    ['structure', n('0 .. 7').iter(4).chunk(4, (x) => x.rev()).echo(3, 0.125, 0.5)],
    ['euclid', mini('bd(3,8,<0 2>) hh(5,8)').fast(2)],
  ];

  it.each(patterns)('gives the same haps as without one (%s)', (_, pat) => {
    for (const [b, e] of [[0, 1], [3.25, 3.5], [7, 9]] as const) {
      expect(show(pat.queryArc(b, e, {}, QueryBudget.forCycles(e - b)))).toEqual(show(pat.queryArc(b, e)));
    }
  });

  it('stops a product of factors that are each allowed, before doing their work', () => {
    const t0 = performance.now();
    budgetError(() => s('bd*100').fast(100).fast(100).ply(100).queryArc(0, 1, {}, QueryBudget.forCycles(1)));
    // Generous: the point is that it does not build the 10⁸ events.
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('stops combining every pair of two dense structures', () => {
    const dense = sequence(...Array.from({ length: 400 }, (_, i) => i));
    expect(() => dense.appBoth((a, b) => a + b, dense).queryArc(0, 1, {}, new QueryBudget(100_000))).toThrow(BudgetError);
  });

  it('charges what a patterned count builds for each of its values', () => {
    const budget = new QueryBudget(1e9);
    s('bd sd').iter(nums('<10000 4>')).queryArc(0, 1, {}, budget);
    expect(budget.spent).toBeGreaterThan(10_000);
  });

  it('stops a slow pattern whose long events make another pattern be queried over many cycles', () => {
    expect(() => s('bd').segment(0.0001).add(n('0*100')).queryArc(0, 1, {}, QueryBudget.forCycles(1))).toThrow(BudgetError);
  });

  it('is not charged at all when none is given', () => {
    expect(s('bd*100').fast(100).queryArc(0, 1)).toHaveLength(10_000);
  });
});
