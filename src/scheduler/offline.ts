/**
 * The scheduler run offline, for rendering in Node (`weft render`): no clock, no ticks, the same
 * conversion and emission rules as live playback.
 */
import { QueryBudget } from '../pattern/budget.ts';
import { Pattern } from '../pattern/pattern.ts';
import { Rational, type RationalLike } from '../pattern/rational.ts';
import { BlockSet, type BlockSpec } from './blocks.ts';
import type { SoundEvent } from './event.ts';
import { queryOnsets, renderSpan, type HapSource } from './render.ts';
import { tempoMap } from './tempo.ts';

/** Settings for {@link scheduleOffline}. */
export interface OfflineOptions {
  /** Cycles per second at the start (`cps` controls in the pattern may change it). */
  readonly cps: number;
  /** How many cycles, from cycle 0 at time 0. */
  readonly cycles: RationalLike;
  /**
   * Called when a block's query throws; the block is then silent. Without it, the error is thrown.
   * (Offline there is no earlier evaluation to fall back on.)
   */
  readonly onError?: (error: unknown, label: string | undefined) => void;
}

/**
 * The events of a pattern, or of labelled blocks (muted ones left out), that start in the first
 * `cycles` cycles, cycle 0 at time 0: exactly what a live {@link Scheduler} started at time 0
 * sends for them. Each query has a budget of work for the cycles it covers: a pattern that asks
 * for absurdly many events throws a `BudgetError` (or reports it through `onError`).
 */
export function scheduleOffline(input: Pattern<unknown> | readonly BlockSpec[], options: OfflineOptions): SoundEvent[] {
  const sources: HapSource[] = [];
  if (input instanceof Pattern) sources.push(offlineSource(undefined, input, options));
  else {
    const blocks = new BlockSet();
    blocks.replaceAll(input);
    for (const [label, pattern] of blocks.audible()) sources.push(offlineSource(label, pattern, options));
  }
  let id = 0;
  return renderSpan(sources, Rational.int(0), Rational.from(options.cycles), tempoMap(options.cps), () => id++).events;
}

function offlineSource(label: string | undefined, pattern: Pattern<unknown>, options: OfflineOptions): HapSource {
  let failed = false;
  return {
    label,
    onsets(from, to) {
      if (failed) return [];
      try {
        return queryOnsets(pattern, from, to, QueryBudget.forCycles(to.sub(from).toNumber()));
      } catch (error) {
        if (options.onError === undefined) throw error;
        failed = true;
        options.onError(error, label);
        return [];
      }
    },
  };
}
