/**
 * Reading the performer's control values. A value may be a number, a numeric string, a
 * colon-separated list (`"1000:10"`, as mini-notation writes it) or an array of those.
 */
import { noteToMidiNumber } from '../dsp/pitch.ts';

/** A control value that is present but unusable (NaN, Infinity, "abc" for a number, an object). */
export class ControlError extends Error {
  constructor(readonly control: string, readonly value: unknown, expected = 'a finite number') {
    super(`control "${control}" must be ${expected}, got ${describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? `[${value.map(describe).join(', ')}]` : typeof value;
}

/**
 * The numbers of control `control`'s value, into `out` (cleared first); throws
 * {@link ControlError} unless there is at least one and all are finite.
 */
export function readNumbers(control: string, value: unknown, out: number[]): void {
  out.length = 0;
  if (typeof value === 'number') out.push(value);
  else if (typeof value === 'boolean') out.push(value ? 1 : 0);
  else if (typeof value === 'string') for (const part of value.split(':')) out.push(part.trim() === '' ? NaN : Number(part));
  else if (Array.isArray(value)) for (const part of value as unknown[]) out.push(typeof part === 'number' ? part : Number(part));
  else throw new ControlError(control, value);
  if (out.length === 0) throw new ControlError(control, value);
  for (const x of out) if (!Number.isFinite(x)) throw new ControlError(control, value);
}

/** Throws {@link ControlError} for a number, or an array holding one, that is not finite (in any control). */
export function checkFinite(control: string, value: unknown): void {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new ControlError(control, value);
  if (Array.isArray(value) && value.some((v) => typeof v === 'number' && !Number.isFinite(v))) throw new ControlError(control, value);
}

/** A `note` value as a MIDI number: a number, a numeric string or a note name (the first of a list). */
export function readNote(control: string, value: unknown): number {
  const midi = noteToMidiNumber(Array.isArray(value) ? value[0] : value);
  if (midi === undefined || !Number.isFinite(midi)) throw new ControlError(control, value, 'a note name or MIDI number');
  return midi;
}

/** A sound name, as `s` gives it: `"bd"`, or `"bd:2"` for its file or variation 2. */
export function readSound(control: string, value: unknown): { name: string; index: number | undefined } {
  const expected = 'a sound name such as "bd" or "bd:2"';
  if (typeof value !== 'string') throw new ControlError(control, value, expected);
  const [name = '', index] = value.trim().split(':');
  if (index === undefined) return { name, index: undefined };
  const n = Number(index);
  if (index.trim() === '' || !Number.isFinite(n)) throw new ControlError(control, value, expected);
  return { name, index: n };
}
