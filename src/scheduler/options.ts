/**
 * What the live scheduler is given and what it reports: its clock, its sink, its timer, its
 * options and its status (the class itself is in scheduler.ts).
 */
import type { Hz, Seconds } from '../audio/dsp/units.ts';
import type { BlockSet, BlockStore } from './blocks.ts';
import type { Rational } from '../pattern/rational.ts';
import type { SoundEvent } from './event.ts';

/** Where audio time comes from (the engine's frame clock, or a variable in tests). */
export interface Clock {
  now(): Seconds;
}

/** Where events go (the engine, through the worklet's port). */
export interface EventSink {
  schedule(events: SoundEvent[]): void;
  /** Drops the events of `block` (of every block when absent) whose time is strictly after `time`. */
  cancelAfter(time: Seconds, block?: string): void;
}

/** What makes the scheduler tick by itself; `setInterval`/`clearInterval` of the global scope by default. */
export interface Timer {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

/** Settings for a {@link Scheduler}; only the clock and the sink are required. */
export interface SchedulerOptions<S extends BlockStore = BlockSet> {
  /**
   * Where the blocks are kept: a {@link BlockSet} of the scheduler's own by default, changed with
   * its methods (`setBlocks`, `mute`...); or the owner's store, changed through {@link Scheduler.update}.
   */
  readonly store?: S;
  readonly clock: Clock;
  readonly sink: EventSink;
  /** How far ahead of the clock events are sent. Default 0.3 s. */
  readonly lookahead?: Seconds;
  /** Time between ticks when the scheduler ticks by itself. Default 0.05 s. */
  readonly interval?: Seconds;
  /** The engine's sample rate and block size: one block is the swap latency. Default 48000 Hz, 128 frames. */
  readonly sampleRate?: Hz;
  readonly blockSize?: number;
  /** Cycles per second until `setCps` or a `cps` control says otherwise. Default 0.5 (as Strudel). */
  readonly cps?: number;
  /** Swap new code at the next cycle start instead of within one block. Default false. */
  readonly quantize?: boolean;
  /** Called with every batch of events handed to the sink (for highlights and visuals). */
  readonly onHaps?: (events: readonly SoundEvent[]) => void;
  /** Called when querying a block throws; the block has then fallen back to its last good pattern. */
  readonly onError?: (error: unknown, label: string) => void;
  /** Ticks every `interval` once started; `null` for none (call {@link Scheduler.tick} yourself). */
  readonly timer?: Timer | null;
  /**
   * How far (in cycles) the blocks' haps are known: ticks query no further, whatever the
   * lookahead says. For patterns answered from elsewhere (another thread); unlimited by default.
   */
  readonly horizon?: () => Rational | undefined;
}

/** What {@link Scheduler.status} reports. */
export interface SchedulerStatus {
  readonly running: boolean;
  /** The cps in force now. */
  readonly cps: number;
  /** The cycle position now (where it stopped when stopped). */
  readonly cycle: number;
  /** Events handed to the sink since the scheduler was made. */
  readonly eventsScheduled: number;
  /** Of those, events whose time was already past when they were handed over. */
  readonly eventsLate: number;
}

/** Per-call options of the evaluation methods. */
export interface SwapOptions {
  readonly quantize?: boolean;
  /**
   * The cycle the change plays from (a room's evaluation, which every peer swaps at the same
   * cycle); a cycle already heard is taken as the soonest one that is not. Overrides `quantize`.
   */
  readonly at?: Rational;
}

/** Where an outside clock (a room's) says the cycles fall: cycle `cycle` at audio time `time`, then `cps`. */
export interface Anchor {
  readonly cycle: Rational;
  readonly time: Seconds;
  readonly cps: number;
}

/**
 * How far a followed clock may move the cycles (seconds) before the events already sent are sent
 * again: a smaller move applies from the next events queried, so those sent stay where they are.
 */
export const FOLLOW_TOLERANCE: Seconds = 0.002;

/**
 * A cancel for a swap at cycle `c` goes to `time(c)` minus this margin, because the sink drops
 * events strictly after the time it gets and the new events start at `time(c)` itself.
 * (A microsecond: 1/20 of a sample at 48 kHz.)
 */
export const CANCEL_MARGIN: Seconds = 1e-6;

/**
 * The global scope's timers, seen through the one shape that Node, workers and pages share (a
 * boundary: this module compiles without the DOM or Node typings).
 */
const timers = globalThis as unknown as {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
};
/** The global scope's timers, the default {@link Timer}. */
export const globalTimer: Timer = {
  setInterval: (callback, ms) => timers.setInterval(callback, ms),
  clearInterval: (handle) => timers.clearInterval(handle),
};
