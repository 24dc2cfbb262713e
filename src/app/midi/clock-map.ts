/**
 * The map from the audio clock to `performance.now()`, for sending MIDI with Web MIDI's
 * `send(data, timestamp)` so that it lines up with what the speakers play. It is fitted
 * continuously, by least squares over the latest pairs of `AudioContext.getOutputTimestamp()`
 * (a context time, and the performance time at which the output presents it), so the two clocks'
 * offset, their drift and the output's latency are all in it; a single pair's jitter is averaged
 * away. Pure: the pairs are passed in, so tests give it made-up clocks.
 */
import type { Seconds } from '../../audio/index.ts';

/** One reading of `AudioContext.getOutputTimestamp()`. */
export interface OutputTimestamp {
  /** The context time being presented (seconds). */
  readonly contextTime: Seconds;
  /** When it is presented, on the `performance.now()` clock (milliseconds). */
  readonly performanceTime: number;
}

/** How many of the latest readings the fit uses by default (a few seconds of readings at one a frame). */
export const CLOCK_MAP_READINGS = 128;

/** Audio time to performance time, fitted from output timestamps. */
export class ClockMap {
  private readonly times: Float64Array;
  private readonly performance: Float64Array;
  private count = 0;
  private next = 0;
  private lastContext = -Infinity;
  /** The fit: performance ms = offset + slope · (context s − origin). */
  private origin = 0;
  private offset = 0;
  private slope = 1000;

  constructor(readonly readings: number = CLOCK_MAP_READINGS) {
    if (!(Number.isInteger(readings) && readings >= 2)) throw new RangeError(`a clock map needs at least 2 readings, got ${String(readings)}`);
    this.times = new Float64Array(readings);
    this.performance = new Float64Array(readings);
  }

  /**
   * Takes a reading. Readings before the output runs (both times 0), with a context time not after
   * the last one, or not finite, are left out.
   */
  add(reading: OutputTimestamp): void {
    const { contextTime, performanceTime } = reading;
    if (!Number.isFinite(contextTime) || !Number.isFinite(performanceTime) || contextTime <= 0 || contextTime <= this.lastContext) return;
    this.lastContext = contextTime;
    this.times[this.next] = contextTime;
    this.performance[this.next] = performanceTime;
    this.next = (this.next + 1) % this.readings;
    this.count = Math.min(this.count + 1, this.readings);
    this.fit();
  }

  /** Whether there is a reading: with one, the map is that reading at one-to-one; with more, the fit. */
  ready(): boolean {
    return this.count >= 1;
  }

  /** The `performance.now()` time (ms) at which audio scheduled at context time `time` is heard. */
  toPerformance(time: Seconds): number {
    return this.offset + this.slope * (time - this.origin);
  }

  /** The context time heard at `performance.now()` time `ms`. */
  toContext(ms: number): Seconds {
    return this.origin + (ms - this.offset) / this.slope;
  }

  private fit(): void {
    const n = this.count;
    let meanT = 0;
    let meanP = 0;
    for (let i = 0; i < n; i++) {
      meanT += this.times[i]!;
      meanP += this.performance[i]!;
    }
    meanT /= n;
    meanP /= n;
    let covariance = 0;
    let variance = 0;
    for (let i = 0; i < n; i++) {
      const dt = this.times[i]! - meanT;
      covariance += dt * (this.performance[i]! - meanP);
      variance += dt * dt;
    }
    this.origin = meanT;
    this.offset = meanP;
    // The clocks run at nearly the same rate: with readings too close in time to tell, keep 1:1.
    const slope = variance > 1e-6 ? covariance / variance : 1000;
    this.slope = slope > 900 && slope < 1100 ? slope : 1000;
  }
}
