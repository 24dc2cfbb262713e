/**
 * Deciding that the runtime worker has hung, and what to restore when it has. Pure: times are
 * passed in (milliseconds of the main thread's `performance.now()`), so tests drive a fake clock.
 */
import type { Seconds } from '../../audio/index.ts';
import type { CodeError, Snapshot } from './messages.ts';

/** Settings for a {@link Watchdog}. */
export interface WatchdogOptions {
  /** Audio that must still be queued when a new worker takes over (what a restart takes). Default 0.3 s. */
  readonly restoreMargin?: Seconds;
  /** The longest the worker may stay silent, e.g. running an evaluation. Default 1 s. */
  readonly maxSilence?: Seconds;
  /** The shortest it may, however little audio is queued. Default 0.1 s. */
  readonly minSilence?: Seconds;
  /** How often {@link Watchdog.check} is called (ms); a much longer gap means the main thread itself stalled. Default 25. */
  readonly checkInterval?: number;
}

/**
 * Watches a worker's messages. The worker may stay silent as long as the audio it has queued
 * lasts, minus the time a restart takes, between `minSilence` and `maxSilence` (with nothing
 * playing, `maxSilence`). A main thread that stalled cannot judge: after a long gap between checks,
 * the messages that waited meanwhile are given a check interval to arrive. A hang must be seen by
 * two checks in a row.
 */
export class Watchdog {
  private readonly restoreMargin: number;
  private readonly maxSilence: number;
  private readonly minSilence: number;
  private readonly checkInterval: number;
  private lastHeard: number;
  /** When the queued audio runs out (ms), or undefined when nothing plays. */
  private queuedUntil: number | undefined;
  private lastCheck: number;
  private graceUntil = -Infinity;
  private overdue = false;

  constructor(at: number, options: WatchdogOptions = {}) {
    this.restoreMargin = (options.restoreMargin ?? 0.3) * 1000;
    this.maxSilence = (options.maxSilence ?? 1) * 1000;
    this.minSilence = (options.minSilence ?? 0.1) * 1000;
    this.checkInterval = options.checkInterval ?? 25;
    this.lastHeard = at;
    this.lastCheck = at;
  }

  /** The worker said something at `at`; with `ahead`, that much audio is queued (0: nothing plays). */
  heard(at: number, ahead?: Seconds): void {
    this.lastHeard = Math.max(this.lastHeard, at);
    if (ahead !== undefined) this.queuedUntil = ahead > 0 ? at + ahead * 1000 : undefined;
    this.overdue = false;
  }

  /** When the worker counts as hung if it stays silent (ms). */
  deadline(): number {
    const latest = this.lastHeard + this.maxSilence;
    const deadline = this.queuedUntil === undefined
      ? latest
      : Math.min(latest, Math.max(this.lastHeard + this.minSilence, this.queuedUntil - this.restoreMargin));
    return Math.max(deadline, this.graceUntil);
  }

  /** True when the worker has hung (call every `checkInterval`). */
  check(at: number): boolean {
    const gap = at - this.lastCheck;
    this.lastCheck = at;
    if (gap > 4 * this.checkInterval) {
      // This thread was stalled: the worker's messages may be waiting in its queue.
      this.graceUntil = at + 2 * this.checkInterval;
      this.overdue = false;
      return false;
    }
    if (at < this.deadline()) {
      this.overdue = false;
      return false;
    }
    if (!this.overdue) {
      this.overdue = true;
      return false;
    }
    return true;
  }
}

/** What was known when the worker hung. */
export interface HangContext {
  /** The last snapshot the worker posted. */
  readonly snapshot: Snapshot;
  /** How many restarts happened just before this one (a new worker that hangs at once). */
  readonly recentRestarts: number;
}

/** What the new worker restores, and the error to report. */
export interface Recovery {
  readonly snapshot: Snapshot;
  readonly error: CodeError;
}

/** After this many restarts in a row, the next one restores silence. */
export const MAX_RESTARTS = 3;

const EMPTY: Snapshot = { entries: [], blocks: [], mutes: [], solos: [] };

/**
 * Decides what to restore after the runtime worker hung. It runs none of the performer's code
 * (the performer realm does, and is watched by the runtime worker), so no code is to blame:
 * everything is restored as it was, unless workers keep hanging, when silence is.
 */
export function recover(context: HangContext): Recovery {
  if (context.recentRestarts >= MAX_RESTARTS) {
    return { snapshot: EMPTY, error: { message: 'the runtime kept hanging and was restarted with silence', line: 1, column: 1, from: 0, to: 0 } };
  }
  return { snapshot: context.snapshot, error: { message: 'the runtime stopped answering and was restarted', line: 1, column: 1, from: 0, to: 0 } };
}
