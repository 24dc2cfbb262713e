/**
 * The outputs other than weft's sound, as Strudel names them: `.midi()` sends a pattern's events
 * to a MIDI port, `.osc()` to SuperDirt (or any OSC engine) through `weft osc-bridge`. Each sets the
 * `output` control (src/controls/table-midi.ts) on the events, which weft's engine then leaves
 * alone; the app (src/app/midi, src/app/osc) and `weft render --midi` read the events' MIDI and OSC
 * controls. Where the code is evaluated each call is also read with its place (located-calls.ts),
 * so that a missing port is reported at the call.
 */
import type { Controls } from '../controls/index.ts';
import { setControlsWith, type ControlArg } from './controls.ts';
import * as core from './core.ts';
import type { Pattern } from './pattern.ts';

/** What `.midi()` takes: a port's name or number, or Strudel's options object (its `midiport`, `midichan` and `velocity` are read). */
export type MidiOutput = string | number | { readonly [option: string]: unknown };

/** The controls of an event: a plain value (`"c e g".midi()`) is the note. */
function controlsOf(value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ...(value as Record<string, unknown>) };
  return { note: value };
}

/** The controls that a `.midi(output)` argument sets where the event does not set them itself. */
function midiDefaults(output: MidiOutput | undefined): Record<string, unknown> {
  if (output === undefined) return {};
  if (typeof output === 'string' || typeof output === 'number') return { midiport: output };
  const out: Record<string, unknown> = {};
  for (const key of ['midiport', 'midichan', 'velocity'] as const) {
    const value = output[key];
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  if (out.midiport === undefined && (typeof output.port === 'string' || typeof output.port === 'number')) out.midiport = output.port;
  return out;
}

/**
 * Sends the events to a MIDI output instead of weft's sound: notes on the channel of
 * {@link midichan} with the velocity of {@link velocity} times {@link gain}, and the control
 * changes, program changes, pitch bend, aftertouch and `midicmd` messages the events carry.
 * Without a port, the port chosen in the MIDI panel (at first the first one); a port the
 * browser does not have is reported at the call.
 * @method
 * @example
 * note("c4 e4 g4 c5").midichan(1).midi()
 */
export function midi(output: MidiOutput | undefined, pat: Pattern<unknown>): Pattern<Controls> {
  const defaults = midiDefaults(output);
  return core.fmap((value: unknown) => ({ ...defaults, ...controlsOf(value), output: 'midi' }) as Controls, pat);
}

/**
 * Sends the events as OSC messages to SuperDirt (`/dirt/play`, timestamped in bundles) instead
 * of weft's sound, through `weft osc-bridge` running on this computer; the app shows whether the
 * bridge is connected.
 * @method
 * @example
 * s("bd sd").osc()
 */
export function osc(pat: Pattern<unknown>): Pattern<Controls> {
  return core.fmap((value: unknown) => ({ ...controlsOf(value), output: 'osc' }) as Controls, pat);
}

/** What `.control()` takes: `[number, value]`, or mini-notation of pairs (`"74:0.5"`). */
export type ControlChange = readonly [number, number] | ControlArg<'ccn'>;

/**
 * A MIDI control change as a pair: its number ({@link ccn}) and its value from 0 to 1
 * ({@link ccv}), as Strudel's `control` takes it.
 * @method control
 * @example
 * note("c4*4").control("74:<0.2 0.8>").midi()
 */
export function controlChange(change: ControlChange, pat: Pattern<unknown>): Pattern<Controls> {
  const pair = (v: unknown): Controls => (Array.isArray(v) ? { ccn: v[0] as number, ccv: v[1] as number } : { ccn: v as number });
  if (Array.isArray(change) && change.length === 2 && change.every((x) => typeof x === 'number')) return core.fmap((value: unknown) => ({ ...controlsOf(value), ccn: change[0], ccv: change[1] }) as Controls, pat);
  return setControlsWith(pair, change, pat);
}
