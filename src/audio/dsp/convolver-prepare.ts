/**
 * Preparing one partition of an impulse response for a level of the convolution reverb (see
 * convolver-level.ts) in pieces: its samples read at the engine's rate, their spectrum, written
 * into the level's spare slot. Allocates nothing after its constructor.
 */
import type { RealFft } from './fft.ts';
import type { Frames } from './units.ts';

/** Where a convolver keeps the impulse response being prepared: its source samples per engine sample and its length in engine samples. */
export const IMPULSE = { step: 0, length: 1 } as const;

/** The steps of preparing a partition, per channel: load its samples, transform them, split out the spectrum. */
const STEP = { load: 0, forward: 1, split: 2, done: 3 } as const;

/**
 * Prepares partition `part` (of `N` samples from `offset + part × N`) of an impulse response: its
 * spectrum for a convolution of `2N`-sample windows, divided by `2N` for the inverse transform, in
 * units of work (a sample loaded, a butterfly, a bin split) a call.
 */
export class PartitionPreparer {
  /** The response's channels (a mono one's spectrum is written to both channels' slots). */
  left: Float32Array = new Float32Array(0);
  right: Float32Array | undefined = undefined;
  private part = 0;
  private step: number = STEP.done;
  private pos = 0;
  private channel = 0;
  private readonly re: Float64Array;
  private readonly im: Float64Array;

  constructor(private readonly fft: RealFft, private readonly offset: Frames, private readonly impulse: Float64Array) {
    this.re = new Float64Array(fft.points);
    this.im = new Float64Array(fft.points);
  }

  /** Starts on partition `part` of the response `left` (`right`: a stereo one's second channel), or stops if not `wanted`. */
  start(left: Float32Array, right: Float32Array | undefined, part: number, wanted: boolean): void {
    this.left = left;
    this.right = right;
    this.part = part;
    this.step = wanted ? STEP.load : STEP.done;
    this.pos = 0;
    this.channel = 0;
  }

  /** Units left to prepare (0 once the partition is ready, or when none is wanted). */
  remaining(): number {
    if (this.step === STEP.done) return 0;
    const fft = this.fft, perChannel = fft.points + fft.butterflies + 2 * fft.pairs;
    const channels = this.right === undefined ? 1 : 2;
    const before = this.step === STEP.load ? 0 : this.step === STEP.forward ? fft.points : fft.points + fft.butterflies;
    return channels * perChannel - (this.channel * perChannel + before + (this.step === STEP.split ? 2 * this.pos : this.pos));
  }

  /** Up to `budget` units of the preparation, the spectrum written to `hRe/hIm[channel]` from `at`; returns the units done. */
  run(budget: number, hRe: readonly Float32Array[], hIm: readonly Float32Array[], at: number): number {
    const fft = this.fft, n = fft.points;
    let done = 0;
    while (done < budget && this.step !== STEP.done) {
      const room = budget - done;
      let total: number;
      if (this.step === STEP.load) {
        total = n;
        const to = Math.min(n, this.pos + room);
        this.load(this.pos, to);
        done += to - this.pos;
        this.pos = to;
      } else if (this.step === STEP.forward) {
        total = fft.butterflies;
        const to = Math.min(total, this.pos + room);
        fft.butterfly(this.re, this.im, this.pos, to, false);
        done += to - this.pos;
        this.pos = to;
      } else {
        total = fft.pairs;
        const to = Math.min(total, this.pos + ((room + 1) >> 1));
        const last = this.right === undefined ? 1 : this.channel;
        for (let c = this.channel; c <= last; c++) fft.split(this.re, this.im, hRe[c]!, hIm[c]!, at, this.pos, to, true);
        done += 2 * (to - this.pos);
        this.pos = to;
      }
      if (this.pos < total) continue;
      this.pos = 0;
      this.step++;
      if (this.step === STEP.done && this.right !== undefined && this.channel === 0) {
        this.channel = 1;
        this.step = STEP.load;
      }
    }
    return done;
  }

  /**
   * Complex points `[from, to)` of the partition of the channel being prepared (its samples, read
   * `step` source samples apart by linear interpolation, 0 from `length` on and where not finite,
   * then `N` zeros), into bit-reversed places.
   */
  private load(from: number, to: number): void {
    const n = this.fft.points, reversed = this.fft.reversed, re = this.re, im = this.im;
    const source = this.channel === 1 && this.right !== undefined ? this.right : this.left;
    const step = this.impulse[IMPULSE.step]!, length = this.impulse[IMPULSE.length]!;
    const first = this.offset + this.part * n, last = source.length - 1;
    for (let i = from; i < to; i++) {
      const r = reversed[i]!;
      re[r] = 0;
      im[r] = 0;
      for (let k = 0; k < 2; k++) {
        const e = first + 2 * i + k;
        if (i >= n / 2 || e >= length) break;
        // Written out here: a call that takes a fractional number can allocate.
        const position = e * step, j = Math.floor(position), t = position - j;
        // A non-finite sample would silence the reverb for good: it is read as 0.
        const x = j <= last ? source[j]! : 0, y = j + 1 <= last ? source[j + 1]! : 0;
        const a = x - x === 0 ? x : 0, b = y - y === 0 ? y : 0;
        if (k === 0) re[r] = a + (b - a) * t;
        else im[r] = a + (b - a) * t;
      }
    }
  }
}
