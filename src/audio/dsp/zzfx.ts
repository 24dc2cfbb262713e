/**
 * The ZzFX synth (after Frank Force's ZzFX, MIT), rendered sample by sample as a voice source:
 * its waves (sine, triangle, sawtooth, tan, noise, square), shape curve, pitch slide and its
 * change, pitch jump, frequency modulation, pitch noise, random detune and bit crush. Its
 * amplitude envelope is the voice's own (attack, decay, sustain, release).
 */
import { Noise } from './noise.ts';
import { sineAt } from './oscillators.ts';
import type { Hz } from './units.ts';
import { V } from './voice-record.ts';


/** ZzFX's own sample rate: its bit crush counts samples at this rate. */
const ZZFX_RATE = 44100;
/** ZzFX's slide unit: `slide(1)` raises the frequency by 500 Hz per second. */
const SLIDE_HZ_PER_SECOND = 500;

const TWO_PI = 2 * Math.PI;

/** One sample of ZzFX wave `shape` at `phase` (cycles, [0, 1)); `curve` sets the square's duty (curve / 2). */
export function zzfxWave(shape: number, phase: number, curve: number): number {
  switch (shape) {
    case 1: return 1 - 4 * Math.abs(Math.round(phase) - phase);
    case 2: return 1 - 2 * phase;
    case 3: {
      const x = Math.tan(TWO_PI * phase);
      return x > 1 ? 1 : x < -1 ? -1 : x;
    }
    case 4: {
      const x = TWO_PI * phase;
      return Math.sin(x * x * x);
    }
    case 5: return phase < curve / 2 ? 1 : -1;
    default: return sineAt(phase);
  }
}

/** Plays one ZzFX sound; state lives here so that no call passes fractional numbers. Allocates nothing. */
export class ZzfxOscillator {
  private shape = 0;
  private curve = 1;
  /** Phase in cycles, frequency and its slide in cycles per sample (and per sample per sample). */
  private phase = 0;
  private inc = 0;
  private slide = 0;
  private deltaSlide = 0;
  private jump = 0;
  /** Samples until the pitch jump (negative once it happened). */
  private jumpIn = -1;
  private modInc = 0;
  private modPhase = 0;
  private noiseAmount = 0;
  /** Samples each value is held for (bit crush), and the count towards the next. */
  private crushPeriod = 1;
  private crushCount = 0;
  private held = 0;
  private readonly random = new Noise();

  /** Starts the ZzFX sound of the record at `data[at]` (its `freq` and `z*` fields); `seed` seeds its randomness. */
  start(data: Float64Array, at: number, sampleRate: Hz, seed: number): void {
    const random = this.random;
    random.seed(seed ^ 0x5a5a);
    this.shape = data[at + V.zShape]!;
    this.curve = data[at + V.zCurve]!;
    const detune = 1 + data[at + V.zRand]! * random.next();
    this.inc = (data[at + V.freq]! * detune) / sampleRate;
    this.slide = (data[at + V.zSlide]! * SLIDE_HZ_PER_SECOND) / (sampleRate * sampleRate);
    this.deltaSlide = (data[at + V.zDeltaSlide]! * SLIDE_HZ_PER_SECOND) / (sampleRate * sampleRate * sampleRate);
    this.jump = data[at + V.zPitchJump]! / sampleRate;
    this.jumpIn = this.jump === 0 ? -1 : Math.round(data[at + V.zPitchJumpTime]! * sampleRate);
    this.modInc = data[at + V.zMod]! / sampleRate;
    this.modPhase = 0;
    this.noiseAmount = data[at + V.zNoise]!;
    this.crushPeriod = Math.max(1, Math.round((data[at + V.zCrush]! * 100 * sampleRate) / ZZFX_RATE));
    this.crushCount = 0;
    this.held = 0;
    // ZzFX starts every wave at phase 0 (its sine, saw and square start at their jump or zero).
    this.phase = 0;
  }

  /** Writes the next `end - start` samples into `out`. */
  render(out: Float64Array, start: number, end: number): void {
    const shape = this.shape, curve = this.curve, noise = this.noiseAmount, modInc = this.modInc;
    let phase = this.phase, inc = this.inc, slide = this.slide;
    for (let i = start; i < end; i++) {
      if (this.crushCount <= 0) {
        const s = zzfxWave(shape, phase, curve);
        // The curve bends every wave but the square (whose duty it sets): 0 squares it, 2 makes it pointy.
        this.held = shape === 5 || curve === 1 ? s : s < 0 ? -Math.pow(-s, curve) : Math.pow(s, curve);
        this.crushCount = this.crushPeriod;
      }
      this.crushCount--;
      out[i] = this.held;
      slide += this.deltaSlide;
      inc += slide;
      const f = modInc === 0 ? inc : inc * Math.cos(TWO_PI * this.modPhase);
      if (modInc !== 0) {
        this.modPhase += modInc;
        if (this.modPhase >= 1) this.modPhase -= Math.floor(this.modPhase);
      }
      phase += noise === 0 ? f : f + f * noise * this.random.next();
      if (phase >= 1 || phase < 0) phase -= Math.floor(phase);
      if (this.jumpIn >= 0 && this.jumpIn-- === 0) inc += this.jump;
    }
    this.phase = phase;
    this.inc = inc;
    this.slide = slide;
  }
}
