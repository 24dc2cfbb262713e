/**
 * The {@link Svf} a voice's last filter uses: with kernels that fuse it with what comes before
 * and after it in the voice (the sawtooth it filters, the envelope, the mix into the buses), so
 * that a common voice is one loop a block.
 */
import { Svf, type GainRamp } from './filter.ts';
import { stepResidual, type Phasor } from './oscillators.ts';

/**
 * Where a fused kernel ({@link FusedSvf.filterRampMix}, {@link FusedSvf.sawtoothRampMix}) adds
 * its output: the left and right dry buses with their gains, or, for a centred sound (equal
 * gains), the one bus both sides get. (Fields, not arguments: a fractional number passed to a call that is not
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
 * An {@link Svf} with kernels fused with its voice's source, envelope and mix. The sawtooth
 * kernels repeat the oscillator's and the filter's steps in each loop on purpose: a helper that
 * returned two samples would allocate or go through memory, and each loop is one pass, written
 * to one bus (or two) as its voice needs.
 */
export class FusedSvf extends Svf {
  /** Scratch for {@link pairSteps} (a typed array: fractional numbers stored in fields can allocate). */
  private readonly pairs = new Float64Array(12);

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

  /**
   * {@link sawtoothRampMix}'s sawtooth, filtered and enveloped, written to `buf[start, end)` for
   * what follows in the voice (its effects, its sends): two samples a step likewise.
   */
  sawtoothRamp(osc: Phasor, mode: 0 | 1 | 2, buf: Float64Array, start: number, end: number, ramp: GainRamp): boolean {
    const slope = ramp.segmentSlope;
    const c11 = this.c11, c12 = this.c12, c21 = this.c21, c22 = this.c22, d1 = this.d1, d2 = this.d2;
    const t = this.pairSteps(mode);
    const ex = t[0]!, e1 = t[1]!, e2 = t[2]!, f1 = t[3]!, f2 = t[4]!, fx = t[5]!;
    const a11 = t[6]!, a12 = t[7]!, a21 = t[8]!, a22 = t[9]!, b1 = t[10]!, b2 = t[11]!;
    const dt = osc.inc, edge = 1 - 2 * dt, near = 2 * dt, per = 1 / dt;
    let p = osc.phase, ic1 = this.ic1, ic2 = this.ic2, g = ramp.segmentLevel;
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
      buf[i] = (ex * x0 + e1 * ic1 + e2 * ic2) * g;
      buf[i + 1] = (f1 * ic1 + f2 * ic2 + (fx * x0 + ex * x1)) * (g + slope);
      g += 2 * slope;
      ic1 = n1;
      ic2 = n2;
    }
    if (i < end) {
      const naive = 2 * p - 1;
      const x = p < near ? naive - stepResidual(p * per) : p > edge ? naive + stepResidual((1 - p) * per) : naive;
      p += dt;
      if (p >= 1) p -= 1;
      buf[i] = (ex * x + e1 * ic1 + e2 * ic2) * g;
      const n1 = d1 * x + c11 * ic1 + c12 * ic2;
      ic2 = d2 * x + c21 * ic1 + c22 * ic2;
      ic1 = n1;
    }
    osc.phase = p;
    this.ic1 = ic1;
    this.ic2 = ic2;
    return ic1 - ic1 === 0 && ic2 - ic2 === 0;
  }
}
