import type { VolumeEnvelope } from './instrument.ts';
import type { Frames, Hz } from './units.ts';

/** The level under which a released note is silent: -100 dB, where a SoundFont's decay and release times end. */
const SILENT = 1e-5;

/** The envelope's stages, in order. */
const Stage = { Delay: 0, Attack: 1, Hold: 2, Decay: 3, Sustain: 4, Release: 5, Done: 6 } as const;

/** `seconds` in whole frames, at least 0. */
const framesOf = (seconds: number, sampleRate: Hz): Frames => Math.max(0, Math.round(seconds * sampleRate));

/** How a key scales a time that changes by `perKey` timecents per key from key 60. */
const keyScale = (perKey: number, key: number): number => Math.pow(2, (perKey * (60 - key)) / 1200);

/**
 * A SoundFont volume envelope (see {@link VolumeEnvelope}) played sample by sample: delay,
 * linear attack, hold, decay in dB to the sustain level, and from the gate a release in dB. Its
 * stages are counted in frames from the note's start; allocates nothing.
 */
export class ZoneEnvelope {
  private stage: number = Stage.Done;
  private level = 0;
  /** Frames left in the current timed stage, and the frame at which the gate closes. */
  private left = 0;
  private frame = 0;
  private gate = 0;
  private attack = 1;
  private hold = 0;
  private decayFactor = 1;
  private sustain = 1;
  private releaseFactor = 1;

  /**
   * How many frames the note sounds for when its gate closes at `gate`: until the release has
   * fallen 100 dB (an upper bound: it starts from the level at the gate).
   */
  length: Frames = 0;

  /** Starts the envelope of `envelope` for MIDI `key`, the gate closing at frame `gate`. */
  start(envelope: VolumeEnvelope, key: number, gate: Frames, sampleRate: Hz): void {
    const delay = framesOf(envelope.delay, sampleRate);
    this.attack = Math.max(1, framesOf(envelope.attack, sampleRate));
    this.hold = framesOf(envelope.hold * keyScale(envelope.holdPerKey, key), sampleRate);
    this.decayFactor = Math.pow(10, -5 / Math.max(1, framesOf(envelope.decay * keyScale(envelope.decayPerKey, key), sampleRate)));
    this.sustain = Math.min(1, Math.max(0, envelope.sustain));
    const release = Math.max(1, framesOf(envelope.release, sampleRate));
    this.releaseFactor = Math.pow(10, -5 / release);
    this.gate = Math.max(0, gate);
    this.frame = 0;
    this.level = 0;
    this.stage = delay > 0 ? Stage.Delay : Stage.Attack;
    this.left = delay > 0 ? delay : this.attack;
    this.length = this.gate + release;
  }

  /** The level at the next frame. */
  next(): number {
    if (this.frame++ === this.gate && this.stage < Stage.Release) this.stage = Stage.Release;
    switch (this.stage) {
      case Stage.Delay:
        if (--this.left <= 0) { this.stage = Stage.Attack; this.left = this.attack; }
        return 0;
      case Stage.Attack:
        this.level = Math.min(1, this.level + 1 / this.attack);
        if (--this.left <= 0) { this.stage = Stage.Hold; this.left = this.hold; this.level = 1; }
        return this.level;
      case Stage.Hold:
        if (--this.left < 0) this.stage = Stage.Decay;
        return this.level;
      case Stage.Decay:
        this.level *= this.decayFactor;
        if (this.level <= this.sustain) { this.level = this.sustain; this.stage = Stage.Sustain; }
        return this.level;
      case Stage.Sustain:
        return this.level;
      case Stage.Release:
        this.level *= this.releaseFactor;
        if (this.level < SILENT) { this.level = 0; this.stage = Stage.Done; }
        return this.level;
      default:
        return 0;
    }
  }

  /** True once the gate has closed (a sustain loop then plays on to the sample's end). */
  get released(): boolean {
    return this.stage >= Stage.Release;
  }
}
