import type { Frames } from './units.ts';

/**
 * A linear attack-decay-sustain-release envelope, counted in samples from the voice's start.
 *
 * The level is a pure function of the sample index `n`: it rises linearly over `attack` samples
 * (sample `n` has level `(n + 1) / attack`, so the first sample already sounds and an attack of
 * one sample is instant), stays at 1 for `hold` samples, falls to `sustain` over `decay` samples,
 * holds until the gate closes at `gate`,
 * then falls linearly from the level it had at the gate to 0 over `release` samples.
 * A gate that closes during the attack or decay releases from wherever the level was.
 */
export class Adsr {
  attack: Frames = 1;
  /** Samples at full level between attack and decay (see {@link holdFrom}; `configure` sets none). */
  hold: Frames = 0;
  decay: Frames = 1;
  sustain = 1;
  release: Frames = 1;
  gate: Frames = 0;
  /** The level at the moment the gate closes. */
  gateLevel = 0;

  /** Sets the stages (all in samples; attack, decay and release are at least 1). */
  configure(attack: Frames, decay: Frames, sustain: number, release: Frames, gate: Frames): void {
    this.attack = Math.max(1, Math.round(attack));
    this.hold = 0;
    this.decay = Math.max(1, Math.round(decay));
    this.sustain = sustain;
    this.release = Math.max(1, Math.round(release));
    this.gate = Math.max(0, Math.round(gate));
    this.gateLevel = this.heldLevel(this.gate);
  }

  /**
   * {@link configure} from `values[at ...]`: attack, decay, sustain and release, the times in
   * seconds; an attack of NaN (none given) takes `defaultAttack`, in samples. (A voice's numbers
   * stay in its record rather than travel as arguments, which would allocate them.)
   */
  configureFrom(values: Float64Array, at: number, sampleRate: number, gate: Frames, defaultAttack: Frames): void {
    const attack = values[at]!;
    this.attack = Math.max(1, Number.isNaN(attack) ? defaultAttack : Math.round(attack * sampleRate));
    this.hold = 0;
    this.decay = Math.max(1, Math.round(values[at + 1]! * sampleRate));
    this.sustain = values[at + 2]!;
    this.release = Math.max(1, Math.round(values[at + 3]! * sampleRate));
    this.gate = Math.max(0, Math.round(gate));
    this.gateLevel = this.heldLevel(this.gate);
  }

  /**
   * Stays at full level after the attack for `values[at]` seconds (called after {@link configure}
   * or {@link configureFrom}; the seconds stay in the record, as there).
   */
  holdFrom(values: Float64Array, at: number, sampleRate: number): void {
    this.hold = Math.max(0, Math.round(values[at]! * sampleRate));
    this.gateLevel = this.heldLevel(this.gate);
  }

  /** The level at sample `n` while the gate is open. */
  heldLevel(n: Frames): number {
    if (n < this.attack) return (n + 1) / this.attack;
    if (n < this.attack + this.hold) return 1;
    const intoDecay = n - this.attack - this.hold;
    if (intoDecay < this.decay) return 1 - ((1 - this.sustain) * intoDecay) / this.decay;
    return this.sustain;
  }

  /** The level at sample `n`. */
  levelAt(n: Frames): number {
    this.measure(n);
    return this.level;
  }

  /** The level {@link measure} found. */
  level = 0;

  /** Sets {@link level} to the level at sample `n` (a field, not a return value: see {@link apply}). */
  measure(n: Frames): void {
    if (n < this.gate) {
      this.level = this.heldLevel(n);
      return;
    }
    const intoRelease = n - this.gate;
    this.level = intoRelease >= this.release ? 0 : this.gateLevel * (1 - intoRelease / this.release);
  }

  /** The sample at which the level reaches 0 for good. */
  end(): Frames {
    return this.gate + this.release;
  }

  /** Closes the gate at sample `n` (if still open or releasing more slowly) with a new release. */
  closeAt(n: Frames, release: Frames): void {
    if (n >= this.end()) return;
    this.measure(n);
    this.gate = n;
    this.gateLevel = this.level;
    this.release = Math.max(1, Math.round(release));
  }

  /** The current segment, as set by {@link Adsr.seek}: level at the sought sample, change per sample, length. */
  segmentLevel = 0;
  segmentSlope = 0;
  segmentLength = 0;

  /**
   * Finds the linear segment containing sample `n` and sets `segmentLevel`, `segmentSlope` and
   * `segmentLength` (samples left in it; after the end, a level of 0 that lasts for ever).
   */
  seek(n: Frames): void {
    let level: number;
    let slope: number;
    let segmentEnd: number;
    if (n < this.gate) {
      if (n < this.attack) {
        slope = 1 / this.attack;
        level = (n + 1) * slope;
        segmentEnd = Math.min(this.attack, this.gate);
      } else if (n < this.attack + this.hold) {
        slope = 0;
        level = 1;
        segmentEnd = Math.min(this.attack + this.hold, this.gate);
      } else if (n < this.attack + this.hold + this.decay) {
        const decayStart = this.attack + this.hold;
        slope = -(1 - this.sustain) / this.decay;
        level = 1 + (n - decayStart) * slope;
        segmentEnd = Math.min(decayStart + this.decay, this.gate);
      } else {
        slope = 0;
        level = this.sustain;
        segmentEnd = this.gate;
      }
    } else if (n < this.gate + this.release) {
      slope = -this.gateLevel / this.release;
      level = this.gateLevel + (n - this.gate) * slope;
      segmentEnd = this.gate + this.release;
    } else {
      level = 0;
      slope = 0;
      segmentEnd = Infinity;
    }
    this.segmentLevel = level;
    this.segmentSlope = slope;
    this.segmentLength = Math.ceil(segmentEnd - n);
  }

  /**
   * Multiplies `buf[start, end)` by `amp` times the envelope, where `buf[start]` is sample `pos`.
   * Returns false if any result is not finite. (A boolean, not the sum it checks: returning a
   * double from a call that is not inlined would allocate.)
   */
  apply(buf: Float64Array, start: number, end: number, pos: Frames, amp: number): boolean {
    let sum = 0;
    for (let i = start; i < end; ) {
      this.seek(pos + (i - start));
      const stop = Math.min(end, i + this.segmentLength);
      let level = this.segmentLevel * amp;
      const slope = this.segmentSlope * amp;
      for (; i < stop; i++) {
        const y = buf[i]! * level;
        buf[i] = y;
        sum += y;
        level += slope;
      }
    }
    return sum - sum === 0;
  }
}
