/**
 * The audio clock as the runtime worker sees it: estimated from the stamps the engine worklet
 * posts (its frame counter, in seconds) and the time elapsed since the latest one arrived.
 */
import type { Seconds } from '../../audio/index.ts';

/** Settings for an {@link AudioClock}. */
export interface AudioClockOptions {
  /**
   * How long the estimate runs on without a new stamp; after that it stops, as the audio has
   * (a suspended context, a node no longer pulled). Default 0.25 s (five 50 ms stamp periods).
   */
  readonly staleAfter?: Seconds;
  /** How closely two stamps in a row must agree for the clock to be {@link AudioClock.settled}. Default 0.02 s. */
  readonly tolerance?: Seconds;
}

/**
 * Audio time estimated from stamps. A stamp says "audio time `t` had been rendered when this
 * message was posted"; it arrives some time later, so `t` plus the time elapsed since the arrival
 * is never ahead of the real clock. The estimate never goes backwards either: a stamp that
 * arrived late (the worker was busy) cannot pull it back behind what was already reported.
 */
export class AudioClock {
  private readonly staleAfter: Seconds;
  private readonly tolerance: Seconds;
  private stampTime: Seconds = 0;
  /** When the latest stamp arrived, in milliseconds of the local monotonic clock. */
  private stampAt = 0;
  private stamps = 0;
  private last: Seconds = -Infinity;
  private agreed = false;

  constructor(options: AudioClockOptions = {}) {
    this.staleAfter = options.staleAfter ?? 0.25;
    this.tolerance = options.tolerance ?? 0.02;
  }

  /** True once a stamp has arrived. */
  get ready(): boolean {
    return this.stamps > 0;
  }

  /**
   * True once two stamps in a row arrived as far apart as they were posted (within the
   * tolerance). Until then the stamps may have waited in a queue while the thread was busy (as
   * it is when it starts), and the estimate may be far behind.
   */
  get settled(): boolean {
    return this.agreed;
  }

  /** Records that audio time `time` had been rendered when a message that arrived at `at` (ms) was posted. */
  stamp(time: Seconds, at: number): void {
    if (!Number.isFinite(time) || !Number.isFinite(at)) return;
    if (this.stamps > 0 && Math.abs(time - this.stampTime - (at - this.stampAt) / 1000) <= this.tolerance) this.agreed = true;
    this.now(at);
    this.stampTime = time;
    this.stampAt = at;
    this.stamps++;
  }

  /** The audio time at local time `at` (ms); 0 before the first stamp. */
  now(at: number): Seconds {
    if (this.stamps === 0) return 0;
    const elapsed = Math.min(Math.max(0, (at - this.stampAt) / 1000), this.staleAfter);
    this.last = Math.max(this.last, this.stampTime + elapsed);
    return this.last;
  }
}
