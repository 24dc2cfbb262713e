import type { Hz } from './units.ts';

/** The saturator's knee: signals well below it pass almost unchanged, it never exceeds it. */
const HEADROOM = 4;

/**
 * A soft clipper bounded by ±{@link HEADROOM}: a Padé approximation of `HEADROOM·tanh(x/HEADROOM)`
 * (exact in slope at 0, reaching the bound with zero slope at three times it).
 */
function saturate(x: number): number {
  const z = x / HEADROOM;
  if (z >= 3) return HEADROOM;
  if (z <= -3) return -HEADROOM;
  const z2 = z * z;
  return (HEADROOM * z * (27 + z2)) / (27 + 9 * z2);
}

/**
 * A four-pole (24 dB/octave) Moog-style ladder lowpass in zero-delay-feedback form (Zavalishin,
 * "The Art of VA Filter Design", ch. 5): four trapezoidal one-pole stages with the fourth
 * stage's output fed back, inverted, to the input. The instantaneous feedback loop is solved
 * exactly for the linear filter; that solution then goes through a soft saturator at the
 * ladder's input (the cheap nonlinear ZDF form), which bounds what enters the stages and so keeps
 * the filter bounded at any resonance, up to self-oscillation at `k = 4`.
 *
 * `drive` scales the input ahead of the saturator; the input is also raised with the resonance
 * (by `1 + k/2`), as the ladder's passband sinks with it (to `1/(1+k)` at DC).
 */
export class Ladder {
  private s1 = 0;
  private s2 = 0;
  private s3 = 0;
  private s4 = 0;
  private g = 0.5;
  private gain = 1;
  private inv = 1;
  /** The settings {@link update} applies. */
  cutoff: Hz = 1000;
  /** Feedback amount: 0 none, 4 self-oscillation. */
  k = 0;
  /** Input gain ahead of the saturator, besides the resonance's compensation (1: none). */
  drive = 1;
  sampleRate: Hz = 48000;

  /**
   * Applies `cutoff` (clamped to [5 Hz, 0.49 × sampleRate]), `k` (clamped to [0, 4]), `drive` and
   * `sampleRate`. One `tan`: cheap enough to follow an envelope every few samples.
   */
  update(): void {
    const sampleRate = this.sampleRate, cutoff = this.cutoff;
    const f = cutoff < 5 ? 5 : cutoff > sampleRate * 0.49 ? sampleRate * 0.49 : cutoff;
    const t = Math.tan((Math.PI * f) / sampleRate);
    const g = t / (1 + t);
    const k = this.k < 0 ? 0 : this.k > 4 ? 4 : this.k;
    const g4 = g * g * g * g;
    this.g = g;
    this.k = k;
    this.inv = 1 / (1 + k * g4);
    this.gain = this.drive * (1 + 0.5 * k);
  }

  /** Clears the filter's memory. */
  reset(): void {
    this.s1 = 0;
    this.s2 = 0;
    this.s3 = 0;
    this.s4 = 0;
  }

  /** Takes `other`'s settings and coefficients (its memory is left as it is). */
  copyFrom(other: Ladder): void {
    this.g = other.g;
    this.gain = other.gain;
    this.inv = other.inv;
    this.cutoff = other.cutoff;
    this.k = other.k;
    this.drive = other.drive;
    this.sampleRate = other.sampleRate;
  }

  /** Lowpass-filters `buf[start, end)` in place. */
  lowpass(buf: Float64Array, start: number, end: number): void {
    const g = this.g, k = this.k, gain = this.gain, inv = this.inv;
    // A one-pole stage with state s: y = g·x + (1 - g)·s, and the state becomes 2y - s.
    const h = 1 - g;
    const g2 = g * g, g3 = g2 * g, g4 = g3 * g;
    let s1 = this.s1, s2 = this.s2, s3 = this.s3, s4 = this.s4;
    for (let i = start; i < end; i++) {
      const x = buf[i]! * gain;
      // The fourth stage's output with the loop solved: y4 = (g⁴·x + Σ) / (1 + k·g⁴).
      const sigma = h * (g3 * s1 + g2 * s2 + g * s3 + s4);
      const y4 = (g4 * x + sigma) * inv;
      const u = saturate(x - k * y4);
      const y1 = g * u + h * s1;
      s1 = 2 * y1 - s1;
      const y2 = g * y1 + h * s2;
      s2 = 2 * y2 - s2;
      const y3 = g * y2 + h * s3;
      s3 = 2 * y3 - s3;
      const y = g * y3 + h * s4;
      s4 = 2 * y - s4;
      buf[i] = y;
    }
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    this.s4 = s4;
  }
}
