/**
 * What `window.weft.status()` reports, gathered from the runtime's heartbeats and the engine's
 * stats stamps. Pure: times are audio seconds passed in, so tests drive it with made-up stamps.
 */
import type { Db, Seconds } from '../audio/index.ts';

/** The latest evaluation error, where it is (line and column from 1). */
export interface StatusError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** The performance at a glance, for automation and for curious performers. */
export interface WeftStatus {
  /** Whether the clock runs (patterns are being scheduled). */
  readonly playing: boolean;
  /** Cycles per second. */
  readonly cps: number;
  /** The cycle position now (fractional). */
  readonly cycle: number;
  /** Events sent to the engine since the page loaded. */
  readonly eventsScheduled: number;
  /** Events that started after their time within the last {@link LATE_WINDOW} seconds (what is going wrong now). */
  readonly eventsLate: number;
  /** Voices sounding now. */
  readonly voices: number;
  /** The output's peak over the last second, in dBFS (-Infinity for silence). */
  readonly peakDb: Db;
  /** The latest evaluation error, or null after a good evaluation. */
  readonly error: StatusError | null;
}

/** The runtime's heartbeat, as far as the status needs it. */
export interface RuntimeBeat {
  readonly running: boolean;
  readonly cps: number;
  readonly cycle: number;
  /** The audio time the beat describes. */
  readonly time: Seconds;
  readonly eventsScheduled: number;
  readonly eventsLate: number;
}

/** The engine's stats stamp, as far as the status needs it. */
export interface EngineBeat {
  /** The audio time of the stamp. */
  readonly time: Seconds;
  readonly voices: number;
  /** The highest absolute sample since the previous stamp (linear). */
  readonly peak: number;
  /** Render time over audio time (1 = one core). */
  readonly cpu: number;
  /** Events the engine started late, since it started. */
  readonly late: number;
}

/** The window {@link WeftStatus.peakDb} covers. */
export const PEAK_WINDOW: Seconds = 1;

/** The window {@link WeftStatus.eventsLate} covers. */
export const LATE_WINDOW: Seconds = 10;

/** A count that only grows (since some start), sampled over time: how much it grew lately. */
class RecentCount {
  private samples: { time: Seconds; count: number }[] = [];

  add(time: Seconds, count: number): void {
    const last = this.samples[this.samples.length - 1];
    // A clock or a count that went back is a new start.
    if (last !== undefined && (time < last.time || count < last.count)) this.samples = [];
    this.samples.push({ time, count });
    // Keep one sample at or before the window's start, as the base.
    while (this.samples.length > 2 && this.samples[1]!.time <= time - LATE_WINDOW) this.samples.shift();
  }

  /** How much the count grew over the last {@link LATE_WINDOW} seconds up to the latest sample. */
  recent(): number {
    const latest = this.samples[this.samples.length - 1];
    const first = this.samples[0];
    if (latest === undefined || first === undefined) return 0;
    const base = first.time <= latest.time - LATE_WINDOW ? first.count : 0;
    return latest.count - base;
  }
}

/** A linear amplitude in dBFS (-Infinity for 0). */
export function toDb(amplitude: number): Db {
  return amplitude > 0 ? 20 * Math.log10(amplitude) : -Infinity;
}

/** Gathers heartbeats and stats stamps into a {@link WeftStatus}. */
export class StatusModel {
  private beat: RuntimeBeat | undefined;
  private engine: EngineBeat | undefined;
  /** Peaks of the stamps within the last {@link PEAK_WINDOW}, oldest first. */
  private peaks: { time: Seconds; peak: number }[] = [];
  private error: StatusError | null = null;
  private readonly lateSent = new RecentCount();
  private readonly lateHeard = new RecentCount();

  /** Takes a runtime heartbeat. */
  runtime(beat: RuntimeBeat): void {
    this.beat = beat;
    this.lateSent.add(beat.time, beat.eventsLate);
  }

  /** Takes an engine stats stamp. */
  stats(stats: EngineBeat): void {
    // A stamp from before the latest one means a new clock: start over.
    const last = this.peaks[this.peaks.length - 1];
    if (last !== undefined && stats.time < last.time) this.peaks = [];
    this.engine = stats;
    this.lateHeard.add(stats.time, stats.late);
    this.peaks.push({ time: stats.time, peak: stats.peak });
    const from = stats.time - PEAK_WINDOW;
    let drop = 0;
    while (drop < this.peaks.length && this.peaks[drop]!.time <= from) drop++;
    if (drop > 0) this.peaks.splice(0, drop);
  }

  /** Sets the latest evaluation error (null clears it). */
  setError(error: StatusError | null): void {
    this.error = error === null ? null : { message: error.message, line: error.line, column: error.column };
  }

  /** The peak over the `window` seconds up to the latest stamp, linear. */
  peak(window: Seconds = PEAK_WINDOW): number {
    const latest = this.peaks[this.peaks.length - 1];
    if (latest === undefined) return 0;
    let peak = 0;
    for (const p of this.peaks) if (p.time > latest.time - window && p.peak > peak) peak = p.peak;
    return peak;
  }

  /** The engine's latest CPU load (0 before any stamp). */
  cpu(): number {
    return this.engine?.cpu ?? 0;
  }

  /** The cycle position at audio time `now`, carried on from the latest heartbeat at its tempo. */
  cycle(now: Seconds): number {
    const beat = this.beat;
    if (beat === undefined) return 0;
    if (!beat.running) return beat.cycle;
    return beat.cycle + Math.max(0, now - beat.time) * beat.cps;
  }

  /** The status at audio time `now` (a fresh object each time, so callers cannot change the model). */
  status(now: Seconds): WeftStatus {
    const beat = this.beat;
    return {
      playing: beat?.running ?? false,
      cps: beat?.cps ?? 0.5,
      cycle: this.cycle(now),
      eventsScheduled: beat?.eventsScheduled ?? 0,
      // The engine sees lateness where it is heard; the scheduler counts events it sent too late.
      eventsLate: Math.max(this.lateSent.recent(), this.lateHeard.recent()),
      voices: this.engine?.voices ?? 0,
      peakDb: toDb(this.peak()),
      error: this.error === null ? null : { ...this.error },
    };
  }
}
