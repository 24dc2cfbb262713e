import type { Hz, Seconds } from './units.ts';

/** The longest delay time. */
export const MAX_DELAY: Seconds = 4;

/**
 * A stereo feedback delay. Changing the time glides the read position (about 50 ms), so a new
 * tempo bends the echoes instead of clicking.
 */
export class StereoDelay {
  private readonly left: Float32Array;
  private readonly right: Float32Array;
  private write = 0;
  private current: number;
  private target: number;
  private feedback = 0.5;
  private readonly glide: number;

  constructor(private readonly sampleRate: Hz) {
    const size = Math.ceil(MAX_DELAY * sampleRate) + 2;
    this.left = new Float32Array(size);
    this.right = new Float32Array(size);
    this.current = this.target = 0.25 * sampleRate;
    this.glide = 1 - Math.exp(-1 / (0.05 * sampleRate));
  }

  /** Sets the delay time (clamped to [1 ms, {@link MAX_DELAY}]) and feedback (clamped to [0, 0.98]). */
  set(time: Seconds | undefined, feedback: number | undefined): void {
    this.setFrom(Float64Array.of(time ?? NaN, feedback ?? NaN), 0, 1);
  }

  /**
   * {@link set} with the time and feedback read from `values[timeAt]` and `values[feedbackAt]`
   * (NaN leaves one as it is), as a voice record holds them: a fractional number passed as an
   * argument would be allocated, and a voice's start allocates nothing.
   */
  setFrom(values: Float64Array, timeAt: number, feedbackAt: number): void {
    const time = values[timeAt]!, feedback = values[feedbackAt]!;
    if (!Number.isNaN(time)) this.target = Math.min(MAX_DELAY, Math.max(0.001, time)) * this.sampleRate;
    if (!Number.isNaN(feedback)) this.feedback = Math.min(0.98, Math.max(0, feedback));
  }

  /** The feedback in use. */
  feedbackAmount(): number {
    return this.feedback;
  }

  /** The delay time being glided to, in samples. */
  targetTime(): number {
    return this.target;
  }

  /** Clears the echoes. */
  clear(): void {
    this.left.fill(0);
    this.right.fill(0);
    this.current = this.target;
  }

  /** Reads `inL/inR[0, n)` and adds the echoes to `outL/outR[0, n)`. */
  process(inL: Float64Array, inR: Float64Array, outL: Float64Array, outR: Float64Array, n: number): void {
    const left = this.left, right = this.right, size = left.length, fb = this.feedback, glide = this.glide;
    const target = this.target;
    let current = this.current, write = this.write;
    for (let i = 0; i < n; i++) {
      current += (target - current) * glide;
      let read = write - current;
      if (read < 0) read += size;
      const j = read | 0;
      const frac = read - j;
      const k = j + 1 === size ? 0 : j + 1;
      const yl = left[j]! + frac * (left[k]! - left[j]!);
      const yr = right[j]! + frac * (right[k]! - right[j]!);
      left[write] = inL[i]! + yl * fb;
      right[write] = inR[i]! + yr * fb;
      outL[i] = outL[i]! + yl;
      outR[i] = outR[i]! + yr;
      write = write + 1 === size ? 0 : write + 1;
    }
    this.current = current;
    this.write = write;
  }
}
