import type { Hz } from './units.ts';

/** A gain that starts at `segmentLevel` and changes by `segmentSlope` per sample (an `Adsr` after `seek`). */
export interface GainRamp {
  readonly segmentLevel: number;
  readonly segmentSlope: number;
}

/**
 * A two-pole state-variable filter in topology-preserving-transform form (Zavalishin; the
 * trapezoidal SVF as written up by Andrew Simper). 12 dB/octave for low- and highpass.
 *
 * The analogue prototype is `H(s) = 1 / (s² + s/Q + 1)` (lowpass) with the cutoff pre-warped,
 * so the digital response matches it exactly at the cutoff and closely below it. The filter
 * stays stable while its cutoff moves, which is why envelopes can sweep it.
 */
export class Svf {
  // The trapezoidal integrators' states, and the coefficients of their update written as one
  // 2×2 matrix step (ic' = C·ic + d·x), which keeps the per-sample dependency chain short.
  protected ic1 = 0;
  protected ic2 = 0;
  protected c11 = 1;
  protected c12 = 0;
  protected c21 = 0;
  protected c22 = 1;
  protected d1 = 0;
  protected d2 = 0;
  protected k = 1;
  /** The settings {@link update} applies (see {@link set}). */
  cutoff: Hz = 1000;
  q = 1;
  sampleRate: Hz = 48000;

  /** Sets the cutoff (clamped to [5 Hz, 0.49 × sampleRate]) and the quality factor Q (>= 0.05). */
  set(cutoff: Hz, q: number, sampleRate: Hz): void {
    this.cutoff = cutoff;
    this.q = q;
    this.sampleRate = sampleRate;
    this.update();
  }

  /**
   * Applies `cutoff`, `q` and `sampleRate` as {@link set} does. (A voice sweeping its cutoff sets
   * the field and calls this: a fractional number passed as an argument would be allocated.)
   */
  update(): void {
    const cutoff = this.cutoff, q = this.q, sampleRate = this.sampleRate;
    // (Written so that a NaN cutoff or Q is clamped too.)
    const f = !(cutoff >= 5) ? 5 : cutoff > sampleRate * 0.49 ? sampleRate * 0.49 : cutoff;
    const g = Math.tan((Math.PI * f) / sampleRate);
    const k = 1 / (!(q >= 0.05) ? 0.05 : q);
    const a1 = 1 / (1 + g * (g + k));
    const a2 = g * a1;
    const a3 = g * a2;
    this.k = k;
    this.c11 = 2 * a1 - 1;
    this.c12 = -2 * a2;
    this.c21 = 2 * a2;
    this.c22 = 1 - 2 * a3;
    this.d1 = 2 * a2;
    this.d2 = 2 * a3;
  }

  /** Clears the filter's memory. */
  reset(): void {
    this.ic1 = 0;
    this.ic2 = 0;
  }

  // In each loop, v1 = (ic1 + ic1') / 2 is the bandpass and v2 = (ic2 + ic2') / 2 the lowpass.

  /** Takes `other`'s coefficients (its memory is left as it is). */
  copyFrom(other: Svf): void {
    this.c11 = other.c11;
    this.c12 = other.c12;
    this.c21 = other.c21;
    this.c22 = other.c22;
    this.d1 = other.d1;
    this.d2 = other.d2;
    this.k = other.k;
    this.cutoff = other.cutoff;
    this.q = other.q;
    this.sampleRate = other.sampleRate;
  }

  /**
   * Filters `buf[start, end)` in place with response `mode` (0 lowpass, 1 highpass, 2 bandpass)
   * and multiplies by a gain ramp starting at `ramp.segmentLevel` and changing by
   * `ramp.segmentSlope` per sample (an envelope's segment); returns false if any result is not
   * finite. (The envelope fused into the filter loop, so that the loop's other work overlaps the
   * filter's dependency chain.)
   */
  filterRamp(mode: 0 | 1 | 2, buf: Float64Array, start: number, end: number, ramp: GainRamp): boolean {
    const level = ramp.segmentLevel, slope = ramp.segmentSlope;
    const c11 = this.c11, c12 = this.c12, c21 = this.c21, c22 = this.c22, d1 = this.d1, d2 = this.d2;
    // output = wx·x + w1·v1 + w2·v2, with v1 = (ic1 + ic1') / 2 and v2 = (ic2 + ic2') / 2.
    const wx = mode === 1 ? 1 : 0;
    const w1 = mode === 0 ? 0 : mode === 1 ? -0.5 * this.k : 0.5 * this.k;
    const w2 = mode === 0 ? 0.5 : mode === 1 ? -0.5 : 0;
    let ic1 = this.ic1, ic2 = this.ic2, g = level, sum = 0;
    for (let i = start; i < end; i++) {
      const x = buf[i]!;
      const n1 = d1 * x + c11 * ic1 + c12 * ic2;
      const n2 = d2 * x + c21 * ic1 + c22 * ic2;
      const y = (wx * x + w1 * (ic1 + n1) + w2 * (ic2 + n2)) * g;
      buf[i] = y;
      sum += y;
      g += slope;
      ic1 = n1;
      ic2 = n2;
    }
    this.ic1 = ic1;
    this.ic2 = ic2;
    return sum - sum === 0;
  }

  /** Lowpass-filters `buf[start, end)` in place. */
  lowpass(buf: Float64Array, start: number, end: number): void {
    const c11 = this.c11, c12 = this.c12, c21 = this.c21, c22 = this.c22, d1 = this.d1, d2 = this.d2;
    let ic1 = this.ic1, ic2 = this.ic2;
    for (let i = start; i < end; i++) {
      const x = buf[i]!;
      const n1 = d1 * x + c11 * ic1 + c12 * ic2;
      const n2 = d2 * x + c21 * ic1 + c22 * ic2;
      buf[i] = 0.5 * (ic2 + n2);
      ic1 = n1;
      ic2 = n2;
    }
    this.ic1 = ic1;
    this.ic2 = ic2;
  }

  /** Highpass-filters `buf[start, end)` in place. */
  highpass(buf: Float64Array, start: number, end: number): void {
    const c11 = this.c11, c12 = this.c12, c21 = this.c21, c22 = this.c22, d1 = this.d1, d2 = this.d2;
    const hk = 0.5 * this.k;
    let ic1 = this.ic1, ic2 = this.ic2;
    for (let i = start; i < end; i++) {
      const x = buf[i]!;
      const n1 = d1 * x + c11 * ic1 + c12 * ic2;
      const n2 = d2 * x + c21 * ic1 + c22 * ic2;
      buf[i] = x - hk * (ic1 + n1) - 0.5 * (ic2 + n2);
      ic1 = n1;
      ic2 = n2;
    }
    this.ic1 = ic1;
    this.ic2 = ic2;
  }

  /** Bandpass-filters `buf[start, end)` in place, with unity gain at the centre frequency. */
  bandpass(buf: Float64Array, start: number, end: number): void {
    const c11 = this.c11, c12 = this.c12, c21 = this.c21, c22 = this.c22, d1 = this.d1, d2 = this.d2;
    const hk = 0.5 * this.k;
    let ic1 = this.ic1, ic2 = this.ic2;
    for (let i = start; i < end; i++) {
      const x = buf[i]!;
      const n1 = d1 * x + c11 * ic1 + c12 * ic2;
      const n2 = d2 * x + c21 * ic1 + c22 * ic2;
      buf[i] = hk * (ic1 + n1);
      ic1 = n1;
      ic2 = n2;
    }
    this.ic1 = ic1;
    this.ic2 = ic2;
  }
}

/**
 * The magnitude of the {@link Svf} lowpass at `freq`, for a given cutoff and Q: the analogue
 * prototype evaluated at the pre-warped frequency, which is what the trapezoidal filter realises.
 */
export function svfLowpassMagnitude(freq: Hz, cutoff: Hz, q: number, sampleRate: Hz): number {
  const w = Math.tan((Math.PI * freq) / sampleRate) / Math.tan((Math.PI * cutoff) / sampleRate);
  return 1 / Math.hypot(1 - w * w, w / q);
}
