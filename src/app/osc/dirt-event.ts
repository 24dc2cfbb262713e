/**
 * A `.osc()` hap as SuperDirt's `/dirt/play` expects it (src/app/osc/wire.ts carries it to the
 * bridge): the event's controls as key/value pairs (strings and numbers; a pitch is sent as
 * SuperDirt reads it, in semitones from c5: `note` always, `n` when written as a note name; a
 * number `n` stays a sample's number), then SuperDirt's timing: `cps`, `cycle` (from the runtime's
 * tempo anchor), `delta` (the duration in seconds) and `orbit` (0 unless set). weft's own `output`
 * is left out, and `oschost`/`oscport` say where the bridge sends it. Pure.
 */
import { noteToMidiNumber } from '../../audio/dsp/pitch.ts';
import { Rational } from '../../pattern/rational.ts';
import type { SoundingHap, TempoAnchor } from '../runtime/messages.ts';
import type { WireEvent } from './wire.ts';

/** Controls that are not `/dirt/play` arguments: weft's marker, and where the event goes. */
const NOT_ARGS: ReadonlySet<string> = new Set(['output', 'oschost', 'oscport']);

/** Controls that are pitches: sent in semitones from c5 (MIDI 60), SuperDirt's `note`. */
const PITCHES: ReadonlySet<string> = new Set(['note', 'n']);

/** The MIDI number that SuperDirt's `note` 0 is (c5, as Tidal counts). */
const DIRT_ZERO = 60;

/** An event for the bridge, and what of the hap's controls was left out (each a sentence). */
export interface DirtEvent {
  readonly event: WireEvent;
  readonly problems: readonly string[];
}

/** The cycle position at audio time `time`, from the tempo anchor in force (its cycle is exact, `"n/d"`). */
export function cycleAt(tempo: TempoAnchor, time: number): number {
  return Rational.from(tempo.cycle).toNumber() + (time - tempo.time) * tempo.cps;
}

/** One control's value as a `/dirt/play` argument, or why it cannot be one. */
function argument(key: string, value: unknown): string | number | { problem: string } {
  const numeric = typeof value === 'number' || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)));
  if (PITCHES.has(key) && (key === 'note' || !numeric)) {
    // As weft's engine reads a note (audio/voices/values.ts): a number, a numeric string or a name, the first of a list.
    const midi = noteToMidiNumber(Array.isArray(value) ? value[0] : value);
    if (midi !== undefined && Number.isFinite(midi)) return midi - DIRT_ZERO;
    return { problem: `control "${key}" must be a note name or MIDI number, got ${typeof value === 'string' ? JSON.stringify(value) : typeof value}` };
  }
  if (PITCHES.has(key) && typeof value === 'string') return Number(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  const shown = typeof value === 'number' ? String(value) : Array.isArray(value) ? 'a list' : typeof value;
  return { problem: `control "${key}" must be a string or a finite number for OSC, got ${shown}` };
}

/**
 * The `/dirt/play` event of `hap`, to sound at `time` (epoch milliseconds), with the tempo in
 * force (`cps` and `cycle` are left out without one).
 */
export function dirtEvent(hap: Pick<SoundingHap, 'time' | 'duration' | 'controls'>, tempo: TempoAnchor | undefined, time: number): DirtEvent {
  const args: Record<string, string | number> = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(hap.controls)) {
    if (NOT_ARGS.has(key) || value === undefined) continue;
    const arg = argument(key, value);
    if (typeof arg === 'object') problems.push(arg.problem);
    else args[key] = arg;
  }
  if (tempo !== undefined) {
    args['cps'] = tempo.cps;
    args['cycle'] = cycleAt(tempo, hap.time);
  }
  args['delta'] = hap.duration;
  args['orbit'] ??= 0;
  const { oschost, oscport } = hap.controls;
  const event: WireEvent = {
    time,
    args,
    ...(typeof oschost === 'string' && { host: oschost }),
    ...(typeof oscport === 'number' && Number.isInteger(oscport) && oscport >= 1 && oscport <= 65535 && { port: oscport }),
  };
  return { event, problems };
}
