import { Convolver } from './convolver.ts';
import { StereoDelay } from './delay.ts';
import { Reverb } from './reverb.ts';
import type { SampleEntry } from './sample-bank.ts';
import type { Hz, Seconds } from './units.ts';
import { V } from './voice-record.ts';
import type { MixBuses, OrbitSends } from './voice.ts';

/**
 * Where an orbit keeps its ducking numbers: the gain now, the gain the current duck started
 * from, its floor, onset and attack (samples), samples since it started (-1: none), where in the
 * next block a new duck starts (-1: none), and that duck's floor, onset and attack.
 */
const DUCK = { gain: 0, from: 1, floor: 2, onset: 3, attack: 4, pos: 5, at: 6, nextFloor: 7, nextOnset: 8, nextAttack: 9 } as const;

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
  readonly dryMid: Float64Array;
  midFed = false;
  private readonly delay: StereoDelay;
  private readonly reverb: Reverb;
  /** The convolution reverb, made when an event first names an impulse response here; on while `impulse` is. */
  private convolver: Convolver | null = null;
  private impulse = false;
  /** Samples since a voice last sent to this orbit, and how long its tails can last. */
  private sinceFed = Infinity;
  private tail = 0;
  private readonly wetL: Float64Array;
  private readonly wetR: Float64Array;
  /**
   * Ducking, in numbers (a typed array: storing a fractional number in an object's field can
   * allocate): see {@link DUCK}.
   */
  private readonly ducking = Float64Array.of(1, 1, 1, 0, 0, -1, -1, 1, 0, 0);

  constructor(private readonly sampleRate: Hz, private readonly blockSize: number) {
    this.dryL = new Float64Array(blockSize);
    this.dryR = new Float64Array(blockSize);
    this.delayL = new Float64Array(blockSize);
    this.delayR = new Float64Array(blockSize);
    this.room = new Float64Array(blockSize);
    this.dryMid = new Float64Array(blockSize);
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
    const d = this.ducking;
    d[DUCK.at] = offset;
    d[DUCK.nextFloor] = 1 - record[at + V.duckDepth]!;
    d[DUCK.nextOnset] = Math.round(record[at + V.duckOnset]! * this.sampleRate);
    d[DUCK.nextAttack] = Math.round(record[at + V.duckAttack]! * this.sampleRate);
  }

  /** Makes the orbit's convolution reverb (once: it holds {@link MAX_IMPULSE} seconds of spectra), before an event that names an impulse response plays. */
  useConvolver(): void {
    if (this.convolver === null) this.convolver = new Convolver(this.sampleRate, this.blockSize);
  }

  /**
   * Chooses the orbit's reverb, as an event that sends to it asks: a convolution with the loaded
   * sample `entry` (`ir`; a new one takes over over the next blocks, as {@link Convolver} says), or
   * the algorithmic reverb for none. Returns the sample's length in seconds when it is newly set
   * (longer than `MAX_IMPULSE` means it was cut), else 0.
   */
  selectImpulse(entry: SampleEntry | undefined): Seconds {
    const convolver = this.convolver;
    if (entry === undefined || convolver === null) {
      this.impulse = false;
      return 0;
    }
    this.impulse = true;
    if (convolver.source === entry) return 0;
    return convolver.setImpulse(entry, entry.left, entry.right, entry.sampleRate);
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
    const reverb = this.impulse && this.convolver !== null ? this.convolver.tailLength() : this.reverb.tailLength(TAIL_DECAY);
    return Math.max(echoes * this.delay.targetTime() + glide, reverb);
  }

  /**
   * Runs the effects over `[0, n)`, adds them to `outL/outR`, and clears the sends.
   * Returns false (after clearing the effects) if they produced a non-finite sample.
   */
  process(outL: Float64Array, outR: Float64Array, n: number, scratch: Float64Array): boolean {
    if (this.midFed) this.foldMid(n);
    const finite = this.busy() ? this.processEffects(n, scratch) : true;
    const dryL = this.dryL, dryR = this.dryR;
    if (this.ducking[DUCK.pos]! >= 0 || this.ducking[DUCK.at]! >= 0) this.applyDuck(n);
    for (let i = 0; i < n; i++) {
      outL[i] = outL[i]! + dryL[i]!;
      outR[i] = outR[i]! + dryR[i]!;
    }
    dryL.fill(0, 0, n);
    dryR.fill(0, 0, n);
    return finite;
  }

  /** Adds the centred voices' bus to both sides of the dry bus, and clears it. */
  private foldMid(n: number): void {
    const dryL = this.dryL, dryR = this.dryR, mid = this.dryMid;
    for (let i = 0; i < n; i++) {
      const m = mid[i]!;
      dryL[i] = dryL[i]! + m;
      dryR[i] = dryR[i]! + m;
    }
    mid.fill(0, 0, n);
    this.midFed = false;
  }

  /** Multiplies the dry bus (with the effects in it) by the ducking gain, sample by sample. */
  private applyDuck(n: number): void {
    const dryL = this.dryL, dryR = this.dryR, d = this.ducking;
    const start = d[DUCK.at]!;
    let gain = d[DUCK.gain]!, pos = d[DUCK.pos]!;
    for (let i = 0; i < n; i++) {
      if (i === start) {
        d[DUCK.from] = gain;
        d[DUCK.floor] = d[DUCK.nextFloor]!;
        d[DUCK.onset] = d[DUCK.nextOnset]!;
        d[DUCK.attack] = d[DUCK.nextAttack]!;
        pos = 0;
      }
      if (pos >= 0) {
        const onset = d[DUCK.onset]!, attack = d[DUCK.attack]!, floor = d[DUCK.floor]!, from = d[DUCK.from]!;
        if (pos < onset) gain = from + ((floor - from) * pos) / onset;
        else if (pos < onset + attack) gain = floor + ((1 - floor) * (pos - onset)) / attack;
        else {
          gain = 1;
          pos = -2;
        }
        pos++;
      }
      dryL[i] = dryL[i]! * gain;
      dryR[i] = dryR[i]! * gain;
    }
    d[DUCK.gain] = gain;
    d[DUCK.pos] = pos;
    d[DUCK.at] = -1;
  }

  /** Runs the delay and reverb over `[0, n)` into the dry bus; false (after clearing them) if they produced a non-finite sample. */
  private processEffects(n: number, scratch: Float64Array): boolean {
    const outL = this.dryL, outR = this.dryR;
    const wetL = this.wetL, wetR = this.wetR;
    wetL.fill(0, 0, n);
    wetR.fill(0, 0, n);
    this.delay.process(this.delayL, this.delayR, wetL, wetR, n);
    if (this.impulse && this.convolver !== null) this.convolver.process(this.room, wetL, wetR, n);
    else this.reverb.process(this.room, wetL, wetR, n, scratch);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += wetL[i]! + wetR[i]!;
    this.clearSends(n);
    if (sum - sum !== 0) {
      this.delay.clear();
      this.reverb.clear();
      this.convolver?.clear();
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
        this.convolver?.clear();
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
