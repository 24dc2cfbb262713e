/**
 * The room's tempo map, as every peer reads it from the shared document: the server's origin
 * (cycle and server time) and the cps changes after it, each from a whole cycle. Every peer that
 * holds the same segments, in whatever order they arrived, gets the same map, so the same cycle
 * falls at the same server time everywhere. Pure.
 */
import type { TempoSegment } from './protocol.ts';

/** A stretch of the map with its server time (ms) worked out. */
export interface RoomSegment {
  readonly cycle: number;
  readonly cps: number;
  /** The server's time (ms) of `cycle`. */
  readonly at: number;
}

/** The room's map: segments in cycle order, never empty. */
export interface RoomTempo {
  readonly segments: readonly RoomSegment[];
}

/**
 * The map the segments say, or undefined before the server's origin is there. Of several origins
 * (two server processes that loaded the room at once), the earliest counts; of two changes at
 * one cycle, the one with the larger id.
 */
export function roomTempo(raw: readonly TempoSegment[]): RoomTempo | undefined {
  let origin: (TempoSegment & { at: number }) | undefined;
  for (const s of raw) {
    if (s.at === undefined) continue;
    if (origin === undefined || s.at < origin.at || (s.at === origin.at && s.id < origin.id)) origin = { ...s, at: s.at };
  }
  if (origin === undefined) return undefined;
  const start = origin.cycle;
  const byCycle = new Map<number, TempoSegment>();
  for (const s of raw) {
    if (s.at !== undefined || s.cycle <= start) continue;
    const other = byCycle.get(s.cycle);
    if (other === undefined || s.id > other.id) byCycle.set(s.cycle, s);
  }
  const segments: RoomSegment[] = [{ cycle: start, cps: origin.cps, at: origin.at }];
  for (const s of [...byCycle.values()].sort((a, b) => a.cycle - b.cycle)) {
    const last = segments[segments.length - 1]!;
    if (s.cps === last.cps) continue;
    segments.push({ cycle: s.cycle, cps: s.cps, at: last.at + ((s.cycle - last.cycle) / last.cps) * 1000 });
  }
  return { segments };
}

/** The last segment of `map` that `started` says has started (the first, if none). */
function lastStarted(map: RoomTempo, started: (s: RoomSegment) => boolean): RoomSegment {
  let found = map.segments[0]!;
  for (const s of map.segments) if (started(s)) found = s;
  return found;
}

/** The segment in force at server time `ms` (the first one before it). */
export function segmentAtTime(map: RoomTempo, ms: number): RoomSegment {
  return lastStarted(map, (s) => s.at <= ms);
}

/** The room's cycle position at server time `ms`. */
export function cycleAt(map: RoomTempo, ms: number): number {
  const s = segmentAtTime(map, ms);
  return s.cycle + ((ms - s.at) / 1000) * s.cps;
}

/** The segment in force at cycle position `cycle` (the first one before it). */
export function segmentAtCycle(map: RoomTempo, cycle: number): RoomSegment {
  return lastStarted(map, (s) => s.cycle <= cycle);
}

/** The server time (ms) of cycle position `cycle`. */
export function timeOfCycle(map: RoomTempo, cycle: number): number {
  const found = segmentAtCycle(map, cycle);
  return found.at + ((cycle - found.cycle) / found.cps) * 1000;
}
