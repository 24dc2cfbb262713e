/**
 * Transposition of notes by semitones or by intervals (`"3M"`, `"-2m"`), keeping note names spelled
 * as the interval implies.
 */
import { Pattern } from '../pattern.ts';
import { patternify, type PatternArg } from '../reify.ts';
import { intervalFromSemitones, parseInterval, transposePitch, type Interval } from './interval.ts';
import { parsePitchOrThrow, pitchName } from './note.ts';

/** How far {@link transpose} moves: semitones, or an interval in short notation such as `"3M"`. */
export type TransposeAmount = number | string;

function toInterval(amount: TransposeAmount): Interval | undefined {
  if (typeof amount === 'number') {
    return Number.isInteger(amount) ? intervalFromSemitones(amount) : undefined;
  }
  const interval = parseInterval(amount);
  if (interval === undefined) {
    throw new Error(`transpose: "${amount}" is neither a number of semitones nor an interval like "3M", "-2m" or "5P"`);
  }
  return interval;
}

function semitonesOf(amount: TransposeAmount, interval: Interval | undefined): number {
  return interval?.semitones ?? (amount as number);
}

function transposeNote(note: number | string, amount: TransposeAmount, interval: Interval | undefined): number | string {
  if (typeof note === 'number') return note + semitonesOf(amount, interval);
  if (interval === undefined) {
    throw new Error(`transpose: the note name "${note}" can only move by whole semitones, not ${String(amount)}`);
  }
  return pitchName(transposePitch(parsePitchOrThrow(note), interval));
}

function transposeValue(value: unknown, amount: TransposeAmount, interval: Interval | undefined): unknown {
  if (typeof value === 'number' || typeof value === 'string') return transposeNote(value, amount, interval);
  if (value !== null && typeof value === 'object') {
    const { note } = value as { note?: unknown };
    // As in Strudel, controls without a note are left as they are.
    if (typeof note !== 'number' && typeof note !== 'string') return value;
    return { ...value, note: transposeNote(note, amount, interval) };
  }
  throw new Error(`transpose: cannot transpose ${String(value)}`);
}

function transposeBy<T>(amount: TransposeAmount, pat: Pattern<T>): Pattern<T> {
  const interval = toInterval(amount);
  return new Pattern(
    (state) => pat.query(state).map((hap) => hap.withValue((value) => transposeValue(value, amount, interval) as T)),
    pat.steps,
  );
}

/**
 * Moves notes up or down by semitones or by an interval (`"3M"` a major third, `"-2m"` a minor second
 * down). MIDI numbers are shifted; note names are respelled as the interval implies, so C up `"2A"` is
 * D# while C up `"3m"` is Eb (a number of semitones uses the usual interval: 1 is a minor second).
 *
 * @method
 * @example
 * note("c2 c3").fast(2).transpose("<0 -2 5 3>".slow(2))
 */
export function transpose<T>(amount: PatternArg<TransposeAmount>, pat: Pattern<T>): Pattern<T> {
  return patternify<TransposeAmount, T, T>(transposeBy)(amount, pat);
}
