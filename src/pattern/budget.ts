/**
 * A bound on the work of one query, so that no pattern, however its factors multiply
 * (`s("bd*100").fast(100).fast(100).ply(100)`), can keep a query running for long.
 *
 * A {@link QueryBudget} travels with the query in its `State`. The engine charges it where work
 * grows with the music rather than with the code: for every cycle a span is split into (which
 * every pattern that answers cycle by cycle does: `pure`, atoms, `cat`, `splitQueries`), for
 * every hap that passes through a primitive (mapping, joining, combining: see `charged` in
 * core.ts), for every answer of a signal, and for every pair of haps compared when two
 * structures are combined. Leaves charge before they make their haps, so a blow-up is stopped
 * before it is built. When the budget runs out, the query throws a {@link BudgetError}. A query
 * without a budget is not charged at all.
 */
import { readableCount, type MAX_EVENTS_PER_CYCLE } from './limits.ts';

/**
 * Work units a query may spend per cycle it asks for: {@link QueryBudget.forCycles}. A unit is a
 * cycle visited or a hap passed through one of the engine's primitives. The patterns of weft's
 * query benchmark spend 80 to 1,600 a cycle; one layer of {@link MAX_EVENTS_PER_CYCLE} events
 * spends 40,000, and 40,000 more for each control set on it (`s("hh*10000").gain(0.5)` fits, with
 * three controls it does not). This engine handles a unit in about 0.5 to 4 µs (the more controls,
 * the slower), so the budget stops a runaway query within a few tenths of a second of work.
 */
export const QUERY_BUDGET_PER_CYCLE = 100_000;

/** A query ran out of its {@link QueryBudget}: the pattern asks for too many events. */
export class BudgetError extends RangeError {
  override readonly name = 'BudgetError';
  /** The budget that was exceeded, in work units. */
  readonly limit: number;

  constructor(limit: number, cycles: number | undefined) {
    const span = cycles === undefined ? 'one query' : cycles === 1 ? '1 cycle' : `${readableCount(cycles)} cycles`;
    super(
      `this pattern needs more than ${readableCount(limit)} events and steps for ${span} of music, which is weft's limit. ` +
        'Look for a large fast, ply, segment or * factor, or several multiplied together.',
    );
    this.limit = limit;
  }
}

/** The work a query may do, in units (a cycle visited, a hap made or compared). */
export class QueryBudget {
  /** The units this budget started with. */
  readonly limit: number;
  /** How many cycles of music the budget was made for, for messages (see {@link forCycles}). */
  readonly cycles: number | undefined;
  private left: number;

  constructor(limit: number, cycles?: number) {
    this.limit = limit;
    this.cycles = cycles;
    this.left = limit;
  }

  /**
   * A budget for a query of `cycles` cycles: {@link QUERY_BUDGET_PER_CYCLE} for each, and never
   * less than for one cycle (a short query may still have to look at a whole cycle).
   */
  static forCycles(cycles: number): QueryBudget {
    const c = Number.isFinite(cycles) && cycles > 1 ? cycles : 1;
    return new QueryBudget(Math.ceil(c * QUERY_BUDGET_PER_CYCLE), cycles > 0 && Number.isFinite(cycles) ? cycles : undefined);
  }

  /** The units spent so far. */
  get spent(): number {
    return this.limit - this.left;
  }

  /** Spends `units` of work; throws a {@link BudgetError} once the budget is exceeded. */
  charge(units: number): void {
    this.left -= units;
    if (!(this.left >= 0)) throw new BudgetError(this.limit, this.cycles);
  }
}
