/**
 * MIDI sysex messages: `sysex([id, data])` sets `sysexid` and `sysexdata` (rows of
 * src/controls/table-midi.ts), each patterned on its own.
 */
import { setControl, type ControlArg, type ControlList } from './controls.ts';
import type { Controls } from '../controls/index.ts';
import * as core from './core.ts';
import type { Pattern } from './pattern.ts';

/** What {@link sysex} takes: `[id, data]` (each a value, a list or a pattern), or a list pattern. */
export type SysexArg = readonly [id: ControlArg<'sysexid'>, data: ControlArg<'sysexdata'>] | ControlArg<'sysexid'>;

/**
 * A MIDI sysex message: `[id, data]` sets {@link sysexid} and {@link sysexdata}, each patterned on
 * its own; a list value `"id:data"` sets the id and the first data byte.
 * @method
 * @example
 * note("c4").sysex(["0x77", "0x01:0x02:0x03:0x04"]).midichan(1)
 */
export function sysex(message: SysexArg, pat: Pattern<unknown>): Pattern<Controls> {
  if (isPair(message)) return setControl('sysexdata', message[1], setControl('sysexid', message[0], pat));
  return core.fmap(spreadSysex, setControl('sysexid', message, pat));
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
