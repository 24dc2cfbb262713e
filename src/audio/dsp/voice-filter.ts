/**
 * A voice's filters: a low-, high- or band-pass, each with its own envelope that moves its cutoff,
 * of one of Strudel's filter types (`ftype`).
 */
import { Adsr } from './envelope.ts';
import type { GainRamp } from './filter.ts';
import { FusedSvf, type DryMix } from './filter-fused.ts';
import { FOUR_POINT_LIMIT, type Phasor } from './oscillators.ts';
import { Ladder } from './ladder.ts';
import type { Frames, Hz } from './units.ts';
import { FILTER, FILTER_TYPE, V, type FilterType } from './voice-record.ts';

/** What a filter holds in place of a ladder until its first (never run: its type is checked first). */
const NO_LADDER = new Ladder();

/** Samples between cutoff updates while a filter envelope moves. */
const FILTER_CONTROL_PERIOD = 16;

/**
 * One filter of a voice, with its own envelope, and a second set of filter memories for a stereo
 * sample's right channel. A 12 dB filter is one {@link Svf}, a 24 dB one two in series (same
 * cutoff and Q), a ladder (low-pass only) a {@link Ladder}. The envelope moves the cutoff to
 * `cutoff × 2^(depth × (level − anchor))`: from the cutoff up with anchor 0, around it with 0.5,
 * down to it with 1. Coefficients are recomputed only while the envelope moves, every
 * {@link FILTER_CONTROL_PERIOD} samples (one `tan` per filter, whatever its type).
 */
export class VoiceFilter {
  private readonly svf = new FusedSvf();
  private readonly svfR = new FusedSvf();
  private readonly svf2 = new FusedSvf();
  private readonly svf2R = new FusedSvf();
  // Made with the filter's first ladder (see VoiceSource): until then, a shared one never run.
  private ladder: Ladder = NO_LADDER;
  private ladderR: Ladder = NO_LADDER;
  private readonly env = new Adsr();
  on = false;
  /** The filter's envelope depth in octaves (0: no envelope). */
  depth = 0;
  private type: FilterType = FILTER_TYPE.db12;
  private cutoff: Hz = 1000;
  private anchor = 0;

  /** `mode`: 0 lowpass, 1 highpass, 2 bandpass. */
  constructor(readonly mode: 0 | 1 | 2) {}

  /**
   * Starts the filter whose fields begin at `data[at]` (see {@link FILTER}), of the type and
   * envelope anchor the record at `data[record]` gives (see {@link V}).
   */
  start(data: Float64Array, record: number, at: number, gate: Frames, sampleRate: Hz): void {
    this.on = data[at + FILTER.on] === 1;
    if (!this.on) return;
    const cutoff = data[at + FILTER.cutoff]!;
    const q = data[at + FILTER.q]!;
    const env = data[at + FILTER.env]!;
    const type = data[record + V.ftype]!;
    // The ladder is a low-pass; the other filters keep 12 dB under it.
    this.type = type === FILTER_TYPE.ladder ? (this.mode === 0 ? FILTER_TYPE.ladder : FILTER_TYPE.db12) : type === FILTER_TYPE.db24 ? FILTER_TYPE.db24 : FILTER_TYPE.db12;
    this.cutoff = cutoff;
    this.depth = env;
    this.anchor = data[record + V.fanchor]!;
    const svf = this.svf;
    svf.cutoff = cutoff;
    svf.q = q;
    svf.sampleRate = sampleRate;
    svf.update();
    svf.reset();
    this.svfR.reset();
    this.svfR.copyFrom(svf);
    this.svf2.reset();
    this.svf2.copyFrom(svf);
    this.svf2R.reset();
    this.svf2R.copyFrom(svf);
    if (this.type === FILTER_TYPE.ladder) {
      if (this.ladder === NO_LADDER) {
        this.ladder = new Ladder();
        this.ladderR = new Ladder();
      }
      const ladder = this.ladder;
      ladder.cutoff = cutoff;
      // Q 1 (no resonance given, or 0 dB) is no feedback; k nears 4, self-oscillation, as Q grows.
      ladder.k = q > 1 ? 4 - 4 / q : 0;
      ladder.drive = data[record + V.drive]!;
      ladder.sampleRate = sampleRate;
      ladder.update();
      ladder.reset();
      this.ladderR.reset();
      this.ladderR.copyFrom(ladder);
    }
    if (env !== 0) this.env.configureFrom(data, at + FILTER.attack, sampleRate, gate, 1);
  }

  /** True when {@link runRamp} can fuse an envelope's gain ramp into the filter (no envelope, not a ladder). */
  fusable(): boolean {
    return this.depth === 0 && this.type !== FILTER_TYPE.ladder;
  }

  /**
   * Filters `buf[start, end)` in place and multiplies it by `ramp` (as {@link Svf.filterRamp});
   * only when {@link fusable}. Returns false if any result is not finite.
   */
  runRamp(buf: Float64Array, start: number, end: number, ramp: GainRamp): boolean {
    if (this.type === FILTER_TYPE.db24) this.applySvf(buf, start, end, this.svf);
    return (this.type === FILTER_TYPE.db24 ? this.svf2 : this.svf).filterRamp(this.mode, buf, start, end, ramp);
  }

  /**
   * {@link runRamp}, with the results added to `mix`'s buses instead of written back (see
   * {@link FusedSvf.filterRampMix}: only for finite input). Returns false if the filter's state is not finite.
   */
  runRampMix(buf: Float64Array, start: number, end: number, ramp: GainRamp, mix: DryMix): boolean {
    if (this.type === FILTER_TYPE.db24) this.applySvf(buf, start, end, this.svf);
    return (this.type === FILTER_TYPE.db24 ? this.svf2 : this.svf).filterRampMix(this.mode, buf, start, end, ramp, mix);
  }

  /**
   * True when {@link sawtoothRampMix} can make `osc`'s sawtooth in the filter's loop: a single
   * 12 dB filter ({@link fusable}), and a note low enough for the four-point residual.
   */
  takesSawtooth(osc: Phasor): boolean {
    return this.fusable() && this.type === FILTER_TYPE.db12 && osc.inc < FOUR_POINT_LIMIT;
  }

  /** `osc`'s sawtooth, filtered, enveloped and mixed in one loop (see {@link FusedSvf.sawtoothRampMix}); only when {@link takesSawtooth}. */
  sawtoothRampMix(osc: Phasor, start: number, end: number, ramp: GainRamp, mix: DryMix): boolean {
    return this.svf.sawtoothRampMix(osc, this.mode, start, end, ramp, mix);
  }

  /** `osc`'s sawtooth, filtered and enveloped in one loop into `buf` (see {@link FusedSvf.sawtoothRamp}); only when {@link takesSawtooth}. */
  sawtoothRamp(osc: Phasor, buf: Float64Array, start: number, end: number, ramp: GainRamp): boolean {
    return this.svf.sawtoothRamp(osc, this.mode, buf, start, end, ramp);
  }

  /** Moves the cutoff to where the envelope is at sample `n`. */
  private sweep(n: Frames): void {
    this.env.measure(n);
    const cutoff = this.cutoff * Math.pow(2, this.depth * (this.env.level - this.anchor));
    if (this.type === FILTER_TYPE.ladder) {
      this.ladder.cutoff = cutoff;
      this.ladder.update();
      return;
    }
    this.svf.cutoff = cutoff;
    this.svf.update();
    if (this.type === FILTER_TYPE.db24) this.svf2.copyFrom(this.svf);
  }

  /** Filters `buf[start, end)` in place; `pos` is the voice's sample count at `start` (for the envelope). */
  run(buf: Float64Array, start: number, end: number, pos: Frames): void {
    if (this.depth === 0) {
      this.apply(buf, start, end, this.svf, this.svf2, this.ladder);
      return;
    }
    for (let i = start; i < end; i += FILTER_CONTROL_PERIOD) {
      const stop = Math.min(end, i + FILTER_CONTROL_PERIOD);
      this.sweep(pos + (i - start));
      this.apply(buf, i, stop, this.svf, this.svf2, this.ladder);
    }
  }

  /** Filters both channels of a stereo voice, the right one with its own memory. */
  runStereo(left: Float64Array, right: Float64Array, start: number, end: number, pos: Frames): void {
    if (this.depth === 0) {
      this.apply(left, start, end, this.svf, this.svf2, this.ladder);
      this.apply(right, start, end, this.svfR, this.svf2R, this.ladderR);
      return;
    }
    for (let i = start; i < end; i += FILTER_CONTROL_PERIOD) {
      const stop = Math.min(end, i + FILTER_CONTROL_PERIOD);
      this.sweep(pos + (i - start));
      if (this.type === FILTER_TYPE.ladder) this.ladderR.copyFrom(this.ladder);
      else {
        this.svfR.copyFrom(this.svf);
        this.svf2R.copyFrom(this.svf);
      }
      this.apply(left, i, stop, this.svf, this.svf2, this.ladder);
      this.apply(right, i, stop, this.svfR, this.svf2R, this.ladderR);
    }
  }

  private apply(buf: Float64Array, start: number, end: number, svf: FusedSvf, svf2: FusedSvf, ladder: Ladder): void {
    if (this.type === FILTER_TYPE.ladder) {
      ladder.lowpass(buf, start, end);
      return;
    }
    this.applySvf(buf, start, end, svf);
    if (this.type === FILTER_TYPE.db24) this.applySvf(buf, start, end, svf2);
  }

  private applySvf(buf: Float64Array, start: number, end: number, svf: FusedSvf): void {
    if (this.mode === 0) svf.lowpass(buf, start, end);
    else if (this.mode === 1) svf.highpass(buf, start, end);
    else svf.bandpass(buf, start, end);
  }
}
