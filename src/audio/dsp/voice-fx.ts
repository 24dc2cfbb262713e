/**
 * A voice's own effects after its envelope, in the order of Strudel's signal chain: the DJ filter
 * (`djf`), tremolo, compressor and phaser. (The voice's dry level, `dry`, is applied where it
 * mixes into the dry bus, not to its sends: voice.ts.) All state is preallocated; nothing allocates.
 */
import { Svf } from './filter.ts';
import type { Db, Hz } from './units.ts';
import { V } from './voice-record.ts';

/** Samples between phaser coefficient updates. */
const PHASER_CONTROL_PERIOD = 16;
/** All-pass stages of the phaser (four first-order stages: two notches). */
const PHASER_STAGES = 4;
/** The DJ filter's range: its cutoff moves between these, exponentially. */
const DJF_LOW: Hz = 20;
const DJF_HIGH: Hz = 20000;

// Which effects the record at `data[at]` asks for (read, not passed: see VoiceFx.start).
/** The DJ filter's mode: 0 off (absent, or exactly 0.5), 1 low-pass (below 0.5), 2 high-pass. */
const djMode = (data: Float64Array, at: number): number => {
  const djf = data[at + V.djf]!;
  return Number.isNaN(djf) || djf === 0.5 ? 0 : djf < 0.5 ? 1 : 2;
};
const tremoloOn = (data: Float64Array, at: number): boolean => data[at + V.tremRate]! > 0 && data[at + V.tremDepth]! > 0;
const compressorOn = (data: Float64Array, at: number): boolean => !Number.isNaN(data[at + V.compThreshold]!);
const phaserOn = (data: Float64Array, at: number): boolean => data[at + V.phaserRate]! > 0 && data[at + V.phaserDepth]! > 0;

/**
 * The gain computer of a soft-knee compressor (Giannoulis, Massberg and Reiss, "Digital Dynamic
 * Range Compressor Design", JAES 2012): the output level in dB for input level `x` dB.
 */
export function compressedLevel(x: Db, threshold: Db, ratio: number, knee: Db): Db {
  const over = x - threshold;
  if (2 * over < -knee) return x;
  if (knee > 0 && 2 * Math.abs(over) <= knee) {
    const t = over + knee / 2;
    return x + ((1 / ratio - 1) * t * t) / (2 * knee);
  }
  return threshold + over / ratio;
}

/** The cutoff of the DJ filter at `x` in [0, 1]: a lowpass falling below 0.5, a highpass rising above. */
export function djfCutoff(x: number): Hz {
  return DJF_LOW * Math.pow(DJF_HIGH / DJF_LOW, x < 0.5 ? x / 0.5 : (x - 0.5) / 0.5);
}

/** A voice's effects after its envelope (see the module's doc). */
export class VoiceFx {
  private sampleRate: Hz = 48000;
  // DJ filter: 0 off, 1 lowpass, 2 highpass; one filter per channel.
  private djMode = 0;
  private readonly djL = new Svf();
  private readonly djR = new Svf();
  // Tremolo.
  private tremolo = false;
  private tremPhase = 0;
  private tremInc = 0;
  private tremDepth = 1;
  private tremSkew = 0.5;
  private tremShape = 0;
  // Compressor: detector level (linear), smoothed gain change (dB).
  private compressor = false;
  private threshold: Db = -24;
  private ratio = 12;
  private knee: Db = 30;
  private attack = 0;
  private release = 0;
  /**
   * The voice's level before the compressor (its gain and velocity), set by the voice after
   * {@link start}, so that the threshold is in dB of the heard level.
   */
  inputGain = 1;
  private level = 0;
  private reduction: Db = 0;
  // Phaser: LFO, and each channel's all-pass states.
  private phaser = false;
  private lfoPhase = 0;
  private lfoInc = 0;
  private phaserDepth = 0.75;
  private center: Hz = 1000;
  private sweep: Hz = 2000;
  private allpass = 0;
  private readonly statesL = new Float64Array(PHASER_STAGES);
  private readonly statesR = new Float64Array(PHASER_STAGES);
  private countdown = 0;

  /**
   * Starts the effects the record at `data[at]` asks for. Reads numbers from the record and
   * passes none as arguments (V8 would allocate a fractional one): a voice's start allocates nothing.
   */
  start(data: Float64Array, at: number, sampleRate: Hz): void {
    this.sampleRate = sampleRate;
    const djf = data[at + V.djf]!;
    this.djMode = djMode(data, at);
    if (this.djMode !== 0) {
      const dj = this.djL;
      dj.reset();
      // As djfCutoff, written out.
      dj.cutoff = DJF_LOW * Math.pow(DJF_HIGH / DJF_LOW, djf < 0.5 ? djf / 0.5 : (djf - 0.5) / 0.5);
      dj.q = Math.SQRT1_2;
      dj.sampleRate = sampleRate;
      dj.update();
      this.djR.reset();
      this.djR.copyFrom(dj);
    }
    const rate = data[at + V.tremRate]!;
    this.tremolo = tremoloOn(data, at);
    this.tremInc = rate / sampleRate;
    this.tremPhase = data[at + V.tremPhase]! - Math.floor(data[at + V.tremPhase]!);
    this.tremDepth = data[at + V.tremDepth]!;
    this.tremSkew = data[at + V.tremSkew]!;
    this.tremShape = data[at + V.tremShape]!;
    const threshold = data[at + V.compThreshold]!;
    this.compressor = compressorOn(data, at);
    this.threshold = threshold;
    this.ratio = data[at + V.compRatio]!;
    this.knee = data[at + V.compKnee]!;
    // One-pole smoothing coefficients for the attack and release times.
    const attack = data[at + V.compAttack]!, release = data[at + V.compRelease]!;
    this.attack = attack <= 0 ? 0 : Math.exp(-1 / (attack * sampleRate));
    this.release = release <= 0 ? 0 : Math.exp(-1 / (release * sampleRate));
    this.level = 0;
    this.reduction = 0;
    const phaserRate = data[at + V.phaserRate]!;
    this.phaser = phaserOn(data, at);
    this.lfoInc = phaserRate / sampleRate;
    this.lfoPhase = 0;
    this.phaserDepth = data[at + V.phaserDepth]!;
    this.center = data[at + V.phaserCenter]!;
    this.sweep = data[at + V.phaserSweep]!;
    this.statesL.fill(0);
    this.statesR.fill(0);
    this.countdown = 0;
  }

  /**
   * True when the record at `data[at]` asks for any of these effects (the dry level is the
   * voice's own): a voice makes its effects, and runs them, only then.
   */
  static wanted(data: Float64Array, at: number): boolean {
    return djMode(data, at) !== 0 || tremoloOn(data, at) || compressorOn(data, at) || phaserOn(data, at);
  }

  /** Runs the effects over `left[start, end)` and, for a stereo voice, `right` (else null). */
  run(left: Float64Array, right: Float64Array | null, start: number, end: number): void {
    if (this.djMode !== 0) {
      this.filterDj(this.djL, left, start, end);
      if (right !== null) this.filterDj(this.djR, right, start, end);
    }
    if (this.tremolo) this.runTremolo(left, right, start, end);
    if (this.compressor) this.runCompressor(left, right, start, end);
    if (this.phaser) this.runPhaser(left, right, start, end);
  }

  private filterDj(svf: Svf, buf: Float64Array, start: number, end: number): void {
    if (this.djMode === 1) svf.lowpass(buf, start, end);
    else svf.highpass(buf, start, end);
  }

  /** The tremolo's waveform at phase `p` in [0, 1), from 0 to 1 (see the table's doc of `tremoloshape`). */
  private wave(p: number): number {
    // The skew moves the wave's turning point from the middle of the cycle to `skew`.
    const skew = this.tremSkew;
    const q = p < skew ? 0.5 * (p / skew) : 0.5 + 0.5 * ((p - skew) / (1 - skew));
    switch (this.tremShape) {
      case 1: return Math.abs(1 - 2 * q);
      case 2: return q < 0.5 ? 1 : 0;
      case 3: return 1 - q;
      case 4: return q;
      default: return 0.5 + 0.5 * Math.cos(2 * Math.PI * q);
    }
  }

  private runTremolo(left: Float64Array, right: Float64Array | null, start: number, end: number): void {
    const inc = this.tremInc, depth = this.tremDepth;
    let phase = this.tremPhase;
    for (let i = start; i < end; i++) {
      const g = 1 - depth * (1 - this.wave(phase));
      const gain = g > 0 ? g : 0;
      left[i] = left[i]! * gain;
      if (right !== null) right[i] = right[i]! * gain;
      phase += inc;
      if (phase >= 1) phase -= Math.floor(phase);
    }
    this.tremPhase = phase;
  }

  private runCompressor(left: Float64Array, right: Float64Array | null, start: number, end: number): void {
    const attack = this.attack, release = this.release, inputGain = this.inputGain;
    const threshold = this.threshold, ratio = this.ratio, knee = this.knee;
    // Below this level (linear) the gain computer does nothing.
    const quiet = Math.pow(10, (threshold - knee / 2) / 20);
    let level = this.level, reduction = this.reduction;
    for (let i = start; i < end; i++) {
      const l = left[i]!;
      const r = right === null ? 0 : right[i]!;
      const a = l < 0 ? -l : l, b = r < 0 ? -r : r;
      const x = (a > b ? a : b) * inputGain;
      // A peak detector: it follows rises at once and falls with the release time.
      level = x > level ? x : release * level + (1 - release) * x;
      let target = 0;
      if (level > quiet) {
        const db = 20 * Math.log10(level);
        target = compressedLevel(db, threshold, ratio, knee) - db;
      }
      // The gain change moves towards its target with the attack time when it deepens, the release time when it eases.
      reduction = target < reduction ? attack * reduction + (1 - attack) * target : release * reduction + (1 - release) * target;
      if (reduction < -1e-6) {
        const gain = Math.pow(10, reduction / 20);
        left[i] = l * gain;
        if (right !== null) right[i] = r * gain;
      }
    }
    this.level = level;
    this.reduction = reduction;
  }

  /** Sets the all-pass coefficient for where the LFO is now. */
  private tunePhaser(): void {
    const nyquist = 0.45 * this.sampleRate;
    const f = this.center + 0.5 * this.sweep * Math.sin(2 * Math.PI * this.lfoPhase);
    const clamped = f < 20 ? 20 : f > nyquist ? nyquist : f;
    const t = Math.tan((Math.PI * clamped) / this.sampleRate);
    this.allpass = (t - 1) / (t + 1);
  }

  private runPhaser(left: Float64Array, right: Float64Array | null, start: number, end: number): void {
    const depth = this.phaserDepth, norm = 1 / (1 + depth);
    const sl = this.statesL, sr = this.statesR;
    for (let i = start; i < end; ) {
      if (this.countdown <= 0) {
        this.tunePhaser();
        this.countdown = PHASER_CONTROL_PERIOD;
      }
      const stop = Math.min(end, i + this.countdown);
      const a = this.allpass;
      for (let k = i; k < stop; k++) {
        left[k] = (left[k]! + depth * allpassChain(left[k]!, a, sl)) * norm;
        if (right !== null) right[k] = (right[k]! + depth * allpassChain(right[k]!, a, sr)) * norm;
      }
      const n = stop - i;
      this.countdown -= n;
      this.lfoPhase += this.lfoInc * n;
      if (this.lfoPhase >= 1) this.lfoPhase -= Math.floor(this.lfoPhase);
      i = stop;
    }
  }
}

/** One sample through the phaser's first-order all-passes (transposed direct form II), sharing coefficient `a`. */
function allpassChain(x: number, a: number, states: Float64Array): number {
  let y = x;
  for (let s = 0; s < PHASER_STAGES; s++) {
    const input = y;
    y = a * input + states[s]!;
    states[s] = input - a * y;
  }
  return y;
}
