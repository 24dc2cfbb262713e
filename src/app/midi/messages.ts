/**
 * The MIDI messages of one event sent with `.midi()`, from its controls: a note on and its note
 * off, control changes (`ccn`/`ccv`, `.control()`), NRPNs, program change (`progNum`), pitch
 * bend (`midibend`), aftertouch (`miditouch`, `polyTouch`), sysex and the real-time commands of
 * `midicmd`. Pure: the live MIDI output sends them through Web MIDI, `weft render --midi` writes
 * them into a Standard MIDI File. A value that cannot be sent is a problem to report, never an
 * exception.
 */
import { noteToMidiNumber } from '../../audio/dsp/pitch.ts';

/** What a message is, for ordering and for a file: a note's start or end, or anything else. */
export type MidiKind = 'noteOn' | 'noteOff' | 'control' | 'program' | 'bend' | 'touch' | 'sysex' | 'realtime';

/** One message at an audio time. */
export interface MidiMessage {
  /** Audio time (s). */
  readonly time: number;
  readonly kind: MidiKind;
  /** The bytes, status first. */
  readonly data: readonly number[];
  /** 0 to 15 (undefined for real-time and sysex messages). */
  readonly channel?: number;
  /** The key of a note on or off. */
  readonly key?: number;
}

/** What an event asks for, in controls (the hap's values) and time. */
export interface MidiEvent {
  readonly time: number;
  readonly duration: number;
  readonly controls: Readonly<Record<string, unknown>>;
}

/** The real-time commands of `midicmd`, as Strudel names them. */
export const MIDI_COMMANDS: Readonly<Record<string, number>> = { clock: 0xf8, start: 0xfa, continue: 0xfb, stop: 0xfc };

/** Velocity when the event sets none (as Strudel). */
const DEFAULT_VELOCITY = 0.9;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const byte = (x: number): number => clamp(Math.round(x), 0, 127);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

/** A number from a control's value (numbers, numeric strings, hex such as `"0x77"`). */
function numberOf(value: unknown): number | undefined {
  if (isNumber(value)) return value;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : undefined;
}

/** A list of numbers from a control's value (a list, or one number). */
function numbersOf(value: unknown): number[] | undefined {
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  const out = items.map(numberOf);
  return out.every((n): n is number => n !== undefined) ? out : undefined;
}

/** The MIDI key of an event: `note` (a name or number), else `n`, else `freq`; rounded. */
export function midiKey(controls: Readonly<Record<string, unknown>>): number | undefined {
  const note = controls.note ?? controls.n;
  const key = note !== undefined ? noteToMidiNumber(Array.isArray(note) ? note[0] : note) : isNumber(controls.freq) && controls.freq > 0 ? 69 + 12 * Math.log2(controls.freq / 440) : undefined;
  return key === undefined || !Number.isFinite(key) ? undefined : Math.round(key);
}

/** The messages of `event` and what of it cannot be sent. */
export interface EventMessages {
  readonly messages: MidiMessage[];
  readonly problems: string[];
}

/**
 * The MIDI messages of `event`, in the order they go out: at its start, program change, control
 * changes, NRPN, pitch bend, aftertouch and sysex before the note on; the note off at its end.
 * With `midicmd`, only that real-time command.
 *
 * @example
 * midiMessages({ time: 0, duration: 0.5, controls: { note: 'c4', midichan: 2 } }).messages // note on, note off on channel 2
 */
export function midiMessages(event: MidiEvent): EventMessages {
  const { time, duration, controls: c } = event;
  const messages: MidiMessage[] = [];
  const problems: string[] = [];
  if (c.midicmd !== undefined) {
    const status = typeof c.midicmd === 'string' ? MIDI_COMMANDS[c.midicmd] : undefined;
    if (status === undefined) problems.push(`midicmd ${JSON.stringify(c.midicmd)} is not a MIDI command: ${Object.keys(MIDI_COMMANDS).join(', ')}`);
    else messages.push({ time, kind: 'realtime', data: [status] });
    return { messages, problems };
  }
  if (c.midimap !== undefined) problems.push('midimap is not read by weft\'s MIDI output yet: send control changes with ccn and ccv, or .control([number, value])');
  if (c.ctlNum !== undefined) problems.push('ctlNum is read by SuperDirt\'s MIDI, not by weft\'s: send a control change with ccn and ccv');
  const chan = c.midichan === undefined ? 1 : numberOf(c.midichan);
  if (chan === undefined || !Number.isInteger(chan) || chan < 1 || chan > 16) {
    problems.push(`midichan must be a whole number from 1 to 16, got ${JSON.stringify(c.midichan)}`);
    return { messages, problems };
  }
  const channel = chan - 1;
  const at = (kind: MidiKind, data: number[], key?: number): void => {
    messages.push(key === undefined ? { time, kind, data, channel } : { time, kind, data, channel, key });
  };
  if (c.progNum !== undefined) {
    const program = numberOf(c.progNum);
    if (program === undefined) problems.push(`progNum must be a number from 0 to 127, got ${JSON.stringify(c.progNum)}`);
    else at('program', [0xc0 | channel, byte(program)]);
  }
  if (c.ccn !== undefined || c.ccv !== undefined) {
    const number = numberOf(c.ccn);
    const value = numberOf(c.ccv);
    if (number === undefined || value === undefined) problems.push(c.ccn === undefined ? 'ccv needs ccn, the number of the control change' : c.ccv === undefined ? 'ccn needs ccv, the value of the control change (0 to 1)' : 'ccn and ccv must be numbers');
    else at('control', [0xb0 | channel, byte(number), byte(value * 127)]);
  }
  if (c.nrpnn !== undefined || c.nrpv !== undefined) {
    const parameter = numbersOf(c.nrpnn);
    const value = numberOf(c.nrpv);
    if (parameter === undefined || value === undefined) problems.push('an NRPN needs both nrpnn (its number, "msb:lsb") and nrpv (its value)');
    else {
      const [msb = 0, lsb = 0] = parameter.length === 1 ? [Math.floor(parameter[0]! / 128), parameter[0]! % 128] : parameter;
      at('control', [0xb0 | channel, 99, byte(msb)]);
      at('control', [0xb0 | channel, 98, byte(lsb)]);
      at('control', [0xb0 | channel, 6, byte(value)]);
    }
  }
  if (c.midibend !== undefined) {
    const bend = numberOf(c.midibend);
    if (bend === undefined) problems.push(`midibend must be a number from -1 to 1, got ${JSON.stringify(c.midibend)}`);
    else {
      const value = clamp(Math.round(((clamp(bend, -1, 1) + 1) / 2) * 16383), 0, 16383);
      at('bend', [0xe0 | channel, value & 0x7f, value >> 7]);
    }
  }
  if (c.miditouch !== undefined) {
    const touch = numberOf(c.miditouch);
    if (touch === undefined) problems.push(`miditouch must be a number from 0 to 1, got ${JSON.stringify(c.miditouch)}`);
    else at('touch', [0xd0 | channel, byte(touch * 127)]);
  }
  if (c.sysexid !== undefined || c.sysexdata !== undefined) {
    const id = numbersOf(c.sysexid);
    const data = c.sysexdata === undefined ? [] : numbersOf(c.sysexdata);
    if (id === undefined || data === undefined) problems.push('sysex needs sysexid and sysexdata as numbers (0 to 127)');
    else messages.push({ time, kind: 'sysex', data: [0xf0, ...id.map(byte), ...data.map(byte), 0xf7] });
  }
  const key = midiKey(c);
  const hasPitch = c.note !== undefined || c.n !== undefined || c.freq !== undefined;
  if (hasPitch && key === undefined) problems.push(`${JSON.stringify(c.note ?? c.n ?? c.freq)} is not a note weft can send to MIDI`);
  if (key !== undefined) {
    if (key < 0 || key > 127) {
      problems.push(`note ${key} is outside MIDI's 0 to 127`);
      return { messages, problems };
    }
    if (c.polyTouch !== undefined) {
      const touch = numberOf(c.polyTouch);
      if (touch !== undefined) at('touch', [0xa0 | channel, key, byte(touch * 127)], key);
    }
    const velocity = (numberOf(c.velocity) ?? DEFAULT_VELOCITY) * (numberOf(c.gain) ?? 1);
    const value = byte(velocity * 127);
    // A note of velocity 0 would be read as a note off: it is silent, so nothing is sent.
    if (value > 0) {
      at('noteOn', [0x90 | channel, key, value], key);
      messages.push({ time: time + Math.max(0, duration), kind: 'noteOff', data: [0x80 | channel, key, 0], channel, key });
    }
  }
  return { messages, problems };
}

/**
 * Orders messages for sending: by time; at the same time a note off before anything else, so a
 * note that ends where the same key starts again is not cut off by its own note off.
 */
export function byTime(a: MidiMessage, b: MidiMessage): number {
  return a.time - b.time || Number(b.kind === 'noteOff') - Number(a.kind === 'noteOff');
}
