import { StereoDelay } from './delay.ts';
import { Reverb } from './reverb.ts';
import type { Hz } from './units.ts';
import { V } from './voice-record.ts';
import type { OrbitSends } from './voice.ts';

/** How far (120 dB) tails must have decayed before an orbit stops computing them. */
const TAIL_DECAY = 1e-6;

/**
 * An orbit: a group of voices sharing one delay and one reverb. Voices add to its sends; once a
 * block, it runs the effects and adds their output to the master bus.
 */
export class Orbit implements OrbitSends {
  readonly delayL: Float64Array;
  readonly delayR: Float64Array;
  readonly room: Float64Array;
  fed = false;
  private readonly delay: StereoDelay;
  private readonly reverb: Reverb;
  /** Samples since a voice last sent to this orbit, and how long its tails can last. */
  private sinceFed = Infinity;
  private tail = 0;
  private readonly wetL: Float64Array;
  private readonly wetR: Float64Array;

  constructor(private readonly sampleRate: Hz, blockSize: number) {
    this.delayL = new Float64Array(blockSize);
    this.delayR = new Float64Array(blockSize);
    this.room = new Float64Array(blockSize);
    this.wetL = new Float64Array(blockSize);
    this.wetR = new Float64Array(blockSize);
    this.delay = new StereoDelay(sampleRate);
    this.reverb = new Reverb(sampleRate);
  }

  /**
   * Applies the effect settings of the voice record at `record[at]`: its `size`, `delayTime` and
   * `delayFeedback` (NaN ones are left as they are).
   */
  configure(record: Float64Array, at: number): void {
    this.reverb.setSizeFrom(record, at + V.size);
    this.delay.setFrom(record, at + V.delayTime, at + V.delayFeedback);
  }

  /** True while the orbit has tails to compute. */
  busy(): boolean {
    return this.fed || this.sinceFed <= this.tail;
  }

  /** The longest the current settings can ring after the last send, in samples. */
  private tailLength(): number {
    const feedback = this.delay.feedbackAmount();
    const echoes = feedback <= 0 ? 1 : Math.ceil(Math.log(TAIL_DECAY) / Math.log(feedback)) + 1;
    const glide = this.sampleRate / 2; // the delay time settles on a new target within this
    return Math.max(echoes * this.delay.targetTime() + glide, this.reverb.tailLength(TAIL_DECAY));
  }

  /**
   * Runs the effects over `[0, n)`, adds them to `outL/outR`, and clears the sends.
   * Returns false (after clearing the effects) if they produced a non-finite sample.
   */
  process(outL: Float64Array, outR: Float64Array, n: number, scratch: Float64Array): boolean {
    if (!this.busy()) return true;
    const wetL = this.wetL, wetR = this.wetR;
    wetL.fill(0, 0, n);
    wetR.fill(0, 0, n);
    this.delay.process(this.delayL, this.delayR, wetL, wetR, n);
    this.reverb.process(this.room, wetL, wetR, n, scratch);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += wetL[i]! + wetR[i]!;
    this.clearSends(n);
    if (sum - sum !== 0) {
      this.delay.clear();
      this.reverb.clear();
      this.fed = false;
      this.sinceFed = Infinity;
      return false;
    }
    for (let i = 0; i < n; i++) {
      outL[i] = outL[i]! + wetL[i]!;
      outR[i] = outR[i]! + wetR[i]!;
    }
    if (this.fed) {
      this.fed = false;
      this.sinceFed = 0;
      this.tail = this.tailLength();
    } else {
      this.sinceFed += n;
      if (this.sinceFed > this.tail) {
        this.delay.clear();
        this.reverb.clear();
      }
    }
    return true;
  }

  private clearSends(n: number): void {
    this.delayL.fill(0, 0, n);
    this.delayR.fill(0, 0, n);
    this.room.fill(0, 0, n);
  }
}
