/**
 * One level of the convolution reverb (see convolver.ts): the part of the impulse response from
 * `offset` convolved by uniformly partitioned overlap-save FFT convolution with partitions of `N`
 * samples and a frequency-domain delay line, its work on each `N`-sample frame of input spread
 * evenly over the `N / block` blocks it has.
 */
import { IMPULSE, PartitionPreparer } from './convolver-prepare.ts';
import { RealFft } from './fft.ts';
import type { Frames } from './units.ts';

/**
 * The steps of one frame: the products of the older input spectra with the later partitions
 * (they need nothing of this frame), the new input's spectrum and its product with the first
 * partition, then per channel back to time.
 */
const FRAME = { older: 0, load: 1, forward: 2, split: 3, newest: 4, merge: 5, inverse: 6, store: 7, done: 8 } as const;
/** A budget of units no step reaches: the rest of the work (a small integer, so that the numbers stay integers). */
const ALL = 0x3fffffff;

/**
 * A level of partitions of `points` samples for the impulse response's samples
 * `[offset, offset + maxParts × points)`, reading the convolver's input ring and adding to its
 * output `block` samples a tick, `offset + block` samples late.
 *
 * Timing (`B` the block, `N` the partition, `M = N / B` ticks a frame): frame `f` is the input
 * window `[(f - 2)N, fN)`, complete at tick `fM`; its work runs over ticks `fM … fM + M - 1` and
 * gives the level's output `[(f - 1)N, fN)`, heard from tick `(f + 1)M - 1` on when the level
 * starts at `offset = 2N - 2B`: exactly when the work is done.
 *
 * Each frame's steps keep their places whatever partitions are in use (a partition not in use
 * takes its turn doing nothing), the later partitions first and the first one last, so each
 * partition's product with a frame is computed at a known tick.
 *
 * A new impulse response is prepared a partition at a time and partition `p` replaces the old one
 * at the first frame whose input it meets (the `p`-th after the switch): input from the switch
 * on is convolved with the new response exactly, input before it (but for the last two
 * partitions' worth, which may meet either) with the old. Each partition is prepared over the
 * ticks before its turn in that frame, at the rate that finishes it in time.
 */
export class ConvolverLevel {
  /** Partition size `N`. */
  readonly points: number;
  /** Ticks per frame `M`. */
  readonly ticks: number;
  /** Units of frame work done each tick (a frame's most, spread over its ticks). */
  readonly budget: number;
  /** Preparations that were not done in time and were finished at once (none, by construction). */
  late = 0;
  private readonly fft: RealFft;
  private readonly bins: number;
  private readonly inputMask: number;
  /** Where each step starts, in units into the frame (see {@link FRAME}). */
  private readonly newestAt: number;
  // The frame's complex scratch, and the sums of products per channel.
  private readonly re: Float64Array;
  private readonly im: Float64Array;
  private readonly accRe: [Float64Array, Float64Array];
  private readonly accIm: [Float64Array, Float64Array];
  // The delay line of input spectra (frame f at slot `head`, f - p at head + p), and the partitions' spectra by slot.
  private readonly xRe: Float32Array;
  private readonly xIm: Float32Array;
  private head = 0;
  private readonly hRe: [Float32Array, Float32Array];
  private readonly hIm: [Float32Array, Float32Array];
  /** The slot of each partition; `spare` is the slot a new partition is prepared into. */
  private readonly slotOf: Int32Array;
  private spare: number;
  /** The level's output, by time modulo 2N, per channel. */
  private readonly outL: Float64Array;
  private readonly outR: Float64Array;
  // The frame in progress.
  private frame = 0;
  private phase: number = FRAME.done;
  private pos = 0;
  private part = 0;
  private present = false;
  /** Units of real work (the units of partitions not in use are counted for the schedule, not done). */
  private spent = 0;
  private channel = 0;
  private channels = 1;
  private stereo = false;
  /** Frames started with no partition in use (from 2 on, the output is silent and the level rests). */
  private quiet = 2;
  // The impulse response: partitions in use, those of the new one, and how far the switch is.
  /** Partitions in use (the old response's, while switching). */
  private used = 0;
  private target = 0;
  private committed = 0;
  private switching = false;
  private switchFrame = 0;
  private newStereo = false;
  /** Prepares partition `committed` of the new response into the spare slot. */
  private readonly preparer: PartitionPreparer;

  constructor(points: number, readonly offset: Frames, readonly maxParts: number, private readonly block: number, private readonly input: Float64Array, private readonly impulse: Float64Array) {
    this.points = points;
    this.ticks = points / block;
    this.fft = new RealFft(points);
    this.bins = points + 1;
    this.inputMask = input.length - 1;
    const fft = this.fft;
    this.newestAt = 2 * (maxParts - 1) * this.bins + points + fft.butterflies + fft.pairs;
    const most = this.newestAt + 2 * this.bins + 2 * (fft.pairs + fft.butterflies + points / 2);
    this.budget = Math.ceil(most / this.ticks);
    this.re = new Float64Array(points);
    this.im = new Float64Array(points);
    this.accRe = [new Float64Array(this.bins), new Float64Array(this.bins)];
    this.accIm = [new Float64Array(this.bins), new Float64Array(this.bins)];
    this.xRe = new Float32Array(maxParts * this.bins);
    this.xIm = new Float32Array(maxParts * this.bins);
    const spectra = (): Float32Array => new Float32Array((maxParts + 1) * this.bins);
    this.hRe = [spectra(), spectra()];
    this.hIm = [spectra(), spectra()];
    this.slotOf = Int32Array.from({ length: maxParts }, (_, p) => p);
    this.spare = maxParts;
    this.outL = new Float64Array(2 * points);
    this.outR = new Float64Array(2 * points);
    this.preparer = new PartitionPreparer(this.fft, offset, impulse);
  }

  /**
   * Switches to the impulse response `left` (`right`: a stereo one's second channel) whose
   * length and step are in the convolver's `impulse` numbers, for input from sample `position` on.
   */
  setImpulse(left: Float32Array, right: Float32Array | undefined, position: Frames): void {
    const length = this.impulse[IMPULSE.length]!;
    // A switch during a switch: what the last one put in place stays for the input before this one.
    this.used = Math.max(this.used, this.committed);
    this.target = Math.max(0, Math.min(this.maxParts, Math.ceil((length - this.offset) / this.points)));
    this.newStereo = right !== undefined;
    this.stereo = (this.used > 0 && this.stereo) || this.newStereo;
    this.switchFrame = Math.floor(position / this.points) + 1;
    this.committed = 0;
    this.switching = this.target > 0 || this.used > 0;
    this.preparer.start(left, right, 0, this.target > 0);
  }

  /** The samples the level can ring after its input stops (0 while it rests). */
  tail(): Frames {
    const parts = Math.max(this.used, this.switching ? this.target : 0);
    return parts === 0 && this.quiet >= 2 ? 0 : this.offset + (parts + 3) * this.points + this.block;
  }

  /** Silences the level (its input spectra and output; the impulse response stays). */
  clear(): void {
    this.xRe.fill(0);
    this.xIm.fill(0);
    this.outL.fill(0);
    this.outR.fill(0);
    for (let c = 0; c < 2; c++) {
      this.accRe[c]!.fill(0);
      this.accIm[c]!.fill(0);
    }
    this.phase = FRAME.done;
  }

  /** Tick `t`'s preparation (before {@link work}): returns the units done. */
  prepare(t: number): number {
    const preparer = this.preparer;
    if (preparer.remaining() === 0) return 0;
    const p = this.committed;
    const turn = p === 0 ? this.newestAt : 2 * (this.maxParts - 1 - p) * this.bins;
    const due = (this.switchFrame + p) * this.ticks + Math.floor(turn / this.budget);
    return this.prepareInto(Math.ceil(preparer.remaining() / Math.max(1, due - t + 1)) | 0);
  }

  /** Tick `t`'s share of frame work: starts frame `t / M` on its first tick, finishes it on its last. Returns the units done. */
  work(t: number): number {
    const m = this.ticks;
    const spent = this.spent;
    if (t % m === 0) {
      if (this.phase !== FRAME.done) this.frameUnits(ALL);
      this.startFrame(t / m);
    }
    if (this.phase !== FRAME.done) this.frameUnits(t % m === m - 1 ? ALL : this.budget);
    return this.spent - spent;
  }

  /** Adds the level's output for tick `t` (the `block` samples heard after it) to `outL/outR`. */
  read(t: number, outL: Float64Array, outR: Float64Array): void {
    if (this.quiet >= 2) return;
    const size = 2 * this.points;
    const at = ((((t - 1) * this.block - this.offset) % size) + size) % size;
    const ringL = this.outL, ringR = this.outR;
    for (let i = 0; i < this.block; i++) {
      outL[i] = outL[i]! + ringL[at + i]!;
      outR[i] = outR[i]! + ringR[at + i]!;
    }
  }

  /** Starts frame `frame`, unless the level rests (two frames after its last partition left). */
  private startFrame(frame: number): void {
    if (this.switching && frame >= this.switchFrame + Math.max(this.used, this.target) && this.committed === this.target) {
      this.used = this.target;
      this.switching = false;
      this.stereo = this.newStereo;
    }
    if (this.used === 0 && !this.switching) {
      if (this.quiet >= 2) return;
      this.quiet++;
    } else {
      this.quiet = 0;
    }
    this.frame = frame;
    this.head = this.head === 0 ? this.maxParts - 1 : this.head - 1;
    this.channels = this.stereo ? 2 : 1;
    this.phase = FRAME.older;
    this.part = this.maxParts - 1;
    this.channel = 0;
    this.pos = 0;
  }

  /** Does up to `budget` units of the frame's work, step after step; returns the units done. */
  private frameUnits(budget: number): number {
    const fft = this.fft, n = this.points;
    let done = 0;
    while (done < budget && this.phase !== FRAME.done) {
      const room = budget - done;
      switch (this.phase) {
        case FRAME.older:
        case FRAME.newest:
          done += this.multiply(room, this.phase === FRAME.older ? 1 : 0);
          break;
        case FRAME.load: {
          const to = Math.min(n, this.pos + room);
          this.load(this.pos, to);
          done += to - this.pos;
          this.advance(to, n);
          break;
        }
        case FRAME.forward:
        case FRAME.inverse: {
          const to = Math.min(fft.butterflies, this.pos + room);
          fft.butterfly(this.re, this.im, this.pos, to, this.phase === FRAME.inverse);
          done += to - this.pos;
          this.advance(to, fft.butterflies);
          break;
        }
        case FRAME.split: {
          const to = Math.min(fft.pairs, this.pos + room);
          fft.split(this.re, this.im, this.xRe, this.xIm, this.head * this.bins, this.pos, to, false);
          done += to - this.pos;
          this.advance(to, fft.pairs);
          break;
        }
        case FRAME.merge: {
          const to = Math.min(fft.pairs, this.pos + room);
          const accRe = this.accRe[this.channel]!, accIm = this.accIm[this.channel]!;
          fft.merge(accRe, accIm, 0, this.re, this.im, this.pos, to);
          // The sums are read: empty for the next frame.
          accRe.fill(0, this.pos, to);
          accIm.fill(0, this.pos, to);
          accRe.fill(0, n - to + 1, n - this.pos + 1);
          accIm.fill(0, n - to + 1, n - this.pos + 1);
          done += to - this.pos;
          this.advance(to, fft.pairs);
          break;
        }
        case FRAME.store: {
          const to = Math.min(n / 2, this.pos + room);
          this.store(this.pos, to);
          done += to - this.pos;
          this.spent += to - this.pos;
          if (to === n / 2) {
            this.channel++;
            this.phase = this.channel < this.channels ? FRAME.merge : FRAME.done;
            this.pos = 0;
          } else {
            this.pos = to;
          }
          break;
        }
      }
    }
    return done;
  }

  /** Moves to `to` in a step of `total` units (all real work); on to the next step when it is done. */
  private advance(to: number, total: number): void {
    this.spent += to - this.pos;
    if (to < total) {
      this.pos = to;
      return;
    }
    this.phase++;
    this.pos = 0;
  }

  /** Complex points `[from, to)` of frame f's window `[(f - 2)N, fN)`, into bit-reversed places. */
  private load(from: number, to: number): void {
    const input = this.input, mask = this.inputMask, reversed = this.fft.reversed, re = this.re, im = this.im;
    const size = input.length;
    const base = ((((this.frame - 2) * this.points) % size) + size) % size;
    for (let i = from; i < to; i++) {
      const r = reversed[i]!;
      re[r] = input[(base + 2 * i) & mask]!;
      im[r] = input[(base + 2 * i + 1) & mask]!;
    }
  }

  /**
   * Up to `room` units of multiply-accumulate, partitions from {@link part} down to `last` (a
   * unit: one bin of one partition for both channels, whether it is in use or not); returns the units.
   */
  private multiply(room: number, last: number): number {
    const bins = this.bins, channels = this.channels;
    let done = 0;
    while (done < room) {
      if (this.part < last) {
        this.phase++;
        this.pos = 0;
        return done;
      }
      if (this.pos === 0) this.present = this.enterPart(this.part);
      const from = this.pos, to = Math.min(bins, from + (((room - done) + 1) >> 1));
      if (this.present) {
        const x = ((this.head + this.part) % this.maxParts) * bins, h = this.slotOf[this.part]! * bins;
        const xRe = this.xRe, xIm = this.xIm;
        for (let c = 0; c < channels; c++) {
          const accRe = this.accRe[c]!, accIm = this.accIm[c]!, hRe = this.hRe[c]!, hIm = this.hIm[c]!;
          for (let k = from; k < to; k++) {
            const ar = xRe[x + k]!, ai = xIm[x + k]!, br = hRe[h + k]!, bi = hIm[h + k]!;
            accRe[k] = accRe[k]! + ar * br - ai * bi;
            accIm[k] = accIm[k]! + ar * bi + ai * br;
          }
        }
        this.spent += (to - from) * channels;
      }
      done += 2 * (to - from);
      if (to === bins) {
        this.pos = 0;
        this.part--;
      } else {
        this.pos = to;
      }
    }
    return done;
  }

  /**
   * Whether partition `p` is in this frame's sum: the old response's while the input it meets is
   * from before the switch; from the frame where it meets the switch's input on, the new
   * response's (which takes its place then: prepared at once if it is late), or none past its end.
   */
  private enterPart(p: number): boolean {
    if (!this.switching || this.frame < this.switchFrame + p) return p < this.used;
    if (p < this.committed) return true;
    if (p > this.committed || p >= this.target) return false;
    if (this.preparer.remaining() > 0) {
      this.late++;
      this.spent += this.prepareInto(ALL);
    }
    const slot = this.slotOf[p]!;
    this.slotOf[p] = this.spare;
    this.spare = slot;
    this.committed++;
    this.preparer.start(this.preparer.left, this.preparer.right, this.committed, this.committed < this.target);
    return true;
  }

  /** Up to `budget` units of preparing into the spare slot; returns the units done. */
  private prepareInto(budget: number): number {
    return this.preparer.run(budget, this.hRe, this.hIm, this.spare * this.bins);
  }

  /** Samples `[from, to)` of the second half of channel `channel`'s inverse transform into the output ring. */
  private store(from: number, to: number): void {
    const n = this.points, re = this.re, im = this.im;
    const mask = 2 * n - 1, base = (this.frame & 1) * n;
    const mono = this.channels === 1;
    const ring = this.channel === 0 ? this.outL : this.outR;
    for (let j = from + n / 2; j < to + n / 2; j++) {
      const at = (base + 2 * j) & mask;
      ring[at] = re[j]!;
      ring[at + 1] = im[j]!;
    }
    if (mono) {
      for (let j = from + n / 2; j < to + n / 2; j++) {
        const at = (base + 2 * j) & mask;
        this.outR[at] = re[j]!;
        this.outR[at + 1] = im[j]!;
      }
    }
  }
}
