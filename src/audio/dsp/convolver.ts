/**
 * Convolution reverb: a room send convolved with an impulse response (a sample), by uniformly
 * partitioned FFT convolution (overlap-save, partitions of one block, a frequency-domain delay
 * line). Everything is allocated in the constructor for the longest impulse response,
 * {@link MAX_IMPULSE}; setting an impulse response and running it allocate nothing.
 */
import type { Frames, Hz, Seconds } from './units.ts';

/** The longest impulse response used: a longer sample is cut to this length. */
export const MAX_IMPULSE: Seconds = 4;

/** An in-place radix-2 complex FFT of one size, with its tables computed up front. */
export class Fft {
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;
  private readonly reversed: Uint32Array;

  /** `size` must be a power of two. */
  constructor(readonly size: number) {
    this.cos = new Float64Array(size / 2);
    this.sin = new Float64Array(size / 2);
    for (let k = 0; k < size / 2; k++) {
      this.cos[k] = Math.cos((2 * Math.PI * k) / size);
      this.sin[k] = -Math.sin((2 * Math.PI * k) / size);
    }
    this.reversed = new Uint32Array(size);
    const bits = Math.round(Math.log2(size));
    for (let i = 0; i < size; i++) {
      let r = 0;
      for (let b = 0; b < bits; b++) r |= ((i >> b) & 1) << (bits - 1 - b);
      this.reversed[i] = r;
    }
  }

  /** Transforms `re`/`im` in place (forward: e^(-iωt)); `inverse` also divides by the size. */
  transform(re: Float64Array, im: Float64Array, inverse: boolean): void {
    const n = this.size, reversed = this.reversed, cos = this.cos, sin = this.sin;
    for (let i = 0; i < n; i++) {
      const j = reversed[i]!;
      if (i < j) {
        const tr = re[i]!, ti = im[i]!;
        re[i] = re[j]!; im[i] = im[j]!;
        re[j] = tr; im[j] = ti;
      }
    }
    const sign = inverse ? -1 : 1;
    for (let half = 1; half < n; half <<= 1) {
      const step = n / (2 * half);
      for (let start = 0; start < n; start += 2 * half) {
        for (let k = 0; k < half; k++) {
          const wr = cos[k * step]!, wi = sign * sin[k * step]!;
          const a = start + k, b = a + half;
          const tr = re[b]! * wr - im[b]! * wi, ti = re[b]! * wi + im[b]! * wr;
          re[b] = re[a]! - tr; im[b] = im[a]! - ti;
          re[a] = re[a]! + tr; im[a] = im[a]! + ti;
        }
      }
    }
    if (inverse) for (let i = 0; i < n; i++) { re[i] = re[i]! / n; im[i] = im[i]! / n; }
  }
}

/** A mono-in, stereo-out convolver (see the module's doc). Its output lags its input by one block. */
export class Convolver {
  /** Samples per partition. */
  readonly block: number;
  private readonly bins: number;
  private readonly maxParts: number;
  /** Partitions of the impulse response in use (0: none set). */
  private parts = 0;
  /** False for a mono impulse response: the right channel is the left one, computed once. */
  private stereo = false;
  private readonly fft: Fft;
  // The impulse response's partitions' spectra (bins 0..block), left and right.
  private readonly hRe: Float32Array[];
  private readonly hIm: Float32Array[];
  // The frequency-domain delay line: the last maxParts input spectra, newest at `head`.
  private readonly xRe: Float32Array;
  private readonly xIm: Float32Array;
  private head = 0;
  private readonly previous: Float64Array;
  private readonly input: Float64Array;
  private readonly outL: Float64Array;
  private readonly outR: Float64Array;
  private fill = 0;
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  /** The sample whose impulse response is set (compared by identity), or null. */
  source: object | null = null;

  constructor(private readonly sampleRate: Hz, block: number) {
    this.block = block;
    this.bins = block + 1;
    this.maxParts = Math.ceil((MAX_IMPULSE * sampleRate) / block);
    this.fft = new Fft(2 * block);
    const spectra = () => new Float32Array(this.maxParts * this.bins);
    this.hRe = [spectra(), spectra()];
    this.hIm = [spectra(), spectra()];
    this.xRe = spectra();
    this.xIm = spectra();
    this.previous = new Float64Array(block);
    this.input = new Float64Array(block);
    this.outL = new Float64Array(block);
    this.outR = new Float64Array(block);
    this.re = new Float64Array(2 * block);
    this.im = new Float64Array(2 * block);
  }

  /**
   * Sets the impulse response: `left` (and `right` for a stereo one, else `left` again) at
   * `rate`, played at the engine's rate by linear interpolation and cut to {@link MAX_IMPULSE}.
   * Returns its length in seconds before the cut. Allocates nothing.
   */
  setImpulse(source: object, left: Float32Array, right: Float32Array | undefined, rate: Hz): Seconds {
    this.source = source;
    const step = rate / this.sampleRate;
    const length = Math.floor((left.length - 1) / step) + 1;
    const used = Math.min(length, this.maxParts * this.block);
    this.parts = Math.max(1, Math.ceil(used / this.block));
    this.stereo = right !== undefined;
    const block = this.block, bins = this.bins, re = this.re, im = this.im;
    for (let channel = 0; channel < (this.stereo ? 2 : 1); channel++) {
      const from = channel === 1 && right !== undefined ? right : left;
      const hRe = this.hRe[channel]!, hIm = this.hIm[channel]!;
      for (let p = 0; p < this.parts; p++) {
        re.fill(0);
        im.fill(0);
        for (let k = 0; k < block; k++) {
          const i = p * block + k;
          if (i >= used) break;
          const position = i * step, j = Math.floor(position), t = position - j;
          const a = from[j] ?? 0, b = from[j + 1] ?? 0;
          re[k] = a + (b - a) * t;
        }
        this.fft.transform(re, im, false);
        for (let k = 0; k < bins; k++) {
          hRe[p * bins + k] = re[k]!;
          hIm[p * bins + k] = im[k]!;
        }
      }
    }
    return length / this.sampleRate;
  }

  /** True once an impulse response is set. */
  ready(): boolean {
    return this.parts > 0;
  }

  /** Samples the output can ring after the input stops. */
  tailLength(): Frames {
    return (this.parts + 1) * this.block;
  }

  /** Clears the tail (the impulse response stays). */
  clear(): void {
    this.xRe.fill(0);
    this.xIm.fill(0);
    this.previous.fill(0);
    this.input.fill(0);
    this.outL.fill(0);
    this.outR.fill(0);
    this.fill = 0;
  }

  /** Reads the mono send `input[0, n)` and adds the convolution, one block late, to `outL/outR[0, n)`. */
  process(input: Float64Array, outL: Float64Array, outR: Float64Array, n: number): void {
    const buffer = this.input, bufL = this.outL, bufR = this.outR, block = this.block;
    for (let i = 0; i < n; i++) {
      const f = this.fill;
      outL[i] = outL[i]! + bufL[f]!;
      outR[i] = outR[i]! + bufR[f]!;
      buffer[f] = input[i]!;
      if (f + 1 === block) {
        this.step();
        this.fill = 0;
      } else {
        this.fill = f + 1;
      }
    }
  }

  /** One partition: the newest block's spectrum into the delay line, then each channel's sum of products, back to time. */
  private step(): void {
    const block = this.block, bins = this.bins, re = this.re, im = this.im;
    const previous = this.previous, input = this.input;
    for (let k = 0; k < block; k++) {
      re[k] = previous[k]!;
      re[block + k] = input[k]!;
      previous[k] = input[k]!;
    }
    im.fill(0);
    this.fft.transform(re, im, false);
    this.head = this.head === 0 ? this.maxParts - 1 : this.head - 1;
    const xRe = this.xRe, xIm = this.xIm, at = this.head * bins;
    for (let k = 0; k < bins; k++) {
      xRe[at + k] = re[k]!;
      xIm[at + k] = im[k]!;
    }
    this.accumulate(0, this.outL);
    if (this.stereo) this.accumulate(1, this.outR);
    else this.outR.set(this.outL);
  }

  /** Sums delayed input spectra times the partitions' spectra for `channel`, and writes the last half of its inverse FFT to `out`. */
  private accumulate(channel: number, out: Float64Array): void {
    const block = this.block, bins = this.bins, re = this.re, im = this.im;
    const hRe = this.hRe[channel]!, hIm = this.hIm[channel]!, xRe = this.xRe, xIm = this.xIm;
    re.fill(0, 0, bins);
    im.fill(0, 0, bins);
    let slot = this.head;
    for (let p = 0; p < this.parts; p++) {
      const x = slot * bins, h = p * bins;
      for (let k = 0; k < bins; k++) {
        const ar = xRe[x + k]!, ai = xIm[x + k]!, br = hRe[h + k]!, bi = hIm[h + k]!;
        re[k] = re[k]! + ar * br - ai * bi;
        im[k] = im[k]! + ar * bi + ai * br;
      }
      slot = slot + 1 === this.maxParts ? 0 : slot + 1;
    }
    // The rest of the spectrum of a real signal mirrors this half.
    for (let k = 1; k < block; k++) {
      re[2 * block - k] = re[k]!;
      im[2 * block - k] = -im[k]!;
    }
    this.fft.transform(re, im, true);
    for (let k = 0; k < block; k++) out[k] = re[block + k]!;
  }
}
