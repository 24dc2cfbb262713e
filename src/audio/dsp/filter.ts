import { stepResidual, type Phasor } from './oscillators.ts';
import type { Hz } from './units.ts';

/** A gain that starts at `segmentLevel` and changes by `segmentSlope` per sample (an `Adsr` after `seek`). */
export interface GainRamp {
  readonly segmentLevel: number;
  readonly segmentSlope: number;
}

/**
 * Where a fused kernel ({@link Svf.filterRampMix}, {@link Svf.sawtoothRampMix}) adds its output:
 * the left and right dry buses with their gains, or, for a centred sound (equal gains), the one
 * bus both sides get. (Fields, not arguments: a fractional number passed to a call that is not
 * inlined would be allocated.)
 */
export interface DryMix {
  readonly dryL: Float64Array;
  readonly dryR: Float64Array;
  readonly gainL: number;
  readonly gainR: number;
  /** True for a centred sound: it goes to `dryMid` alone, times `gainL`. */
  readonly centred: boolean;
  readonly dryMid: Float64Array;
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
  private ic1 = 0;
  private ic2 = 0;
  private c11 = 1;
  private c12 = 0;
  private c21 = 0;
  private c22 = 1;
  private d1 = 0;
  private d2 = 0;
  private k = 1;
  /** Scratch for {@link pairSteps} (a typed array: fractional numbers stored in fields can allocate). */
  private readonly pairs = new Float64Array(12);
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

  /**
   * The coefficients for running two samples a step with response `mode`, in {@link pairs}:
   * the response in terms of the state before a step (y = ex·x + e1·ic1 + e2·ic2), the second
   * sample's in terms of the state before the first (f1, f2, fx; and ex for its own input), and
   * the state two samples on, s'' = A·s + b·x0 + d·x1 with A = C² and b = C·d. Computed from s
   * directly, the state's dependency chain (a multiply and two adds) is walked once per two
   * samples, not once per sample: that chain, not the arithmetic, bounds a one-sample loop.
   */
  private pairSteps(mode: 0 | 1 | 2): Float64Array {
    const c11 = this.c11, c12 = this.c12, c21 = this.c21, c22 = this.c22, d1 = this.d1, d2 = this.d2;
    const wx = mode === 1 ? 1 : 0;
    const w1 = mode === 0 ? 0 : mode === 1 ? -0.5 * this.k : 0.5 * this.k;
    const w2 = mode === 0 ? 0.5 : mode === 1 ? -0.5 : 0;
    const t = this.pairs;
    const e1 = w1 * (1 + c11) + w2 * c21, e2 = w1 * c12 + w2 * (1 + c22);
    t[0] = wx + w1 * d1 + w2 * d2;
    t[1] = e1;
    t[2] = e2;
    t[3] = e1 * c11 + e2 * c21;
    t[4] = e1 * c12 + e2 * c22;
    t[5] = e1 * d1 + e2 * d2;
    t[6] = c11 * c11 + c12 * c21;
    t[7] = c11 * c12 + c12 * c22;
    t[8] = c21 * c11 + c22 * c21;
    t[9] = c21 * c12 + c22 * c22;
    t[10] = c11 * d1 + c12 * d2;
    t[11] = c21 * d1 + c22 * d2;
    return t;
  }

  /**
   * {@link filterRamp} of `buf[start, end)` with each result added to `mix`'s buses instead of
   * written back (a voice's last stage, when nothing follows it). Returns false if the filter's
   * state is no longer finite. Only for input known to be finite: the results are on the buses
   * before this returns. (A store to one array a sample: storing to more arrays, which V8 must
   * assume may overlap, costs more than the filter.)
   */
  filterRampMix(mode: 0 | 1 | 2, buf: Float64Array, start: number, end: number, ramp: GainRamp, mix: DryMix): boolean {
    const slope = ramp.segmentSlope, gainL = mix.gainL, gainR = mix.gainR;
    const c11 = this.c11, c12 = this.c12, c21 = this.c21, c22 = this.c22, d1 = this.d1, d2 = this.d2;
    const wx = mode === 1 ? 1 : 0;
    const w1 = mode === 0 ? 0 : mode === 1 ? -0.5 * this.k : 0.5 * this.k;
    const w2 = mode === 0 ? 0.5 : mode === 1 ? -0.5 : 0;
    let ic1 = this.ic1, ic2 = this.ic2, g = ramp.segmentLevel;
    if (mix.centred) {
      const mid = mix.dryMid, level = g * gainL, step = slope * gainL;
      g = level;
      for (let i = start; i < end; i++) {
        const x = buf[i]!;
        const n1 = d1 * x + c11 * ic1 + c12 * ic2;
        const n2 = d2 * x + c21 * ic1 + c22 * ic2;
        mid[i] = mid[i]! + (wx * x + w1 * (ic1 + n1) + w2 * (ic2 + n2)) * g;
        g += step;
        ic1 = n1;
        ic2 = n2;
      }
    } else {
      const dryL = mix.dryL, dryR = mix.dryR;
      for (let i = start; i < end; i++) {
        const x = buf[i]!;
        const n1 = d1 * x + c11 * ic1 + c12 * ic2;
        const n2 = d2 * x + c21 * ic1 + c22 * ic2;
        const y = (wx * x + w1 * (ic1 + n1) + w2 * (ic2 + n2)) * g;
        dryL[i] = dryL[i]! + y * gainL;
        dryR[i] = dryR[i]! + y * gainR;
        g += slope;
        ic1 = n1;
        ic2 = n2;
      }
    }
    this.ic1 = ic1;
    this.ic2 = ic2;
    return ic1 - ic1 === 0 && ic2 - ic2 === 0;
  }

  /**
   * {@link filterRampMix} of a sawtooth made in the same loop: `osc`'s, as `sawtooth` in
   * oscillators.ts makes it with no frequency modulation, for an increment under
   * `FOUR_POINT_LIMIT` (the residual's four-point form). (The common subtractive voice in one
   * pass: the oscillator's work overlaps the filter's dependency chain, and nothing goes through
   * memory but the bus.) Two samples a step (see {@link pairSteps}): with the oscillator's work
   * in the loop, the one-sample chain would bound it; reading its input, {@link filterRampMix}
   * is bound by its arithmetic, and runs one sample a step.
   */
  sawtoothRampMix(osc: Phasor, mode: 0 | 1 | 2, start: number, end: number, ramp: GainRamp, mix: DryMix): boolean {
    const slope = ramp.segmentSlope, gainL = mix.gainL, gainR = mix.gainR;
    const c11 = this.c11, c12 = this.c12, c21 = this.c21, c22 = this.c22, d1 = this.d1, d2 = this.d2;
    const t = this.pairSteps(mode);
    const ex = t[0]!, e1 = t[1]!, e2 = t[2]!, f1 = t[3]!, f2 = t[4]!, fx = t[5]!;
    const a11 = t[6]!, a12 = t[7]!, a21 = t[8]!, a22 = t[9]!, b1 = t[10]!, b2 = t[11]!;
    const dt = osc.inc, edge = 1 - 2 * dt, near = 2 * dt, per = 1 / dt;
    let p = osc.phase, ic1 = this.ic1, ic2 = this.ic2, g = ramp.segmentLevel;
    if (mix.centred) {
      const mid = mix.dryMid, step = slope * gainL;
      g *= gainL;
      let i = start;
      for (; i + 1 < end; i += 2) {
        const naive0 = 2 * p - 1;
        const x0 = p < near ? naive0 - stepResidual(p * per) : p > edge ? naive0 + stepResidual((1 - p) * per) : naive0;
        p += dt;
        if (p >= 1) p -= 1;
        const naive1 = 2 * p - 1;
        const x1 = p < near ? naive1 - stepResidual(p * per) : p > edge ? naive1 + stepResidual((1 - p) * per) : naive1;
        p += dt;
        if (p >= 1) p -= 1;
        const n1 = a11 * ic1 + a12 * ic2 + (b1 * x0 + d1 * x1);
        const n2 = a21 * ic1 + a22 * ic2 + (b2 * x0 + d2 * x1);
        mid[i] = mid[i]! + (ex * x0 + e1 * ic1 + e2 * ic2) * g;
        mid[i + 1] = mid[i + 1]! + (f1 * ic1 + f2 * ic2 + (fx * x0 + ex * x1)) * (g + step);
        g += 2 * step;
        ic1 = n1;
        ic2 = n2;
      }
      if (i < end) {
        const naive = 2 * p - 1;
        const x = p < near ? naive - stepResidual(p * per) : p > edge ? naive + stepResidual((1 - p) * per) : naive;
        p += dt;
        if (p >= 1) p -= 1;
        const n1 = d1 * x + c11 * ic1 + c12 * ic2;
        const n2 = d2 * x + c21 * ic1 + c22 * ic2;
        mid[i] = mid[i]! + (ex * x + e1 * ic1 + e2 * ic2) * g;
        ic1 = n1;
        ic2 = n2;
      }
    } else {
      const dryL = mix.dryL, dryR = mix.dryR;
      let i = start;
      for (; i + 1 < end; i += 2) {
        const naive0 = 2 * p - 1;
        const x0 = p < near ? naive0 - stepResidual(p * per) : p > edge ? naive0 + stepResidual((1 - p) * per) : naive0;
        p += dt;
        if (p >= 1) p -= 1;
        const naive1 = 2 * p - 1;
        const x1 = p < near ? naive1 - stepResidual(p * per) : p > edge ? naive1 + stepResidual((1 - p) * per) : naive1;
        p += dt;
        if (p >= 1) p -= 1;
        const n1 = a11 * ic1 + a12 * ic2 + (b1 * x0 + d1 * x1);
        const n2 = a21 * ic1 + a22 * ic2 + (b2 * x0 + d2 * x1);
        const y0 = (ex * x0 + e1 * ic1 + e2 * ic2) * g;
        const y1 = (f1 * ic1 + f2 * ic2 + (fx * x0 + ex * x1)) * (g + slope);
        dryL[i] = dryL[i]! + y0 * gainL;
        dryR[i] = dryR[i]! + y0 * gainR;
        dryL[i + 1] = dryL[i + 1]! + y1 * gainL;
        dryR[i + 1] = dryR[i + 1]! + y1 * gainR;
        g += 2 * slope;
        ic1 = n1;
        ic2 = n2;
      }
      if (i < end) {
        const naive = 2 * p - 1;
        const x = p < near ? naive - stepResidual(p * per) : p > edge ? naive + stepResidual((1 - p) * per) : naive;
        p += dt;
        if (p >= 1) p -= 1;
        const n1 = d1 * x + c11 * ic1 + c12 * ic2;
        const n2 = d2 * x + c21 * ic1 + c22 * ic2;
        const y = (ex * x + e1 * ic1 + e2 * ic2) * g;
        dryL[i] = dryL[i]! + y * gainL;
        dryR[i] = dryR[i]! + y * gainR;
        ic1 = n1;
        ic2 = n2;
      }
    }
    osc.phase = p;
    this.ic1 = ic1;
    this.ic2 = ic2;
    return ic1 - ic1 === 0 && ic2 - ic2 === 0;
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
