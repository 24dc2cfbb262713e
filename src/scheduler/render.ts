/**
 * Rendering a span of cycles into events: the emission rules shared by the live scheduler and
 * the offline renderer, so both give the same events for the same code.
 */
import type { Hap, Pattern, QueryBudget, Rational } from '../pattern/index.ts';
import { controlsOf, cpsControl, hapToEvent, type SoundEvent } from './event.ts';
import { cpsAt, withCps, type TempoMap } from './tempo.ts';

/** Where the haps of one block come from; `onsets` answers with the haps that start in `[from, to)`. */
export interface HapSource {
  readonly label: string | undefined;
  onsets(from: Rational, to: Rational): Hap<unknown>[];
}

/**
 * The haps of `pattern` whose onset lies in `[from, to)`. Only fragments that hold their event's
 * start count (`hasOnset`), so consecutive spans never share or lose an event. With a budget, a
 * query that asks for too much work throws its `BudgetError`.
 */
export function queryOnsets(pattern: Pattern<unknown>, from: Rational, to: Rational, budget?: QueryBudget): Hap<unknown>[] {
  if (!from.lt(to)) return [];
  return pattern.queryArc(from, to, {}, budget).filter((hap) => hap.hasOnset() && hap.whole !== undefined && hap.whole.begin.gte(from) && hap.whole.begin.lt(to));
}

/** A tempo change asked for by an event's `cps` control. */
export interface CpsChange {
  readonly cycle: Rational;
  readonly cps: number;
}

/** What {@link renderSpan} made. */
export interface Rendered {
  /** In onset order (ties keep the order of the sources, then of the query). */
  readonly events: SoundEvent[];
  /** The onset cycle of each event, by index. */
  readonly onsets: Rational[];
  /** The tempo map after the `cps` changes met on the way. */
  readonly tempo: TempoMap;
  /** With `stopAtCpsChange`: the change that stopped rendering (events stop before its cycle). */
  readonly stoppedAt?: CpsChange;
}

/**
 * Turns the onsets in `[from, to)` of every source into events, in onset order. An event whose
 * `cps` control differs from the tempo in force changes the tempo at its onset (phase-continuous),
 * for itself and every later event; with `stopAtCpsChange` (used when only some blocks are being
 * re-rendered, so the others' events are already out) rendering stops there instead and reports it.
 */
export function renderSpan(
  sources: readonly HapSource[],
  from: Rational,
  to: Rational,
  tempo: TempoMap,
  nextId: () => number,
  stopAtCpsChange = false,
): Rendered {
  const items: { hap: Hap<unknown>; onset: Rational; label: string | undefined }[] = [];
  for (const source of sources) {
    for (const hap of source.onsets(from, to)) items.push({ hap, onset: hap.wholeOrPart().begin, label: source.label });
  }
  items.sort((a, b) => a.onset.compare(b.onset));
  const events: SoundEvent[] = [];
  const onsets: Rational[] = [];
  for (const { hap, onset, label } of items) {
    const controls = controlsOf(hap.value);
    const cps = cpsControl(controls);
    if (cps !== undefined && cps !== cpsAt(tempo, onset)) {
      if (stopAtCpsChange) return { events, onsets, tempo, stoppedAt: { cycle: onset, cps } };
      tempo = withCps(tempo, onset, cps);
    }
    events.push(hapToEvent(hap, onset, controls, tempo, nextId(), label));
    onsets.push(onset);
  }
  return { events, onsets, tempo };
}
