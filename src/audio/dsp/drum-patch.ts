import type { Hz, Seconds } from './units.ts';

/**
 * A synthesized drum, made of up to two pitched tones, a filtered noise and a "metal" bank of
 * square waves (the 808 hi-hat trick), and for the machines' circuits a click. Decays are T60
 * times: seconds to fall by 60 dB.
 */
export interface DrumPatch {
  tones: readonly ToneLayer[];
  noise?: NoiseLayer;
  metal?: MetalLayer;
  /** Waveshaping of the tones' sum: `tanh(drive·x) / tanh(drive)` (none when absent or 0). */
  drive?: number;
  click?: ClickLayer;
}

/** A drum kit: each name's variations, picked by `n` (wrapping). */
export type DrumKit = Readonly<Record<string, readonly DrumPatch[]>>;

/** A sine whose pitch glides exponentially from `from` to `to` (time constant `sweep`). */
export interface ToneLayer {
  from: Hz;
  to: Hz;
  sweep: Seconds;
  decay: Seconds;
  level: number;
}

/** Filtered white noise; `bursts` > 1 retriggers it (a clap) every `spacing` before the tail. */
export interface NoiseLayer {
  filter: 'lowpass' | 'highpass' | 'bandpass';
  freq: Hz;
  q: number;
  decay: Seconds;
  level: number;
  bursts?: number;
  spacing?: Seconds;
}

/**
 * Square waves at `freqs`, summed, bandpassed at `band` and highpassed at `highpass`. With a
 * `snap`, its envelope has two stages: a fast one of `snap.level` (relative to `level`) and
 * `snap.decay` on top of the slower one (the 808 cowbell's "clunk" before its ring).
 */
export interface MetalLayer {
  freqs: readonly Hz[];
  band: Hz;
  q: number;
  highpass: Hz;
  decay: Seconds;
  level: number;
  snap?: { decay: Seconds; level: number };
}

/**
 * A beater's click: a one-sample pulse and a short burst of (fixed) noise, highpassed at `freq`
 * and decaying in `decay` (the 909 kick's attack).
 */
export interface ClickLayer {
  freq: Hz;
  decay: Seconds;
  level: number;
}
