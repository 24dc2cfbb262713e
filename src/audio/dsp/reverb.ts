import { Svf } from './filter.ts';
import type { Hz, Seconds } from './units.ts';

/** Comb and allpass lengths at 44.1 kHz (Jezar's public-domain Freeverb tunings). */
const COMBS = [1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617];
const ALLPASSES = [556, 441, 341, 225];
const STEREO_SPREAD = 23;
/** Output gain: each comb has unit energy gain for white noise (and more for low frequencies); tuned so pink noise comes back at about its own level. */
const WET_GAIN = 0.25 / Math.sqrt(COMBS.length);
/** The combs' damping (one-pole lowpass coefficient in their loop) when no `roomdim` is given. */
const DAMP = 0.3;

class Comb {
  readonly buffer: Float32Array;
  index = 0;
  store = 0;
  feedback = 0.8;
  /** The one-pole lowpass in the loop: `store = y (1 - damp) + store damp`. */
  damp = DAMP;
  /** √(1 - feedback²): makes the comb's energy gain 1 whatever its feedback, so size changes the length, not the level. */
  inputGain = 0.6;
  constructor(length: number) {
    this.buffer = new Float32Array(length);
  }
}

class Allpass {
  readonly buffer: Float32Array;
  index = 0;
  constructor(length: number) {
    this.buffer = new Float32Array(length);
  }
}

/**
 * A Freeverb-style reverb: eight damped feedback combs in parallel, then four allpasses, per
 * channel (the right channel's delays are slightly longer, for width). Each comb's feedback is
 * set so that it decays by 60 dB in `size` seconds, so `size` is roughly the reverb time, and its
 * input is scaled so that its energy gain is 1: a steady sound's reverb is about as loud as the
 * sound (times the send), whatever the size.
 */
export class Reverb {
  private readonly combs: Comb[][];
  private readonly allpasses: Allpass[][];
  private size: Seconds = -1;
  /** `roomfade`: when set (not NaN), the reverb time instead of `size`. */
  private fade: Seconds = NaN;
  /** `roomdim`: the cutoff the tail has fallen to at -60 dB (NaN: the fixed damping). */
  private dim: Hz = NaN;
  /** `roomlp`: the lowpass on the reverb's input (NaN: none). */
  private readonly lowpass = new Svf();
  private lowpassOn = false;
  private lowpassCutoff: Hz = NaN;

  constructor(private readonly sampleRate: Hz) {
    const scale = sampleRate / 44100;
    const lengths = (base: number[], spread: number): number[] => base.map((l) => Math.max(1, Math.round((l + spread) * scale)));
    this.combs = [0, STEREO_SPREAD].map((spread) => lengths(COMBS, spread).map((l) => new Comb(l)));
    this.allpasses = [0, STEREO_SPREAD].map((spread) => lengths(ALLPASSES, spread).map((l) => new Allpass(l)));
    this.setSize(2);
  }

  /** Sets the reverb time in seconds (clamped to [0.1, 20]). */
  setSize(size: Seconds): void {
    this.setSizeFrom(Float64Array.of(size), 0);
  }

  /**
   * {@link setSize} to `values[at]` (NaN leaves it as it is), as a voice record holds it: a
   * fractional number passed as an argument would be allocated, and a voice's start allocates nothing.
   */
  setSizeFrom(values: Float64Array, at: number): void {
    const size = values[at]!;
    if (Number.isNaN(size)) return;
    const clamped = Math.min(20, Math.max(0.1, size));
    if (clamped === this.size) return;
    this.size = clamped;
    this.tune();
  }

  /**
   * Sets the reverb's tone from `values[lpAt]` (`roomlp`: a lowpass on its input, in Hz),
   * `values[dimAt]` (`roomdim`: the cutoff its tail has fallen to when it has decayed by 60 dB)
   * and `values[fadeAt]` (`roomfade`: the reverb time in seconds, which then wins over the size).
   * NaN leaves a setting as it is. Allocates nothing.
   */
  setToneFrom(values: Float64Array, lpAt: number, dimAt: number, fadeAt: number): void {
    const lp = values[lpAt]!, dim = values[dimAt]!, fade = values[fadeAt]!;
    if (!Number.isNaN(lp)) {
      this.lowpassOn = lp < 0.45 * this.sampleRate;
      if (this.lowpassOn && lp !== this.lowpassCutoff) {
        this.lowpassCutoff = lp;
        const lowpass = this.lowpass;
        lowpass.cutoff = Math.max(20, lp);
        lowpass.q = Math.SQRT1_2;
        lowpass.sampleRate = this.sampleRate;
        lowpass.update();
      }
    }
    const newDim = Number.isNaN(dim) ? this.dim : Math.min(0.45 * this.sampleRate, Math.max(20, dim));
    const newFade = Number.isNaN(fade) ? this.fade : Math.min(20, Math.max(0.1, fade));
    if (newDim === this.dim && newFade === this.fade) return;
    this.dim = newDim;
    this.fade = newFade;
    this.tune();
  }

  /** The reverb time in use, in seconds. */
  time(): Seconds {
    return Number.isNaN(this.fade) ? this.size : this.fade;
  }

  /**
   * Sets each comb's feedback for a 60 dB decay in {@link time} seconds, and its damping so
   * that, after the passes that decay takes, its loop's lowpasses together are 3 dB down at `dim`.
   * A one-pole `y = (1 - d) x + d y'` has |H|² = 1 / (1 + 2d(1 - cos w) / (1 - d)²); `passes` of
   * them are 3 dB down where each has |H|² = 2^(-1/passes), which solves for d as a quadratic.
   */
  private tune(): void {
    const time = this.time(), sampleRate = this.sampleRate;
    const combs = this.combs;
    for (let c = 0; c < combs.length; c++) {
      const channel = combs[c]!;
      for (let k = 0; k < channel.length; k++) {
        const comb = channel[k]!;
        const length = comb.buffer.length;
        comb.feedback = Math.pow(10, (-3 * length) / (time * sampleRate));
        comb.inputGain = Math.sqrt(1 - comb.feedback * comb.feedback);
        if (Number.isNaN(this.dim)) {
          comb.damp = DAMP;
          continue;
        }
        const passes = Math.max(1, (time * sampleRate) / length);
        const m = (Math.pow(2, 1 / passes) - 1) / (2 * (1 - Math.cos((2 * Math.PI * this.dim) / sampleRate)));
        comb.damp = Math.min(0.95, Math.max(0, (2 * m + 1 - Math.sqrt(4 * m + 1)) / (2 * m)));
      }
    }
  }

  /** Samples until the tail has decayed to `level` (a linear factor, e.g. 1e-6 for -120 dB). */
  tailLength(level: number): number {
    const t60s = Math.log10(level) / -3;
    return Math.ceil(t60s * this.time() * this.sampleRate) + 4096;
  }

  /** Clears the tail. */
  clear(): void {
    for (const channel of this.combs) for (const comb of channel) { comb.buffer.fill(0); comb.store = 0; }
    for (const channel of this.allpasses) for (const allpass of channel) allpass.buffer.fill(0);
    this.lowpass.reset();
  }

  /** Reads the mono send `input[0, n)` and adds the reverb to `outL/outR[0, n)`. */
  process(input: Float64Array, outL: Float64Array, outR: Float64Array, n: number, scratch: Float64Array): void {
    if (this.lowpassOn) this.lowpass.lowpass(input, 0, n);
    for (let channel = 0; channel < 2; channel++) {
      const out = channel === 0 ? outL : outR;
      for (let i = 0; i < n; i++) scratch[i] = 0;
      for (const comb of this.combs[channel]!) runComb(comb, input, scratch, n);
      for (const allpass of this.allpasses[channel]!) runAllpass(allpass, scratch, n);
      for (let i = 0; i < n; i++) out[i] = out[i]! + scratch[i]! * WET_GAIN;
    }
  }
}

function runComb(comb: Comb, input: Float64Array, out: Float64Array, n: number): void {
  const buffer = comb.buffer, size = buffer.length, feedback = comb.feedback, gain = comb.inputGain, damp = comb.damp;
  let index = comb.index, store = comb.store;
  for (let i = 0; i < n; i++) {
    const y = buffer[index]!;
    store = y * (1 - damp) + store * damp;
    buffer[index] = input[i]! * gain + store * feedback;
    out[i] = out[i]! + y;
    index = index + 1 === size ? 0 : index + 1;
  }
  comb.index = index;
  comb.store = store;
}

function runAllpass(allpass: Allpass, buf: Float64Array, n: number): void {
  const buffer = allpass.buffer, size = buffer.length;
  let index = allpass.index;
  for (let i = 0; i < n; i++) {
    const delayed = buffer[index]!;
    const x = buf[i]!;
    buf[i] = delayed - x;
    buffer[index] = x + delayed * 0.5;
    index = index + 1 === size ? 0 : index + 1;
  }
  allpass.index = index;
}

