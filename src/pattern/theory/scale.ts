/**
 * Scales: turning scale degrees into notes (`n("0 2 4").scale("C:major")`), snapping note names to
 * the nearest note of a scale, and moving notes by steps within their scale (`scaleTranspose`).
 */
import { curried } from '../curry.ts';
import type { Controls } from '../../controls/index.ts';
import { Hap, type HapContext } from '../hap.ts';
import { Pattern } from '../pattern.ts';
import { patternify, type PatternArg } from '../reify.ts';
import { intervalFromSemitones, transposePitch } from './interval.ts';
import { DEFAULT_OCTAVE, mod, parsePitch, pitchName, pitchToMidi, type Pitch } from './note.ts';
import { findScaleType, type ScaleType } from './scale-types.ts';

/**
 * A scale name: a tonic and a scale type joined by colons, `"C:major"`, `"d4:minor:pentatonic"`, or a
 * scale type alone (`"dorian"`, on C3). Mini-notation reads `"C:major"` as the list `["C", "major"]`,
 * which is accepted too.
 */
export type ScaleName = string | readonly (string | number)[];

/** A scale with a tonic: its notes from the tonic upwards, spelled, one octave's worth. */
export interface Scale {
  /** The scale written with spaces, as in errors and in the hap context: `"C major"`. */
  readonly name: string;
  readonly type: ScaleType;
  /** The notes from the tonic (in octave 3 unless the name gives one) up to below the next tonic. */
  readonly notes: readonly Pitch[];
}

/** A hap context that remembers the scale its note came from, for {@link scaleTranspose}. */
export interface ScaleContext extends HapContext {
  readonly scale?: string;
}

/**
 * What `scale` makes of a value: a note name, or controls with a `note` key in place of `n`.
 * Values of unknown type (mini-notation on a string, typed `any` for performer code) stay so.
 */
export type Scaled<T> = 0 extends 1 & T ? T : T extends object ? Controls : string;

// A tonic in a scale name: a letter, sharps or flats, an optional octave (no s/f accidentals).
const TONIC = /^[a-gA-G][#b]*(-?\d+)?$/;

/**
 * Reads a scale name, throwing a descriptive error when the tonic or the scale type is unknown.
 * @example
 * note(seq(...parseScale('A:minor:pentatonic').notes.map(pitchName)))
 */
export function parseScale(name: ScaleName): Scale {
  const parts = typeof name === 'string' ? name.split(':') : name.map(String);
  const words = parts.flatMap((part) => part.split(/\s+/)).filter((word) => word !== '');
  const hasTonic = words.length > 0 && TONIC.test(words[0] ?? '');
  const tonicPitch = hasTonic ? parsePitch(words[0] ?? '') : undefined;
  const typeName = (hasTonic ? words.slice(1) : words).join(' ');
  const type = findScaleType(typeName);
  if (type === undefined) {
    throw new Error(
      `unknown scale "${words.join(':')}": write a tonic and a scale type joined by ":", ` +
        'like "C:major", "d4:minor:pentatonic" or "Bb:dorian"',
    );
  }
  const tonic: Pitch = { step: tonicPitch?.step ?? 0, alter: tonicPitch?.alter ?? 0, octave: tonicPitch?.octave ?? DEFAULT_OCTAVE };
  const notes = type.intervals.map((interval) => transposePitch(tonic, interval));
  const tonicName = hasTonic ? `${words[0]} ` : '';
  return { name: `${tonicName}${type.name}`, type, notes };
}

function octaveUp(pitch: Pitch, octaves: number): Pitch {
  return transposePitch(pitch, { steps: 7 * octaves, semitones: 12 * octaves });
}

/**
 * The note at a scale degree: 0 is the tonic, degrees past the end of the scale go up octaves, negative
 * ones go down, fractions round up, and `semitones` (from `#` and `b` after the degree) move the note
 * off the scale by a minor second each.
 * @example
 * note("0 1 2 3 4 5 6 7".fmap((degree) => pitchName(scaleDegree(parseScale('D:dorian'), degree))))
 */
export function scaleDegree(scale: Scale, degree: number, semitones = 0): Pitch {
  const length = scale.notes.length;
  const index = Math.ceil(degree);
  const note = octaveUp(scale.notes[mod(index, length)]!, Math.floor(index / length));
  return semitones === 0 ? note : transposePitch(note, intervalFromSemitones(semitones));
}

/**
 * The note of the scale nearest to a MIDI number (the upper one when two are equally near).
 * @example
 * note("48 49 51 54 56".fmap((midi) => pitchName(nearestScaleNote(parseScale('C:major'), midi))))
 */
export function nearestScaleNote(scale: Scale, midi: number): Pitch {
  let best: Pitch | undefined;
  let bestDistance = Infinity;
  let bestMidi = -Infinity;
  for (const note of scale.notes) {
    const octaves = Math.round((midi - pitchToMidi(note)) / 12);
    for (let shift = octaves - 1; shift <= octaves + 1; shift++) {
      const candidate = pitchToMidi(note) + 12 * shift;
      const distance = Math.abs(candidate - midi);
      if (distance < bestDistance || (distance === bestDistance && candidate > bestMidi)) {
        best = octaveUp(note, shift);
        bestDistance = distance;
        bestMidi = candidate;
      }
    }
  }
  return best ?? scale.notes[0]!;
}

// A scale degree as mini-notation writes it: a number with optional sharps or flats, "-4#", "7b".
const DEGREE = /^(-?\d+(?:\.\d+)?)([#b]*)$/;

function countSemitones(accidentals: string): number {
  let count = 0;
  for (const accidental of accidentals) count += accidental === '#' ? 1 : -1;
  return count;
}

/** The note name a degree or a note becomes in a scale: degrees are looked up, note names snapped. */
function scaleNoteName(scale: Scale, value: number | string): string {
  if (typeof value === 'number') return pitchName(scaleDegree(scale, value));
  const degree = DEGREE.exec(value);
  if (degree !== null) return pitchName(scaleDegree(scale, Number(degree[1]), countSemitones(degree[2] ?? '')));
  const pitch = parsePitch(value);
  if (pitch === undefined) throw new Error(`scale: ${JSON.stringify(value)} is neither a scale degree nor a note name`);
  return pitchName(nearestScaleNote(scale, pitchToMidi(pitch)));
}

function scaleValue(scale: Scale, value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'string') return scaleNoteName(scale, value);
  if (value === null || typeof value !== 'object') throw new Error(`scale: cannot use ${String(value)} as a note`);
  const { n, note, ...rest } = value as Record<string, unknown>;
  const source = note ?? n;
  // Strudel leaves controls without a note or n as they are.
  if (typeof source !== 'number' && typeof source !== 'string') return value;
  return { ...rest, note: scaleNoteName(scale, source) };
}

function scaleWith<T>(name: ScaleName, pat: Pattern<T>): Pattern<Scaled<T>> {
  const scale = parseScale(name);
  return new Pattern(
    (state) =>
      pat.query(state).map((hap) => {
        const context: ScaleContext = { ...hap.context, scale: scale.name };
        return hap.withValue((value) => scaleValue(scale, value) as Scaled<T>).setContext(context);
      }),
    pat.steps,
  );
}

interface WithScale<R> {
  readonly value: R;
  readonly scale: string | undefined;
}

/**
 * Like {@link patternify}, but the scale in each hap's context survives the join with the argument
 * pattern (joins keep only source locations): it travels in the value through the join.
 */
function patternifyKeepingScale<A, T, R>(
  f: (a: A, pat: Pattern<T>) => Pattern<R>,
): (a: PatternArg<A>, pat: Pattern<T>) => Pattern<R> {
  const tagged = patternify<A, T, WithScale<R>>((a, pat) => {
    const inner = f(a, pat);
    return new Pattern(
      (state) => inner.query(state).map((hap) => hap.withValue((value) => ({ value, scale: (hap.context as ScaleContext).scale }))),
      inner.steps,
    );
  });
  return (a, pat) => {
    const joined = tagged(a, pat);
    return new Pattern((state) => joined.query(state).map(restoreScale), joined.steps);
  };
}

function restoreScale<R>(hap: Hap<WithScale<R>>): Hap<R> {
  const { value, scale } = hap.value;
  const context: ScaleContext = scale === undefined ? hap.context : { ...hap.context, scale };
  return new Hap(hap.whole, hap.part, value, context);
}

/**
 * Turns scale degrees into the notes of a scale, and snaps note names to the nearest note of it.
 * Degrees count from 0 (the tonic) and wrap into higher or lower octaves; `#` and `b` after a degree
 * move it off the scale. Controls get a `note` in place of their `n`.
 *
 * A plain string naming one scale (`'C minor'`) is taken whole; other strings are mini-notation.
 *
 * @method
 * @example
 * n("0 2 4 <6 7>").scale("<C:major D:dorian>")
 */
export function scale<T>(name: PatternArg<ScaleName>, pat: Pattern<T>): Pattern<Scaled<T>> {
  // As in Strudel, a plain string that names a scale is that one scale, spaces and all
  // ('C minor', 'A2 minor pentatonic'), applied without cutting events at cycle boundaries;
  // other strings are mini-notation ("<C:major D:minor>").
  if (typeof name === 'string' && isScaleName(name)) return scaleWith(name, pat).withSteps(pat.steps);
  return patternifyKeepingScale<ScaleName, T, Scaled<T>>(scaleWith)(name, pat).withSteps(pat.steps);
}

function isScaleName(name: string): boolean {
  try {
    parseScale(name);
    return true;
  } catch {
    return false;
  }
}

function scaleOf(context: HapContext): Scale {
  const name = (context as ScaleContext).scale;
  if (name === undefined) throw new Error('scaleTranspose: the note has no scale; use .scale("C:major") before it');
  return parseScale(name);
}

/** Rounds away from zero: a fraction of a step counts as a whole step in its direction. */
function wholeSteps(steps: number): number {
  return steps < 0 ? -Math.ceil(-steps) : Math.ceil(steps);
}

function moveInScale(scale: Scale, name: string, steps: number): string {
  const pitch = parsePitch(name);
  const index = pitch === undefined ? -1 : scale.notes.findIndex((note) => note.step === pitch.step && note.alter === pitch.alter);
  if (pitch === undefined || index < 0) throw new Error(`scaleTranspose: note "${name}" is not in scale "${scale.name}"`);
  const octaves = (pitch.octave ?? DEFAULT_OCTAVE) - (scale.notes[index]!.octave ?? DEFAULT_OCTAVE);
  return pitchName(scaleDegree(scale, index + octaves * scale.notes.length + wholeSteps(steps)));
}

function transposeInScale(context: HapContext, value: unknown, steps: number): unknown {
  if (typeof value === 'string') return moveInScale(scaleOf(context), value, steps);
  if (value !== null && typeof value === 'object' && typeof (value as { note?: unknown }).note === 'string') {
    const controls = value as Record<string, unknown> & { note: string };
    return { ...controls, note: moveInScale(scaleOf(context), controls.note, steps) };
  }
  throw new Error(`scaleTranspose: cannot move ${JSON.stringify(value)}; it needs a note name from .scale(...)`);
}

function scaleTransposeBy<T>(steps: number, pat: Pattern<T>): Pattern<T> {
  return new Pattern(
    (state) => pat.query(state).map((hap) => hap.withValue((value) => transposeInScale(hap.context, value, steps) as T)),
    pat.steps,
  );
}

/**
 * Moves notes by a number of steps within the scale they were made in (by an earlier
 * {@link scale}); fractions of a step count as a whole step.
 *
 * @method
 * @example
 * n("0 2 4").scale("C:major").scaleTranspose("<0 1 2 -1>")
 */
export const scaleTranspose = curried(function scaleTranspose<T>(steps: PatternArg<number>, pat: Pattern<T>): Pattern<T> {
  return patternifyKeepingScale<number, T, T>(scaleTransposeBy)(steps, pat);
});
