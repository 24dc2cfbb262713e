/**
 * A voice's pitch modulation: a pitch envelope (in semitones, with its own stages, curve and
 * anchor) and a sine vibrato. The pitch moves in steps of {@link PITCH_CONTROL_PERIOD} samples.
 */
import { Adsr } from './envelope.ts';
import { sineAt } from './oscillators.ts';
import type { Frames, Hz } from './units.ts';
import { V } from './voice-record.ts';

/** Samples between pitch (and modulation index) updates. */
export const PITCH_CONTROL_PERIOD = 16;

/** How steep the exponential curve is: it moves `e^CURVE_STEEPNESS` times between its ends. */
const CURVE_STEEPNESS = 5;
const CURVE_SCALE = 1 / (Math.exp(CURVE_STEEPNESS) - 1);

/**
 * An envelope level in [0, 1] bent by `curve`: 0 leaves it linear, 1 makes it exponential (a fall
 * from 1 drops fast and then slows, a rise starts slowly), values between mix the two.
 */
export function curved(level: number, curve: number): number {
  if (curve === 0) return level;
  return level + curve * ((Math.exp(CURVE_STEEPNESS * level) - 1) * CURVE_SCALE - level);
}

/** The pitch envelope and vibrato of one voice (pooled with it; nothing allocates). */
export class PitchMod {
  /** True when either moves the pitch. */
  on = false;
  /** The frequency ratio {@link measure} found. */
  ratio = 1;
  private readonly env = new Adsr();
  private depth = 0;
  private curve = 0;
  private anchor = 0;
  private vibPhase = 0;
  private vibInc = 0;
  private vibDepth = 0;

  /** Starts from the record at `data[at]` (see {@link V}), whose gate closes at sample `gate`. */
  start(data: Float64Array, at: number, sampleRate: Hz, gate: Frames): void {
    this.depth = data[at + V.penv]!;
    this.curve = data[at + V.pcurve]!;
    this.anchor = data[at + V.panchor]!;
    this.vibInc = data[at + V.vib]! / sampleRate;
    this.vibDepth = data[at + V.vibmod]!;
    this.vibPhase = 0;
    if (this.depth !== 0) this.env.configureFrom(data, at + V.pattack, sampleRate, gate, 0);
    this.on = this.depth !== 0 || (this.vibInc > 0 && this.vibDepth !== 0);
    this.ratio = 1;
  }

  /**
   * Sets {@link ratio} to the frequency ratio at sample `n` (the note's is 1), and moves the
   * vibrato on by `count` samples.
   */
  measure(n: Frames, count: number): void {
    let semitones = 0;
    if (this.depth !== 0) {
      this.env.measure(n);
      semitones = this.depth * (curved(this.env.level, this.curve) - this.anchor);
    }
    if (this.vibInc > 0) {
      semitones += this.vibDepth * sineAt(this.vibPhase);
      const p = this.vibPhase + this.vibInc * count;
      this.vibPhase = p - Math.floor(p);
    }
    this.ratio = Math.pow(2, semitones / 12);
  }
}
