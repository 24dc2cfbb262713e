/**
 * The outputs other than weft's sound, as Strudel names them: `.midi()` sends a pattern's events
 * to a MIDI port, `.osc()` to SuperDirt (or any OSC engine) through `weft osc-bridge`. Each sets the
 * `output` control (src/controls/table-midi.ts) on the events, which weft's engine then leaves
 * alone; the app (src/app/midi, src/app/osc) and `weft render --midi` read the events' MIDI and OSC
 * controls. Where the code is evaluated each call is also read with its place (located-calls.ts),
 * so that a missing port is reported at the call.
 */
import type { Controls } from '../controls/index.ts';
import { setControl, setControlsWith, type ControlArg } from './controls.ts';
import * as core from './core.ts';
import type { Pattern } from './pattern.ts';

/** What `.midi()` takes: a port's name or number, or Strudel's options object (see {@link MIDI_OPTIONS}). */
export type MidiOutput = string | number | MidiOptions;

/** Strudel's options of `.midi()`, as a second argument or instead of the port. */
export type MidiOptions = { readonly [option: string]: unknown };

/** The options of `.midi()` weft reads, and the control each sets where the event sets none. */
export const MIDI_OPTIONS: Readonly<Record<string, string>> = {
  midiport: 'midiport', port: 'midiport', midichan: 'midichan', midichannel: 'midichan', velocity: 'velocity', midimap: 'midimap',
};

/** The options given to `.midi()` that weft does not read (said at the call). */
export function unreadMidiOptions(...args: readonly unknown[]): string[] {
  return args.flatMap((arg) => (typeof arg === 'object' && arg !== null && !Array.isArray(arg) ? Object.keys(arg).filter((key) => !Object.hasOwn(MIDI_OPTIONS, key)) : []));
}

/** The controls of an event: a plain value (`"c e g".midi()`) is the note. */
function controlsOf(value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return { ...(value as Record<string, unknown>) };
  return { note: value };
}

/** The controls that `.midi(output, options)` sets where the event does not set them itself. */
function midiDefaults(output: MidiOutput | undefined, options: MidiOptions | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const given of [options, typeof output === 'object' ? output : undefined]) {
    if (given === undefined) continue;
    for (const [option, control] of Object.entries(MIDI_OPTIONS)) {
      const value = given[option];
      if ((typeof value === 'string' || typeof value === 'number') && out[control] === undefined) out[control] = value;
    }
  }
  if (typeof output === 'string' || typeof output === 'number') out.midiport = output;
  return out;
}

/**
 * Sends the events to a MIDI output instead of weft's sound: notes on the channel of
 * {@link midichan} with the velocity of {@link velocity} times {@link gain}, and the control
 * changes, program changes, pitch bend, aftertouch and `midicmd` messages the events carry.
 * Without a port, the port chosen in the MIDI panel (at first the first one); a port the
 * browser does not have is reported at the call. Strudel's options (`{ midichannel: 2 }`) may
 * follow the port; those weft does not read are said at the call.
 * @method
 * @example
 * note("c4 e4 g4 c5").midichan(1).midi()
 */
export function midi(output: MidiOutput | undefined, options: MidiOptions | undefined, pat: Pattern<unknown>): Pattern<Controls> {
  const defaults = midiDefaults(output, options);
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

/** What `.control()` takes: `[number, value]` (each a value, mini-notation or a pattern), or mini-notation of pairs (`"74:0.5"`). */
export type ControlChange = readonly [ControlArg<'ccn'>, ControlArg<'ccv'>] | ControlArg<'ccn'>;

/**
 * A MIDI control change as a pair: its number ({@link ccn}) and its value from 0 to 1
 * ({@link ccv}), each patterned on its own, as Strudel's `control` takes it.
 * @method control
 * @example
 * note("c a f e").control([74, sine.slow(4)]).midi()
 */
export function controlChange(change: ControlChange, pat: Pattern<unknown>): Pattern<Controls> {
  if (isPair(change)) return setControl('ccv', change[1], setControl('ccn', change[0], pat));
  const pair = (v: unknown): Controls => (Array.isArray(v) ? { ccn: v[0] as number, ccv: v[1] as number } : { ccn: v as number });
  return setControlsWith(pair, change, pat);
}

function isPair(change: ControlChange): change is readonly [ControlArg<'ccn'>, ControlArg<'ccv'>] {
  return Array.isArray(change) && change.length === 2;
}
