/**
 * What it takes to replace a runtime worker that hung, in phase: the watchdog that decides it
 * hung, what the worker last said (its status, whether it should be playing), and the counts kept
 * across restarts. The performance it restores is the main thread's mirror of the worker's store
 * (mirror.ts), passed in. Pure: times are passed in.
 */
import type { CodeError, RestoreState, RuntimeStatus, Snapshot } from './messages.ts';
import { MAX_RESTARTS, Watchdog, recover, type WatchdogOptions } from './watchdog.ts';

/** The runtime's status: the worker's, with counts kept across restarts. */
export interface ClientStatus extends RuntimeStatus {
  readonly restarts: number;
}

/** Restarts closer together than this count as "in a row" (ms). */
export const RESTART_WINDOW = 5000;

/** A restart: what the new worker restores, and the error to report once it is in place. */
export interface Restart {
  readonly restore: RestoreState;
  readonly error: CodeError;
}

/** Watches the worker in use, and says what a replacement restores (see the module comment). */
export class Restarter {
  private watchdog: Watchdog;
  private latest: RuntimeStatus | undefined;
  private restartTimes: number[] = [];
  private restarts = 0;
  private readonly base = { eventsScheduled: 0, eventsLate: 0, realmsReplaced: 0 };
  /** Whether the performance should be playing (a replacement starts its clock if so). */
  running = false;

  constructor(
    /** Milliseconds of a monotonic clock. */
    private readonly now: () => number,
    private readonly options: WatchdogOptions = {},
  ) {
    this.watchdog = new Watchdog(now(), options);
  }

  /** A new worker is in use: watched from now. */
  watchNew(): void {
    this.watchdog = new Watchdog(this.now(), this.options);
  }

  /** The worker said something; with `ahead`, that much audio is queued. */
  heard(ahead?: number): void {
    this.watchdog.heard(this.now(), ahead);
  }

  /** The worker's status. */
  status(status: RuntimeStatus): ClientStatus {
    this.heard(status.ahead);
    this.latest = status;
    return this.withCounts(status);
  }

  /** The latest status, with the counts kept across restarts. */
  current(): ClientStatus | undefined {
    return this.latest === undefined ? undefined : this.withCounts(this.latest);
  }

  /** True when the worker in use has hung (call every check interval). */
  hung(): boolean {
    return this.watchdog.check(this.now());
  }

  /**
   * Counts a restart and says what the replacement restores of `snapshot` (the performance as the
   * hung worker last posted it); undefined when workers hang so fast that no replacement is worth
   * starting.
   */
  restart(snapshot: Snapshot): Restart | undefined {
    const now = this.now();
    this.restartTimes = this.restartTimes.filter((t) => now - t < RESTART_WINDOW);
    const recovery = recover({ snapshot, recentRestarts: this.restartTimes.length });
    this.restartTimes.push(now);
    this.restarts++;
    const latest = this.latest;
    if (latest !== undefined) {
      this.base.eventsScheduled += latest.eventsScheduled;
      this.base.eventsLate += latest.eventsLate;
      this.base.realmsReplaced += latest.realmsReplaced;
    }
    this.latest = undefined;
    if (this.restartTimes.length > 2 * MAX_RESTARTS) return undefined;
    const restore: RestoreState = {
      snapshot: recovery.snapshot,
      running: this.running,
      cps: latest?.cps ?? 0.5,
      ...(latest === undefined ? {} : { tempo: latest.tempo }),
    };
    return { restore, error: recovery.error };
  }

  private withCounts(status: RuntimeStatus): ClientStatus {
    return {
      ...status,
      eventsScheduled: this.base.eventsScheduled + status.eventsScheduled,
      eventsLate: this.base.eventsLate + status.eventsLate,
      realmsReplaced: this.base.realmsReplaced + status.realmsReplaced,
      restarts: this.restarts,
    };
  }
}
