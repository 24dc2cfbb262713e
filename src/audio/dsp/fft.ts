/**
 * A real-input FFT in pieces: a transform of `2N` real samples is a complex radix-2 FFT of `N`
 * points (the even samples as real parts, the odd ones as imaginary parts) and a split of its
 * result into the `N + 1` bins of the real signal's spectrum; the inverse merges the bins back
 * and runs the same butterflies. Each step takes a range of its work, so that a caller can spread
 * one large transform over many audio blocks (see convolver-level.ts). Tables are computed in the
 * constructor; the steps allocate nothing.
 */
export class RealFft {
  /** Complex points `N` (a power of two): the real signal has `2N` samples. */
  readonly points: number;
  /** Bins of the real signal's spectrum kept (`N + 1`: the rest mirror them). */
  readonly bins: number;
  /** Butterflies in one complex transform: `N / 2` per stage, `log2 N` stages. */
  readonly butterflies: number;
  /** Steps of {@link split} and {@link merge}: the pairs of bins `k, N - k` for `k` in `[0, N / 2]`. */
  readonly pairs: number;
  /** Where complex point `n` goes before the butterflies (bit reversal). */
  readonly reversed: Uint32Array;
  private readonly stages: number;
  // cos and -sin of πk/N for k in [0, N): the split's twiddles, and (every other one) the butterflies'.
  private readonly cos: Float64Array;
  private readonly sin: Float64Array;

  /** `points` must be a power of two, at least 2. */
  constructor(points: number) {
    this.points = points;
    this.bins = points + 1;
    this.stages = Math.round(Math.log2(points));
    this.butterflies = (points / 2) * this.stages;
    this.pairs = points / 2 + 1;
    this.cos = new Float64Array(points);
    this.sin = new Float64Array(points);
    for (let k = 0; k < points; k++) {
      this.cos[k] = Math.cos((Math.PI * k) / points);
      this.sin[k] = -Math.sin((Math.PI * k) / points);
    }
    this.reversed = new Uint32Array(points);
    for (let i = 0; i < points; i++) {
      let r = 0;
      for (let b = 0; b < this.stages; b++) r |= ((i >> b) & 1) << (this.stages - 1 - b);
      this.reversed[i] = r;
    }
  }

  /**
   * Runs butterflies `[from, to)` (of {@link butterflies}, stage by stage) of the complex transform
   * of `re/im`, loaded in bit-reversed order; `inverse` turns the twiddles the other way (and does
   * not divide by the size).
   */
  butterfly(re: Float64Array, im: Float64Array, from: number, to: number, inverse: boolean): void {
    const halfN = this.points >> 1, logHalf = this.stages - 1, cos = this.cos, sin = this.sin;
    const sign = inverse ? -1 : 1;
    let u = from;
    while (u < to) {
      const stage = u >>> logHalf;
      const b0 = u & (halfN - 1);
      const bEnd = Math.min(halfN, b0 + (to - u));
      const half = 1 << stage, shift = this.stages - stage;
      for (let b = b0; b < bEnd; ) {
        const k0 = b & (half - 1);
        const kEnd = Math.min(half, k0 + (bEnd - b));
        const base = (b >> stage) << (stage + 1);
        for (let k = k0; k < kEnd; k++) {
          const t = k << shift;
          const wr = cos[t]!, wi = sign * sin[t]!;
          const a = base + k, c = a + half;
          const cr = re[c]!, ci = im[c]!;
          const tr = cr * wr - ci * wi, ti = cr * wi + ci * wr;
          const ar = re[a]!, ai = im[a]!;
          re[c] = ar - tr; im[c] = ai - ti;
          re[a] = ar + tr; im[a] = ai + ti;
        }
        b += kEnd - k0;
      }
      u += bEnd - b0;
    }
  }

  /**
   * Pairs `[from, to)` of the split: from the complex transform `re/im` (in natural order, after
   * all butterflies) to bins `k` and `N - k` of the real signal's spectrum, written to
   * `outRe/outIm` from `at`; `normalized`, divided by `2N` (what an inverse transform of a product
   * with it needs).
   */
  split(re: Float64Array, im: Float64Array, outRe: Float32Array | Float64Array, outIm: Float32Array | Float64Array, at: number, from: number, to: number, normalized: boolean): void {
    const n = this.points, cos = this.cos, sin = this.sin;
    const scale = normalized ? 1 / (2 * n) : 1;
    for (let k = from; k < to; k++) {
      if (k === 0) {
        const r = re[0]!, i = im[0]!;
        outRe[at] = (r + i) * scale; outIm[at] = 0;
        outRe[at + n] = (r - i) * scale; outIm[at + n] = 0;
        continue;
      }
      const j = n - k;
      const ar = re[k]!, ai = im[k]!, br = re[j]!, bi = -im[j]!;
      // E = (A + conj B) / 2, O = (A - conj B) / 2i, X[k] = E + W^k O, X[N-k] = conj(E - W^k O).
      const er = 0.5 * (ar + br), ei = 0.5 * (ai + bi);
      const or = 0.5 * (ai - bi), oi = -0.5 * (ar - br);
      const wr = cos[k]!, wi = sin[k]!;
      const pr = wr * or - wi * oi, pi = wr * oi + wi * or;
      outRe[at + k] = (er + pr) * scale; outIm[at + k] = (ei + pi) * scale;
      outRe[at + j] = (er - pr) * scale; outIm[at + j] = -(ei - pi) * scale;
    }
  }

  /**
   * Pairs `[from, to)` of the merge: from bins `k` and `N - k` of a real signal's spectrum
   * (`inRe/inIm` from `at`) to the complex transform `re/im`, written in bit-reversed order for
   * the inverse butterflies. After them, the real signal is `2N` times `re[n], im[n]` (its samples
   * `2n, 2n + 1`).
   */
  merge(inRe: Float64Array, inIm: Float64Array, at: number, re: Float64Array, im: Float64Array, from: number, to: number): void {
    const n = this.points, cos = this.cos, sin = this.sin, reversed = this.reversed;
    for (let k = from; k < to; k++) {
      const j = n - k;
      const xr = inRe[at + k]!, xi = inIm[at + k]!, yr = inRe[at + j]!, yi = -inIm[at + j]!;
      // E = X[k] + conj X[N-k], O = (X[k] - conj X[N-k]) W^-k; Z[k] = E + iO, Z[N-k] = conj E + i conj O.
      const er = xr + yr, ei = xi + yi;
      const dr = xr - yr, di = xi - yi;
      const wr = cos[k]!, wi = -sin[k]!;
      const or = dr * wr - di * wi, oi = dr * wi + di * wr;
      const rk = reversed[k === 0 ? 0 : k]!;
      re[rk] = er - oi; im[rk] = ei + or;
      if (k !== 0 && j !== k) {
        const rj = reversed[j]!;
        re[rj] = er + oi; im[rj] = -ei + or;
      }
    }
  }

  /** The spectrum (bins `0..N`) of the `2N` real samples `x`, in one go, into `outRe/outIm`; `re/im` are `N`-point scratch. */
  forward(x: ArrayLike<number>, re: Float64Array, im: Float64Array, outRe: Float64Array, outIm: Float64Array): void {
    for (let i = 0; i < this.points; i++) {
      const r = this.reversed[i]!;
      re[r] = x[2 * i]!;
      im[r] = x[2 * i + 1]!;
    }
    this.butterfly(re, im, 0, this.butterflies, false);
    this.split(re, im, outRe, outIm, 0, 0, this.pairs, false);
  }

  /** The `2N` real samples of the spectrum `inRe/inIm` (bins `0..N`), in one go, into `out`; `re/im` are `N`-point scratch. */
  inverse(inRe: Float64Array, inIm: Float64Array, re: Float64Array, im: Float64Array, out: Float64Array): void {
    this.merge(inRe, inIm, 0, re, im, 0, this.pairs);
    this.butterfly(re, im, 0, this.butterflies, true);
    const scale = 1 / (2 * this.points);
    for (let i = 0; i < this.points; i++) {
      out[2 * i] = re[i]! * scale;
      out[2 * i + 1] = im[i]! * scale;
    }
  }
}
