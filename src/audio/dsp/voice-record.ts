/**
 * The voice record: an event's controls resolved into numbers, as the engine plays them. Records
 * are made off the audio thread (src/audio/voices/resolve.ts, in the runtime worker or wherever an
 * offline render runs) and travel in a {@link VoiceBatch}: one `Float64Array` of
 * {@link VOICE_STRIDE} numbers per record, plus the strings and code ranges they point to by
 * index. The engine copies a record into its preallocated queue and then into a pooled voice, so
 * nothing is parsed or allocated on the audio thread per event.
 *
 * Only what the engine alone can know is left open: whether the sound's name is a declared sample
 * (declarations reach the worklet from the main thread too) and whether its file has loaded.
 */
import type { EngineError } from '../protocol.ts';

/** The kinds of sound source a voice can play. */
export const SOURCE = {
  sine: 0, triangle: 1, square: 2, sawtooth: 3, supersaw: 4, pulse: 5, white: 6, pink: 7, brown: 8, drum: 9, sample: 10,
  zzfx: 11, bytebeat: 12, wavetable: 13,
} as const;
/** The highest of {@link SOURCE}'s values (for checking records that arrive from another thread). */
export const LAST_SOURCE = SOURCE.wavetable;
/** One of {@link SOURCE}'s values. */
export type SourceKind = (typeof SOURCE)[keyof typeof SOURCE];

/**
 * The `source` of a record whose sound name is neither a synth nor a drum: a sample if the engine
 * has the name declared, else an unknown sound (reported by the engine).
 */
export const SOURCE_BY_NAME = -1;

/** Peak level of a synth voice at gain 1 (about -10 dBFS, so a few voices fit under the limiter). */
export const SYNTH_LEVEL = 0.3;
/** Peak level of a drum hit at gain 1. */
export const DRUM_LEVEL = 0.5;
/** A sample plays at its own level at gain 1 (before panning). */
export const SAMPLE_LEVEL = 1;
/** A synth's attack when none is given, in seconds (a drum's or a sample's is 0). */
export const SYNTH_ATTACK = 0.001;
/** How many orbits (effect buses) there are: `orbit` counts from 0. */
export const ORBIT_COUNT = 16;

/** The note played by a pitched source given no `note`, `n` or `freq` (C2). */
export const DEFAULT_NOTE = 36;

/** The filter types, by Strudel's numbers: a 2-pole SVF, a 4-pole ladder, two 2-pole SVFs in series. */
export const FILTER_TYPE = { db12: 0, ladder: 1, db24: 2 } as const;
/** One of {@link FILTER_TYPE}'s values. */
export type FilterType = (typeof FILTER_TYPE)[keyof typeof FILTER_TYPE];

/** A filter's fields, relative to its first: on (0 or 1), cutoff, Q, envelope depth in octaves, and its envelope. */
export const FILTER = { on: 0, cutoff: 1, q: 2, env: 3, attack: 4, decay: 5, sustain: 6, release: 7 } as const;

const filterFields = <P extends string>(p: P) =>
  [`${p}On`, `${p}Cutoff`, `${p}Q`, `${p}Env`, `${p}Attack`, `${p}Decay`, `${p}Sustain`, `${p}Release`] as const;

/**
 * An FM operator's fields, relative to its first: its index (0: off), its frequency as a ratio of
 * the note's, whether its index follows an envelope (0 or 1), the envelope's stages (seconds, and
 * sustain from 0 to 1), its curve (0 linear to 1 exponential) and its waveform (an {@link FM_WAVE}).
 */
export const FM_OP = { index: 0, ratio: 1, envOn: 2, attack: 3, decay: 4, sustain: 5, release: 6, curve: 7, wave: 8 } as const;

/** An FM operator's waveforms. */
export const FM_WAVE = { sine: 0, square: 1, sawtooth: 2, triangle: 3 } as const;

/** How many FM operators a voice plays (operators 1 to 8 modulate the carrier side by side). */
export const FM_OPERATORS = 8;

const fmFields = <N extends number>(n: N) =>
  [`fm${n}Index`, `fm${n}Ratio`, `fm${n}EnvOn`, `fm${n}Attack`, `fm${n}Decay`, `fm${n}Sustain`, `fm${n}Release`, `fm${n}Curve`, `fm${n}Wave`] as const;

// The record's fields in order. "Absent" numbers are NaN; flags are 0 or 1; indices are -1 for none.
const FIELDS = [
  // where it comes from
  'eventId', // the event's id (also seeds its noise)
  'time', // absolute audio time of the onset, in seconds
  'block', // index into the batch's strings of the code block, -1 for none
  'rangeStart', // the event's code ranges: index of its first number in the batch's ranges
  'rangeCount', // ... and how many ranges
  // what sounds
  'name', // index into the batch's strings of the sound name (`s`), -1 for none
  'source', // a SourceKind, or SOURCE_BY_NAME
  'drum', // index into DRUM_PATCHES when source is SOURCE.drum, else -1
  'variation', // the file (sample) or variation (drum) number: the name's `:n`, else `n`, else 0
  'freq', // pitch of a synth, in Hz
  'sampleMidi', // the note asked of a sample (freq or note as MIDI), SAMPLE_BASE_NOTE if none
  'sampleFreq', // the same in Hz (the pitch a sample voice's oscillators would have)
  'speed', 'begin', 'end', 'loop', 'loopBegin', 'loopEnd',
  'cycles', // unit "c": speed counts files per cycle at `cps`
  'cps', // the tempo of the event's onset
  // envelope and level
  'gate', // the event's duration times clip, in seconds
  'clipped', // 1 when clip (or legato) was given: a one-shot is cut at the gate
  'attack', // NaN: the source's default (0 for drums and samples, 1 ms for synths)
  'decay', 'sustain', 'release',
  'gain', 'velocity', 'postgain',
  'pan',
  ...filterFields('lp'), ...filterFields('hp'), ...filterFields('bp'),
  'shape', 'distort', 'distortVolume', 'crush', 'coarse',
  'pw', 'detune', 'unison',
  // sends and orbit
  'orbit', 'cut', 'room', 'delay',
  'size', 'delayTime', 'delayFeedback', // NaN leaves the orbit's setting as it is
  // filter types and the vowel filter
  'ftype', // a FilterType: the low-pass's kind (24 dB also for the high- and band-pass)
  'drive', // input gain of the ladder ahead of its saturation (1: none)
  'fanchor', // where the filter envelopes are anchored, 0 (they rise from the cutoff) to 1 (they fall to it)
  'vowel', // index into VOWEL_NAMES of the vowel filter, -1 for none
  // the source's modulations and the amplitude envelope's hold (src/audio/voices/resolve-source.ts)
  'hold', // seconds at full level between attack and decay
  'penv', // pitch envelope depth in semitones (0: none)
  'pattack', 'pdecay', 'psustain', 'prelease', // its stages (contiguous, as an Adsr reads them)
  'pcurve', // its curve: 0 linear to 1 exponential
  'panchor', // where the note sits in its range: 0 at the bottom, 1 at the top
  'vib', 'vibmod', // vibrato rate in Hz (0: none) and depth in semitones
  ...fmFields(1), ...fmFields(2), ...fmFields(3), ...fmFields(4), // FM operators (see FM_OP)
  ...fmFields(5), ...fmFields(6), ...fmFields(7), ...fmFields(8),
  'noise', // pink noise mixed into an oscillator, 0 to 1
  'spread', // stereo spread of a supersaw's copies, 0 to 1
  'pwrate', 'pwsweep', // pulse-width modulation: rate in Hz, depth in width
  // the ZzFX, bytebeat and wavetable synths (src/audio/voices/resolve-synths.ts)
  'zShape', // ZzFX wave: 0 sine, 1 triangle, 2 sawtooth, 3 tan, 4 noise, 5 square
  'zCurve', 'zSlide', 'zDeltaSlide', 'zPitchJump', 'zPitchJumpTime', 'zRand', 'zNoise', 'zMod', 'zCrush',
  'bbExpr', // index into the batch's strings of the bytebeat expression, -1 for none
  'bbStart', // the bytebeat's first t
  'bbRate', // how fast the bytebeat's t counts, per second
  'wavetable', // 1 when a declared sample plays as a wavetable (its name starts with wt_)
  'wtPosition', 'warp', 'warpMode',
  'wtPhaseRand', // how random the wavetable's starting phase is, 0 to 1
  'wtEnv', 'wtAttack', 'wtDecay', 'wtSustain', 'wtRelease', // the position's envelope: depth, then its stages
  'warpEnv', 'warpAttack', 'warpDecay', 'warpSustain', 'warpRelease', // the warp's envelope
  // busfx: the voice's own effects after its envelope (voice-fx.ts) and its orbit's reverb and ducking
  'djf', // the DJ filter, 0 to 1 (0.5 or NaN: off)
  'tremRate', 'tremDepth', 'tremSkew', 'tremPhase', 'tremShape', // rate in Hz (0: off); shape indexes TREMOLO_SHAPES
  'compThreshold', 'compRatio', 'compKnee', 'compAttack', 'compRelease', // threshold NaN: no compressor
  'phaserRate', 'phaserDepth', 'phaserCenter', 'phaserSweep', // rate 0: no phaser
  'dry', // the dry level (the sends are not affected)
  'roomLp', 'roomDim', 'roomFade', // NaN leaves the orbit's setting as it is
  'duckOrbits', 'duckAttack', 'duckDepth', 'duckOnset', // duckOrbits: a bit per orbit to duck (0: none)
  'irName', // index into the batch's strings of the impulse response's sample name (`ir`), -1 for none
  'irIndex', // which file of that sample (`i`, or the name's `:n`)
] as const;

/** The name of one of a voice record's numbers. */
export type VoiceField = (typeof FIELDS)[number];

/** Where each field sits in a record: record `i`'s `freq` is `data[i * VOICE_STRIDE + V.freq]`. */
export const V: { readonly [K in VoiceField]: number } = Object.freeze(
  Object.fromEntries(FIELDS.map((field, i) => [field, i])) as { [K in VoiceField]: number },
);

/** The numbers in one record. */
export const VOICE_STRIDE = FIELDS.length;

/** The fields in order (for tests and for reading a record as an object). */
export const VOICE_FIELDS: readonly VoiceField[] = FIELDS;

/**
 * Voice records on their way to an engine: plain data that a structured clone copies as a few
 * arrays, whatever the number of records.
 */
export interface VoiceBatch {
  /** How many records. */
  count: number;
  /** `count × VOICE_STRIDE` numbers. */
  data: Float64Array;
  /** The sound and block names that records point to by index. */
  strings: string[];
  /** Code ranges as `start, end` pairs; a record's are at `rangeStart` (counted in numbers). */
  ranges: Float64Array;
  /** Events that could not be resolved into voices, to be reported as the engine reports its own. */
  errors: EngineError[];
}

const isIndexIn = (x: number, length: number): boolean => Number.isInteger(x) && x >= -1 && x < length;

/**
 * True when every record of `batch` can be played without reading outside it: finite times,
 * indices within its strings, ranges and the drum kit, a known source and one of the
 * {@link ORBIT_COUNT} orbits. (Checked where batches arrive from another thread; the numbers that shape the sound are
 * the resolver's, and a voice that turns them into non-finite samples is stopped and reported.)
 */
export function recordsAreSound(batch: VoiceBatch, drumCount: number): boolean {
  const { data, strings, ranges, count } = batch;
  if (!Number.isInteger(count) || count < 0 || data.length !== count * VOICE_STRIDE) return false;
  for (let i = 0; i < count; i++) {
    const at = i * VOICE_STRIDE;
    const source = data[at + V.source]!;
    const start = data[at + V.rangeStart]!, ranged = data[at + V.rangeCount]!;
    const orbit = data[at + V.orbit]!;
    if (
      !Number.isFinite(data[at + V.time]!) || !Number.isFinite(data[at + V.eventId]!) ||
      !isIndexIn(data[at + V.block]!, strings.length) || !isIndexIn(data[at + V.name]!, strings.length) ||
      !isIndexIn(data[at + V.irName]!, strings.length) ||
      !Number.isInteger(start) || !Number.isInteger(ranged) || start < 0 || ranged < 0 || start + 2 * ranged > ranges.length ||
      !Number.isInteger(source) || source < SOURCE_BY_NAME || source > LAST_SOURCE ||
      !isIndexIn(data[at + V.bbExpr]!, strings.length) || (source === SOURCE.bytebeat && data[at + V.bbExpr]! < 0) ||
      (source === SOURCE_BY_NAME && data[at + V.name]! < 0) ||
      (source === SOURCE.drum && !(Number.isInteger(data[at + V.drum]!) && data[at + V.drum]! >= 0 && data[at + V.drum]! < drumCount)) ||
      !Number.isInteger(orbit) || orbit < 0 || orbit >= ORBIT_COUNT
    ) {
      return false;
    }
  }
  return true;
}
