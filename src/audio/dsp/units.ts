/** A time in seconds on the audio clock: the controls layer's, one definition for every layer. */
export type { Seconds } from '../../controls/event.ts';
/** A frequency in hertz. */
export type Hz = number;
/** A level in decibels (relative to full scale when used for output levels). */
export type Db = number;
/** A time in cycles of the pattern clock. */
export type Cycles = number;
/** A number in [0, 1]. */
export type NormalRange = number;
/** A count of samples (frames) at the engine's sample rate. */
export type Frames = number;

/** Converts decibels to a linear gain factor. */
export function dbToGain(db: Db): number {
  return Math.pow(10, db / 20);
}

/** Converts a linear gain factor to decibels. */
export function gainToDb(gain: number): Db {
  return 20 * Math.log10(gain);
}
