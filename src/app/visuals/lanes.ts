/**
 * Where a hap goes in the pianoroll: pitched sounds by their MIDI pitch, everything else (drums,
 * noise) in a lane of its own sound name.
 */
// From the theory module itself: the pattern index would bring the whole DSL onto the page.
import { freqToMidi, isNoteName, noteToMidi } from '../../pattern/theory/note.ts';

/** A hap's place in the pianoroll. */
export type Lane =
  | { readonly kind: 'pitch'; readonly midi: number }
  | { readonly kind: 'drum'; readonly name: string };

/** The sources the engine plays at a pitch (the rest, drums and noises, have none). */
const PITCHED = new Set(['sine', 'sin', 'triangle', 'tri', 'square', 'sqr', 'sawtooth', 'saw', 'supersaw', 'pulse']);

function midiOf(value: unknown): number | undefined {
  const one = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof one === 'number') return Number.isFinite(one) ? one : undefined;
  if (typeof one !== 'string') return undefined;
  const text = one.trim();
  if (text !== '' && Number.isFinite(Number(text))) return Number(text);
  return isNoteName(text) ? noteToMidi(text) : undefined;
}

/** The sound's name without its variant (`"bd:3"` is `bd`). */
function soundName(value: unknown): string | undefined {
  const one = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof one !== 'string' || one === '') return undefined;
  return one.split(':')[0];
}

/**
 * The lane of a hap's controls: `freq`, else `note`, gives a pitch; `n` does for pitched sources
 * (or no `s`); otherwise `s` names a drum lane. Undefined when there is neither.
 *
 * @example
 * laneOf({ note: 'a4', s: 'sine' }) // { kind: 'pitch', midi: 69 }
 */
export function laneOf(controls: Readonly<Record<string, unknown>>): Lane | undefined {
  // Drawn every frame: each hap's controls (one object for its life) are read once.
  const known = lanes.get(controls);
  if (known !== undefined) return known ?? undefined;
  const lane = readLane(controls);
  lanes.set(controls, lane ?? null);
  return lane;
}

const lanes = new WeakMap<object, Lane | null>();

function readLane(controls: Readonly<Record<string, unknown>>): Lane | undefined {
  const s = soundName(controls['s']);
  const pitched = s === undefined || PITCHED.has(s);
  const freq = controls['freq'];
  if (typeof freq === 'number' && freq > 0) return { kind: 'pitch', midi: freqToMidi(freq) };
  const note = midiOf(controls['note']);
  if (note !== undefined) return { kind: 'pitch', midi: note };
  if (pitched) {
    const n = midiOf(controls['n']);
    if (n !== undefined) return { kind: 'pitch', midi: n };
  }
  if (s !== undefined) return { kind: 'drum', name: s };
  return undefined;
}
