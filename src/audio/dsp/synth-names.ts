/**
 * The names and numbers the resolver needs of the synths and effects (src/audio/voices/): kept
 * apart from the DSP that plays them, so that the runtime worker, which only resolves events,
 * does not download the synths and effects themselves.
 */
import type { Hz } from './units.ts';

/**
 * The note an unpitched sample sounds at as recorded: MIDI 36, as in Strudel's sampler, so
 * `note(48)` plays a sample an octave up and `note(36)` (or no note) plays it as it is.
 */
export const SAMPLE_BASE_NOTE = 36;

/** The tremolo's waveforms, by the number a record holds (see {@link TREMOLO_SHAPES}). */
export const TREMOLO_SHAPES = ['sine', 'tri', 'square', 'saw', 'ramp'] as const;

/**
 * The warp modes by name, their index is the numeric `warpmode`: none; asym (the cycle's midpoint
 * moves towards its start); bendp / bendm (the phase runs ahead / lags, bent by a power curve);
 * sync (the frame restarts 1 + 7 × warp times a cycle, like hard sync); quant (the phase in
 * 2048 down to 2 steps); fold (the wave is amplified by 1 + 4 × warp and folded back at ±1);
 * pwm (the cycle is squeezed into its first 1 − warp, silence after); mirror (the frame is read
 * forwards then backwards, by warp).
 */
export const WARP_MODES = ['none', 'asym', 'bendp', 'bendm', 'sync', 'quant', 'fold', 'pwm', 'mirror'] as const;

/** The ZzFX waves by the index ZzFX gives them. */
export const ZZFX_SHAPES = { sine: 0, triangle: 1, sawtooth: 2, tan: 3, noise: 4, square: 5 } as const;

/** The rate `t` counts at for the note a bytebeat plays as written (classic bytebeat's 8 kHz). */
export const BYTEBEAT_RATE: Hz = 8000;
/** The note (MIDI) at which `t` counts at {@link BYTEBEAT_RATE}: C2, the note of an unpitched sample. */
export const BYTEBEAT_BASE_NOTE = 36;

/** How fast `t` counts (per second) for MIDI note `midi`: {@link BYTEBEAT_RATE} at C2, twice as fast an octave up. */
export function byteBeatRate(midi: number): Hz {
  return BYTEBEAT_RATE * Math.pow(2, (midi - BYTEBEAT_BASE_NOTE) / 12);
}
