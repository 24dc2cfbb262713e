/**
 * Intervals in short notation (`"3M"`, `"-2m"`, `"5P"`, `"4A"`, `"7d"`) and spelling-preserving
 * transposition: C up a major third is E, D# up a minor second is E, E up a minor second is F.
 */
import { STEP_SEMITONES, mod, type Pitch } from './note.ts';

/**
 * An interval: how many letters it spans (`steps`, 0 for a unison, 2 for a third, 7 for an octave;
 * negative going down) and how many semitones.
 */
export interface Interval {
  readonly steps: number;
  readonly semitones: number;
}

// A signed number, then a quality: P perfect, M major, m minor, A+ augmented, d+ diminished.
const INTERVAL = /^(-?)(\d+)(P|M|m|A+|d+)$/;

// Letters within an octave that have perfect (rather than major/minor) intervals: 1, 4, 5.
const PERFECT_STEPS = new Set([0, 3, 4]);

/**
 * Reads an interval in short notation, or returns `undefined` when it is not one.
 * @example
 * note("48 52 55".add(parseInterval('5P')!.semitones))
 */
export function parseInterval(text: string): Interval | undefined {
  const match = INTERVAL.exec(text);
  if (match === null) return undefined;
  const [, sign = '', digits = '', quality = ''] = match;
  const number = Number(digits);
  if (number === 0) return undefined;
  const simpleStep = (number - 1) % 7;
  const octaves = Math.floor((number - 1) / 7);
  const perfect = PERFECT_STEPS.has(simpleStep);
  let alter: number;
  if (quality === 'P') alter = perfect ? 0 : NaN;
  else if (quality === 'M') alter = perfect ? NaN : 0;
  else if (quality === 'm') alter = perfect ? NaN : -1;
  else if (quality.startsWith('A')) alter = quality.length;
  else alter = perfect ? -quality.length : -quality.length - 1;
  if (Number.isNaN(alter)) return undefined;
  const steps = number - 1;
  const semitones = STEP_SEMITONES[simpleStep]! + 12 * octaves + alter;
  return sign === '-' ? { steps: -steps, semitones: -semitones } : { steps, semitones };
}

// The interval each count of semitones within an octave is spelled as: 6 is a diminished fifth.
const SEMITONE_STEPS = [0, 1, 1, 2, 2, 3, 4, 4, 5, 5, 6, 6];

/**
 * The usual interval for a number of semitones: 1 is a minor second, 6 a diminished fifth,
 * 13 a minor ninth, -3 a minor third down.
 * @example
 * note("c3 e3 g3".fmap((name) => pitchName(transposePitch(parsePitch(name)!, intervalFromSemitones(3)))))
 */
export function intervalFromSemitones(semitones: number): Interval {
  const size = Math.abs(semitones);
  const steps = SEMITONE_STEPS[size % 12]! + 7 * Math.floor(size / 12);
  return semitones < 0 ? { steps: -steps, semitones } : { steps, semitones };
}

/**
 * Moves a spelled pitch by an interval, keeping the spelling the interval implies: the letter moves
 * by the interval's steps and the accidentals make up the semitones. A pitch class stays a pitch class.
 * @example
 * note("c3 e3 g3".fmap((name) => pitchName(transposePitch(parsePitch(name)!, parseInterval('3M')!))))
 */
export function transposePitch(pitch: Pitch, interval: Interval): Pitch {
  const absoluteStep = pitch.step + interval.steps;
  const step = mod(absoluteStep, 7);
  const octaveShift = Math.floor(absoluteStep / 7);
  const natural = STEP_SEMITONES[step]! + 12 * octaveShift;
  const target = STEP_SEMITONES[pitch.step]! + pitch.alter + interval.semitones;
  const alter = target - natural;
  return pitch.octave === undefined ? { step, alter } : { step, alter, octave: pitch.octave + octaveShift };
}
