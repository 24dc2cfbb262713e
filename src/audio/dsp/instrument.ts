import type { Hz, Seconds } from './units.ts';

/**
 * How a zone's sample loops (a SoundFont's `sampleModes`): not at all, round its loop for as long
 * as it sounds, or round its loop while the note is held and on to its end once released.
 */
export const LOOP_MODE = { none: 0, continuous: 1, sustain: 3 } as const;

/**
 * A SoundFont volume envelope (SoundFont 2.04, 8.1.2): after `delay`, a linear `attack` to full
 * level, `hold`, then a decay of `decay` seconds per 100 dB down to `sustain` (a linear level),
 * and once the note ends a release of `release` seconds per 100 dB. `holdPerKey` and
 * `decayPerKey` (timecents per key from 60) shorten the hold and decay for higher keys.
 */
export interface VolumeEnvelope {
  delay: Seconds;
  attack: Seconds;
  hold: Seconds;
  decay: Seconds;
  sustain: number;
  release: Seconds;
  holdPerKey: number;
  decayPerKey: number;
}

/** One zone of an instrument: a sample with its pitch, loop and envelope. */
export interface InstrumentZone {
  /** One array per channel (one or two), at `sampleRate`. */
  channels: Float32Array[];
  sampleRate: Hz;
  /** The key the sample sounds at unchanged, and a correction in cents added to every key. */
  rootKey: number;
  cents: number;
  /** Cents per key (100: each key a semitone; 0: every key plays the sample at its own pitch). */
  scale: number;
  /** The loop, in frames of `channels` (end exclusive), and how it plays. */
  loopStart: number;
  loopEnd: number;
  loopMode: number;
  envelope: VolumeEnvelope;
  /** A linear gain (the zone's attenuation). */
  gain: number;
}

/** The most zones an instrument sounds together for one key and velocity (its layers). */
export const MAX_LAYERS = 4;

/**
 * An instrument: zones chosen by key and velocity, `layers` of them sounding together (1 to
 * {@link MAX_LAYERS}). `zoneAt[(key * velocities.length + v) * layers + l]` is layer `l`'s zone
 * for MIDI key `key` (0..127) and the `v`-th velocity band, whose lowest velocity (1..127) is
 * `velocities[v]` (ascending, starting at 1); -1 where no zone sounds (a key's layers come first).
 */
export interface Instrument {
  zones: InstrumentZone[];
  velocities: number[];
  layers: number;
  zoneAt: Int16Array;
}

/**
 * True for the names of instruments the engine plays from a SoundFont without a declaration:
 * the General MIDI instruments `gm_*` and `piano`. (The list itself is the loader's, which tells
 * a name it does not have as failing to load.)
 */
export function isInstrumentName(name: string): boolean {
  return name.startsWith('gm_') || name === 'piano';
}
