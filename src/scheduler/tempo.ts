/**
 * The tempo map: where cycles fall in audio time, across cps changes.
 *
 * A map is a list of segments, each starting at an exact cycle and an audio time and running at
 * one cps until the next. A change keeps the phase continuous: the cycle position at the moment of
 * the change is the same before and after it; only the speed from there on differs. Every
 * conversion between cycles and seconds in weft goes through {@link cycleToSeconds} and its
 * inverse {@link secondsToCycle}, so live playback, swaps and offline renders agree to the bit.
 */
import { Rational } from '../pattern/rational.ts';
import type { Seconds } from '../audio/dsp/units.ts';
import { MAX_CPS, MIN_CPS } from '../audio/protocol.ts';

/** A stretch of the map: from `cycle` (at audio time `time`) on, the clock runs at `cps`. */
export interface TempoSegment {
  readonly cycle: Rational;
  readonly time: Seconds;
  readonly cps: number;
}

/** Segments in increasing cycle (and time) order; never empty. */
export interface TempoMap {
  readonly segments: readonly TempoSegment[];
}

/**
 * Cycle positions the scheduler picks itself (query ends, swap and cps-change points) lie on a
 * grid of 2^-20 cycles (about a microsecond at 1 cps), which keeps rational denominators small
 * while patterns query between them.
 */
export const CYCLE_GRID = 2 ** 20;

/** A map that has cycle `cycle` at audio time `time` and runs at `cps` throughout. */
export function tempoMap(cps: number, time: Seconds = 0, cycle: Rational = Rational.int(0)): TempoMap {
  return { segments: [{ cycle, time, cps: checkCps(cps) }] };
}

/**
 * Throws unless `cps` is a positive finite number; returns it within the tempo range weft plays
 * ({@link MIN_CPS} to {@link MAX_CPS}: `setcps` refuses tempos outside it, and whatever else asks
 * for one, such as a `cps` control or the transport, gets the nearest tempo inside it).
 */
export function checkCps(cps: number): number {
  if (!(typeof cps === 'number' && Number.isFinite(cps) && cps > 0)) {
    throw new RangeError(`cps must be a positive finite number, got ${String(cps)}`);
  }
  return clampCps(cps);
}

/** `cps` moved into the tempo range weft plays, {@link MIN_CPS} to {@link MAX_CPS}. */
export function clampCps(cps: number): number {
  return Math.min(MAX_CPS, Math.max(MIN_CPS, cps));
}

function segmentByCycle(map: TempoMap, cycle: Rational): TempoSegment {
  const segs = map.segments;
  for (let i = segs.length - 1; i > 0; i--) {
    const seg = segs[i]!;
    if (seg.cycle.lte(cycle)) return seg;
  }
  return segs[0]!;
}

function segmentByTime(map: TempoMap, time: Seconds): TempoSegment {
  const segs = map.segments;
  for (let i = segs.length - 1; i > 0; i--) {
    const seg = segs[i]!;
    if (seg.time <= time) return seg;
  }
  return segs[0]!;
}

/**
 * The audio time of a cycle position: the one cycles-to-seconds conversion of weft.
 * Before the first segment, its cps extends backwards.
 */
export function cycleToSeconds(map: TempoMap, cycle: Rational): Seconds {
  const seg = segmentByCycle(map, cycle);
  return seg.time + cycle.sub(seg.cycle).toNumber() / seg.cps;
}

/**
 * The cycle position at an audio time, snapped to the {@link CYCLE_GRID}: down by default,
 * up with `round = 'ceil'`. The inverse of {@link cycleToSeconds} within one grid step.
 */
export function secondsToCycle(map: TempoMap, time: Seconds, round: 'floor' | 'ceil' = 'floor'): Rational {
  const seg = segmentByTime(map, time);
  const offset = (time - seg.time) * seg.cps * CYCLE_GRID;
  const base = seg.cycle.mul(Rational.int(CYCLE_GRID));
  // Snap in grid units relative to the segment start, which is itself on the grid or exact.
  const steps = round === 'floor' ? Math.floor(offset) : Math.ceil(offset);
  return base.add(Rational.int(steps)).div(Rational.int(CYCLE_GRID));
}

/** The cps in force at a cycle position. */
export function cpsAt(map: TempoMap, cycle: Rational): number {
  return segmentByCycle(map, cycle).cps;
}

/**
 * The map with the clock running at `wanted` cps (see {@link checkCps}) from `cycle` on, phase-continuous at that point:
 * `cycleToSeconds` is unchanged up to `cycle`. Later segments are replaced.
 */
export function withCps(map: TempoMap, cycle: Rational, wanted: number): TempoMap {
  const cps = checkCps(wanted);
  const time = cycleToSeconds(map, cycle);
  const kept = map.segments.filter((seg) => seg.cycle.lt(cycle));
  if (kept.length === 0) return { segments: [{ cycle, time, cps }] };
  const last = kept[kept.length - 1]!;
  if (last.cps === cps) return { segments: kept };
  return { segments: [...kept, { cycle, time, cps }] };
}

/** The map without segments that end before `time` (they can no longer be asked about). */
export function pruneTempo(map: TempoMap, time: Seconds): TempoMap {
  const segs = map.segments;
  let first = 0;
  while (first + 1 < segs.length && segs[first + 1]!.time <= time) first++;
  return first === 0 ? map : { segments: segs.slice(first) };
}

/**
 * The map with cycle `cycle` falling at audio time `time` from there on, at `cps` (see
 * {@link checkCps}): a jump, where {@link withCps} keeps the phase, for following an outside
 * clock. Segments from `cycle` on, and those that start after `time`, are replaced.
 */
export function withAnchor(map: TempoMap, cycle: Rational, time: Seconds, wanted: number): TempoMap {
  const cps = checkCps(wanted);
  const kept = map.segments.filter((seg) => seg.cycle.lt(cycle) && seg.time < time);
  return { segments: [...kept, { cycle, time, cps }] };
}
