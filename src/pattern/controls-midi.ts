/**
 * MIDI and OSC output controls: the channel, port and messages a MIDI output sends (control
 * changes, NRPN, program changes, sysex, pitch bend, aftertouch) and where an OSC output sends to.
 * weft carries them on the events for outputs that read them. See `CONTROL_TABLE` (src/controls/table.ts).
 */
import { control, setControl, type ControlArg, type ControlList } from './controls.ts';
import type { Controls } from '../controls/index.ts';
import type { Pattern } from './pattern.ts';

/**
 * The MIDI channel to send on (1 to 16).
 * @example
 * note("c4 e4").midichan("<1 2>")
 */
export const midichan = control('midichan');
/**
 * The name of a control-change mapping to translate controls into MIDI CC messages with.
 * @example
 * note("c4").midimap("default").cutoff(0.5)
 */
export const midimap = control('midimap');
/**
 * The MIDI output port, by number or by name.
 * @example
 * note("c a f e").midiport("<0 1 2 3>")
 */
export const midiport = control('midiport');
/**
 * A MIDI command to send instead of a note: `"clock"`, `"start"`, `"stop"` or `"continue"`.
 * @example
 * midicmd("clock*48,<start stop>/2")
 */
export const midicmd = control('midicmd');
/**
 * The number of a MIDI control change (CC) to send, with its value {@link ccv}.
 * @example
 * note("c4").ccn(74).ccv(sine.segment(4))
 */
export const ccn = control('ccn');
/**
 * The value of the MIDI control change (CC) {@link ccn}, from 0 to 1.
 * @example
 * note("c4").ccn(74).ccv("<0 0.5 1>")
 */
export const ccv = control('ccv');
/**
 * A MIDI control number, for outputs that read it (SuperDirt's MIDI).
 * @example
 * note("c4").ctlNum(74)
 */
export const ctlNum = control('ctlNum');
/**
 * The number of a MIDI NRPN (non-registered parameter); `"1:8"` gives its MSB and LSB.
 * @example
 * note("c4").nrpnn("1:8").nrpv("123").midichan(1)
 */
export const nrpnn = control('nrpnn');
/**
 * The value of the MIDI NRPN {@link nrpnn} (0 to 127).
 * @example
 * note("c4").nrpnn("1:8").nrpv("<0 64 127>")
 */
export const nrpv = control('nrpv');
/**
 * A MIDI program change: the program number to switch to (0 to 127).
 * @example
 * note("c4").progNum("<10 20>").midichan(1)
 */
export const progNum = control('progNum');
/**
 * The id (manufacturer byte) of a MIDI sysex message; hex numbers such as `0x77` are read.
 * @example
 * note("c4").sysexid("0x77").sysexdata("0x01:0x02:0x03:0x04")
 */
export const sysexid = control('sysexid');
/**
 * The data bytes of a MIDI sysex message, as a list: `"0x01:0x02:0x03"`.
 * @example
 * note("c4").sysexid("0x77").sysexdata("0x01:0x02:0x03:0x04")
 */
export const sysexdata = control('sysexdata');
/**
 * MIDI pitch bend, from -1 to 1.
 * @example
 * note("c4").midibend(sine.slow(4).range(-0.4, 0.4))
 */
export const midibend = control('midibend');
/**
 * MIDI key aftertouch (pressure), from 0 to 1.
 * @example
 * note("c4").miditouch(sine.slow(4).range(0, 1))
 */
export const miditouch = control('miditouch');
/**
 * MIDI polyphonic aftertouch, from 0 to 1.
 * @example
 * note("c4 e4").polyTouch("<0.2 0.8>")
 */
export const polyTouch = control('polyTouch');
/**
 * The host to send OSC (open sound control) messages to.
 * @example
 * note("c4").oschost("127.0.0.1").oscport(57120)
 */
export const oschost = control('oschost');
/**
 * The port to send OSC (open sound control) messages to.
 * @example
 * note("c4").oschost("127.0.0.1").oscport(57120)
 */
export const oscport = control('oscport');

/** What {@link sysex} takes: `[id, data]` (each a value, a list or a pattern), or a list pattern. */
export type SysexArg = readonly [id: ControlArg<'sysexid'>, data: ControlArg<'sysexdata'>] | ControlArg<'sysexid'>;

/**
 * A MIDI sysex message: `[id, data]` sets {@link sysexid} and {@link sysexdata}, each patterned on
 * its own; a list value `"id:data"` sets the id and the first data byte.
 * @example
 * note("c4").sysex(["0x77", "0x01:0x02:0x03:0x04"]).midichan(1)
 */
export function sysex(message: SysexArg, pat: Pattern<unknown>): Pattern<Controls> {
  if (isPair(message)) return setControl('sysexdata', message[1], setControl('sysexid', message[0], pat));
  return setControl('sysexid', message, pat).fmap(spreadSysex);
}

function isPair(message: SysexArg): message is readonly [ControlArg<'sysexid'>, ControlArg<'sysexdata'>] {
  return Array.isArray(message) && message.length === 2 && !message.every((part) => typeof part === 'number');
}

// A list value of `sysex("1:2:3")` spreads over the id and the data.
function spreadSysex(controls: Controls): Controls {
  const id: unknown = controls.sysexid;
  if (!Array.isArray(id)) return controls;
  const list = id as ControlList;
  return { ...controls, sysexid: list[0] as number, sysexdata: list[1] as number };
}
