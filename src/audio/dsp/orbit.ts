import { StereoDelay } from './delay.ts';
import { Reverb } from './reverb.ts';
import type { Hz } from './units.ts';
import { V } from './voice-record.ts';
import type { MixBuses, OrbitSends } from './voice.ts';

/** How far (120 dB) tails must have decayed before an orbit stops computing them. */
const TAIL_DECAY = 1e-6;

/**
 * An orbit: a group of voices sharing one delay and one reverb. Voices add their dry sound to its
 * dry bus and their sends to its sends; once a block, it runs the effects and adds them and the
 * dry sound to the master bus, turned down while another orbit's event ducks it.
 */
export class Orbit implements OrbitSends, MixBuses {
  readonly dryL: Float64Array;
  readonly dryR: Float64Array;
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
  /** Ducking: the gain now, the gain a duck started from, its floor and ramps (samples), and samples since it started (-1: none). */
  private duckGain = 1;
  private duckFrom = 1;
  private duckFloor = 1;
  private duckOnset = 0;
  private duckAttack = 0;
  private duckPos = -1;
  /** Where in the next block a duck starts (-1: none), and its settings. */
  private duckAt = -1;
  private nextFloor = 1;
  private nextOnset = 0;
  private nextAttack = 0;

  constructor(private readonly sampleRate: Hz, blockSize: number) {
    this.dryL = new Float64Array(blockSize);
    this.dryR = new Float64Array(blockSize);
    this.delayL = new Float64Array(blockSize);
    this.delayR = new Float64Array(blockSize);
    this.room = new Float64Array(blockSize);
    this.wetL = new Float64Array(blockSize);
    this.wetR = new Float64Array(blockSize);
    this.delay = new StereoDelay(sampleRate);
    this.reverb = new Reverb(sampleRate);
  }

  /**
   * Applies the effect settings of the voice record at `record[at]`: its `size`, `roomLp`,
   * `roomDim`, `roomFade`, `delayTime` and `delayFeedback` (NaN ones are left as they are).
   */
  configure(record: Float64Array, at: number): void {
    this.reverb.setSizeFrom(record, at + V.size);
    this.reverb.setToneFrom(record, at + V.roomLp, at + V.roomDim, at + V.roomFade);
    this.delay.setFrom(record, at + V.delayTime, at + V.delayFeedback);
  }

  /**
   * Ducks the orbit from sample `offset` of the next block, as the record at `record[at]` asks
   * (it has this orbit in its `duckOrbits`): down by `duckDepth` over `duckOnset` seconds, then
   * back up over `duckAttack` seconds. A later duck in the same block wins.
   */
  duck(offset: number, record: Float64Array, at: number): void {
    this.duckAt = offset;
    this.nextFloor = 1 - record[at + V.duckDepth]!;
    this.nextOnset = Math.round(record[at + V.duckOnset]! * this.sampleRate);
    this.nextAttack = Math.round(record[at + V.duckAttack]! * this.sampleRate);
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
    const finite = this.busy() ? this.processEffects(n, scratch) : true;
    const dryL = this.dryL, dryR = this.dryR;
    if (this.duckPos >= 0 || this.duckAt >= 0) this.applyDuck(n);
    for (let i = 0; i < n; i++) {
      outL[i] = outL[i]! + dryL[i]!;
      outR[i] = outR[i]! + dryR[i]!;
    }
    dryL.fill(0, 0, n);
    dryR.fill(0, 0, n);
    return finite;
  }

  /** Multiplies the dry bus (with the effects in it) by the ducking gain, sample by sample. */
  private applyDuck(n: number): void {
    const dryL = this.dryL, dryR = this.dryR;
    let gain = this.duckGain, pos = this.duckPos;
    for (let i = 0; i < n; i++) {
      if (i === this.duckAt) {
        this.duckFrom = gain;
        this.duckFloor = this.nextFloor;
        this.duckOnset = this.nextOnset;
        this.duckAttack = this.nextAttack;
        pos = 0;
      }
      if (pos >= 0) {
        const onset = this.duckOnset, floor = this.duckFloor;
        if (pos < onset) gain = this.duckFrom + ((floor - this.duckFrom) * pos) / onset;
        else if (pos < onset + this.duckAttack) gain = floor + ((1 - floor) * (pos - onset)) / this.duckAttack;
        else {
          gain = 1;
          pos = -2;
        }
        pos++;
      }
      dryL[i] = dryL[i]! * gain;
      dryR[i] = dryR[i]! * gain;
    }
    this.duckGain = gain;
    this.duckPos = pos;
    this.duckAt = -1;
  }

  /** Runs the delay and reverb over `[0, n)` into the dry bus; false (after clearing them) if they produced a non-finite sample. */
  private processEffects(n: number, scratch: Float64Array): boolean {
    const outL = this.dryL, outR = this.dryR;
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
