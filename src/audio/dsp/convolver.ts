/**
 * Convolution reverb: a room send convolved with an impulse response (a sample), by non-uniformly
 * partitioned FFT convolution (after Gardner 1995 and Garcia 2002). The head of the response is
 * convolved in partitions of one block, every block; each later stretch in partitions eight times
 * longer than the one before (128, 1024, 8192 … samples), each such level of partitions a
 * frequency-domain delay line whose work on a frame is spread over the frame's blocks (see
 * convolver-level.ts), so that every block does about the same work. A level of partitions of `N`
 * starts at `2N - 2B` samples into the response (`B` the block): its output is needed exactly when
 * its spread work is done, so the sum is the exact convolution, one block late.
 *
 * Everything is allocated in the constructor for the longest impulse response, {@link MAX_IMPULSE};
 * setting an impulse response and running it allocate nothing.
 */
import { ConvolverLevel } from './convolver-level.ts';
import { IMPULSE } from './convolver-prepare.ts';
import type { Frames, Hz, Seconds } from './units.ts';

/** The longest impulse response used: a longer sample is cut to this length. */
export const MAX_IMPULSE: Seconds = 4;

/** How much longer each level's partitions are than the level before's. */
const GROWTH = 8;
/** Partitions of each level but the last: with partitions growing `GROWTH` times, this makes level `l + 1` start where level `l` ends. */
const PARTS_PER_LEVEL = 2 * (GROWTH - 1);
/** The shortest partition (and the latency, for blocks shorter than it). */
const MIN_BLOCK = 16;

/** A level's place in the impulse response: `parts` partitions of `points` samples from sample `offset`. */
export interface LevelPlan {
  points: number;
  offset: Frames;
  parts: number;
}

/**
 * The levels that cover `length` samples from partitions of `block` (a power of two), with the
 * fewest units of work a sample: more levels while one more makes the work smaller.
 */
export function planLevels(length: Frames, block: number): LevelPlan[] {
  const cost = (plan: LevelPlan[]): number => {
    let units = 0;
    for (const { points, parts } of plan) {
      const butterflies = (points / 2) * Math.log2(points);
      units += (points + butterflies + points / 2 + 2 * (parts * (points + 1) + points + butterflies)) / points;
    }
    return units;
  };
  let best: LevelPlan[] = [{ points: block, offset: 0, parts: Math.max(1, Math.ceil(length / block)) }];
  for (let levels = 2; ; levels++) {
    const plan: LevelPlan[] = [];
    let points = block;
    for (let l = 0; l < levels - 1; l++, points *= GROWTH) plan.push({ points, offset: 2 * points - 2 * block, parts: PARTS_PER_LEVEL });
    const offset = 2 * points - 2 * block;
    if (offset >= length) return best;
    plan.push({ points, offset, parts: Math.ceil((length - offset) / points) });
    if (cost(plan) >= cost(best)) return best;
    best = plan;
  }
}

/**
 * A mono-in, stereo-out convolver (see the module's doc). Its output lags its input by
 * {@link block} samples: the engine's block, rounded up to a power of two (at least 16).
 *
 * A new impulse response takes over without a pause and without a glitch: each partition is
 * prepared (resampled and transformed) in the blocks before the first one that needs it, a bounded
 * amount of work a block, and replaces the old response's partition when the input sent after the
 * switch reaches it. So what is sent from the switch on is heard through the new response,
 * exactly, from its first sample (the first event that names a response is heard through all of
 * it); what was sent before rings on through the old one, but for what was sent just before the
 * switch (within two of the partitions it meets: 2 × 8192 samples at 48 kHz), which may ring through either.
 */
export class Convolver {
  /** Samples per tick: the shortest partition and the output's lag. */
  readonly block: number;
  /**
   * The most convolution work a block does, in units (see {@link lastWork}): each level's share.
   * Preparing a new impulse response adds less than half as much again to a block.
   */
  readonly workPerBlock: number;
  /** Units of work (a butterfly, a complex product, a sample loaded or stored) done in the last block. */
  lastWork = 0;
  /** The most units of work a block has done since {@link resetWork}. */
  mostWork = 0;
  /** Of {@link lastWork}, the units of preparing impulse responses. */
  lastPreparation = 0;
  /** The most units of preparation a block has done since {@link resetWork}. */
  mostPreparation = 0;
  private readonly levels: ConvolverLevel[];
  /** The longest response used, in samples. */
  private readonly longest: Frames;
  /** The input, by sample modulo its length; `position` counts samples taken. */
  private readonly input: Float64Array;
  private position = 0;
  private ticks = 0;
  /** The impulse response being set: see {@link IMPULSE}. */
  private readonly impulse = new Float64Array(2);
  private readonly outL: Float64Array;
  private readonly outR: Float64Array;
  private fill = 0;
  /** Samples since the input was last non-zero (the state is all zeros once past the tail). */
  private silent = 0;
  /** The sample whose impulse response is set (compared by identity), or null. */
  source: object | null = null;

  constructor(private readonly sampleRate: Hz, block: number) {
    this.block = Math.max(MIN_BLOCK, 2 ** Math.ceil(Math.log2(Math.max(1, block))));
    this.longest = Math.ceil(MAX_IMPULSE * sampleRate);
    const plan = planLevels(this.longest, this.block);
    const top = plan[plan.length - 1]!.points;
    this.input = new Float64Array(4 * top);
    this.levels = plan.map((level) => new ConvolverLevel(level.points, level.offset, level.parts, this.block, this.input, this.impulse));
    this.workPerBlock = this.levels.reduce((sum, level) => sum + level.budget, 0);
    this.outL = new Float64Array(this.block);
    this.outR = new Float64Array(this.block);
  }

  /**
   * Sets the impulse response: `left` (and `right` for a stereo one) at `rate`, played at the
   * engine's rate by linear interpolation and cut to {@link MAX_IMPULSE}; it takes over as the
   * class's doc says. Returns its length in seconds before the cut. Allocates nothing and does no
   * more than note it: the work is done in the blocks that follow.
   */
  setImpulse(source: object, left: Float32Array, right: Float32Array | undefined, rate: Hz): Seconds {
    this.source = source;
    const step = rate / this.sampleRate;
    const length = left.length === 0 ? 0 : Math.floor((left.length - 1) / step) + 1;
    this.impulse[IMPULSE.step] = step;
    this.impulse[IMPULSE.length] = Math.min(length, this.longest);
    for (let l = 0; l < this.levels.length; l++) this.levels[l]!.setImpulse(left, right, this.position);
    return length / this.sampleRate;
  }

  /** Samples the output can ring after the input stops (after which its state is all zeros). */
  tailLength(): Frames {
    let tail = this.block;
    for (let l = 0; l < this.levels.length; l++) tail = Math.max(tail, this.levels[l]!.tail());
    return tail;
  }

  /** Clears the tail (the impulse response stays); nothing to do once the input has been silent past it. */
  clear(): void {
    if (this.silent > this.tailLength()) return;
    this.input.fill(0);
    this.outL.fill(0);
    this.outR.fill(0);
    for (let l = 0; l < this.levels.length; l++) this.levels[l]!.clear();
  }

  /** Preparations that were finished at once because they were not done in time (none, by construction). */
  latePreparations(): number {
    let late = 0;
    for (let l = 0; l < this.levels.length; l++) late += this.levels[l]!.late;
    return late;
  }

  /** Resets {@link mostWork} and {@link mostPreparation}. */
  resetWork(): void {
    this.mostWork = 0;
    this.mostPreparation = 0;
  }

  /** Reads the mono send `input[0, n)` and adds the convolution, one block late, to `outL/outR[0, n)`. */
  process(input: Float64Array, outL: Float64Array, outR: Float64Array, n: number): void {
    const ring = this.input, mask = ring.length - 1, bufL = this.outL, bufR = this.outR, block = this.block;
    for (let i = 0; i < n; i++) {
      const f = this.fill;
      outL[i] = outL[i]! + bufL[f]!;
      outR[i] = outR[i]! + bufR[f]!;
      const x = input[i]!;
      ring[this.position & mask] = x;
      this.position++;
      this.silent = x === 0 ? this.silent + 1 : 0;
      if (f + 1 === block) {
        this.tick();
        this.fill = 0;
      } else {
        this.fill = f + 1;
      }
    }
  }

  /** One block of input is in: each level's preparation and share of work, then the next block's output. */
  private tick(): void {
    const t = ++this.ticks, levels = this.levels;
    let preparation = 0, work = 0;
    for (let l = 0; l < levels.length; l++) preparation += levels[l]!.prepare(t);
    for (let l = 0; l < levels.length; l++) work += levels[l]!.work(t);
    this.outL.fill(0);
    this.outR.fill(0);
    for (let l = 0; l < levels.length; l++) levels[l]!.read(t, this.outL, this.outR);
    this.lastPreparation = preparation;
    this.lastWork = preparation + work;
    if (preparation > this.mostPreparation) this.mostPreparation = preparation;
    if (this.lastWork > this.mostWork) this.mostWork = this.lastWork;
  }
}
