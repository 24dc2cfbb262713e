/**
 * What the runtime core needs from the thread it runs on, and the constants of its timing: when
 * playback starts, how event ids stay unique across workers, how long the realm may take to fill,
 * what its status says and when a swap is heard.
 */
import type { Seconds } from '../../audio/index.ts';
import type { VoiceResolver } from '../../audio/voices/resolve.ts';
import { cycleToSeconds, secondsToCycle, type BlockStore, type Scheduler, type TempoSegment } from '../../scheduler/index.ts';
import type { EnginePort } from './engine-sink.ts';
import type { FromRuntime, InitMessage, RuntimeStatus } from './messages.ts';
import type { SpawnPerformer } from './performer-link.ts';

/**
 * Playback starts (and a restored performance resumes) this long after now, not one block after:
 * audio is rendered in bursts of several blocks, and the first events must not arrive after the
 * worklet has rendered past them.
 */
export const START_DELAY: Seconds = 0.05;

/** Event ids of worker generation `g` start at `g * GENERATION_IDS`, so ids stay unique across restarts. */
export const GENERATION_IDS = 2 ** 36;

/** The longest a batch of queries may take before the performer realm counts as hung (ms), and more per query. */
export const FILL_LIMIT = 600;
export const FILL_LIMIT_PER_QUERY = 4;

/** What the core needs from the thread it runs on. */
export interface RuntimeHost {
  /** Posts to the main thread. */
  post(message: FromRuntime): void;
  /** Opens a worklet's port that {@link InitMessage} carried (the engine's or the clock's); `receive` gets what the worklet posts. */
  connect(port: MessagePort, receive: (data: unknown) => void): EnginePort;
  /** Milliseconds of a monotonic clock (`performance.now()`). */
  now(): number;
  /** Milliseconds on a clock shared with the main thread (`performance.timeOrigin + performance.now()`). */
  epoch(): number;
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
  /** Starts a performer realm. */
  spawnPerformer: SpawnPerformer;
  /**
   * The engine's event resolver: the worker loads it with the first events (the first click),
   * so that the page's first screen carries none of it; given at once, events go at once.
   */
  resolver(): VoiceResolver | Promise<VoiceResolver>;
}

/** The segment of a tempo map in force at audio time `at`. */
export function segmentAt(segments: readonly TempoSegment[], at: Seconds): TempoSegment {
  let found = segments[0]!;
  for (const segment of segments) if (segment.time <= at) found = segment;
  return found;
}

/** The status a runtime's heartbeat carries, at audio time `now`. */
export function statusOf(scheduler: Scheduler<BlockStore> | undefined, now: Seconds, ahead: Seconds, realmsReplaced: number): RuntimeStatus {
  if (scheduler === undefined) {
    return { running: false, cps: 0.5, cycle: 0, time: now, ahead: 0, eventsScheduled: 0, eventsLate: 0, realmsReplaced, tempo: { cycle: '0', time: 0, cps: 0.5 } };
  }
  const s = scheduler.status();
  const segment = segmentAt(scheduler.tempoMap.segments, now);
  return {
    running: s.running,
    cps: s.cps,
    cycle: s.cycle,
    time: now,
    ahead,
    eventsScheduled: s.eventsScheduled,
    eventsLate: s.eventsLate,
    realmsReplaced,
    tempo: { cycle: segment.cycle.toString(), time: segment.time, cps: segment.cps },
  };
}

/** When a swap made at audio time `now` is heard: one block later, or at the next cycle start when quantized. */
export function swapTime(scheduler: Scheduler<BlockStore>, now: Seconds, quantize: boolean): Seconds {
  const when = now + scheduler.blockDuration;
  if (!quantize) return when;
  return cycleToSeconds(scheduler.tempoMap, secondsToCycle(scheduler.tempoMap, when, 'ceil').ceil());
}
