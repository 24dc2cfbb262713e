/**
 * MIDI and OSC output: channels, ports, control changes, program changes, sysex and the OSC host.
 * Rows of the one control table (table.ts); see spec.ts for what each column means.
 */
import type { ControlRows } from './spec.ts';

/** The rows of this section, keyed by the name that ends up in the hap's value. */
export const MIDI_CONTROLS = {
  output: {
    kind: 'string', internal: true, engine: 'output',
    doc: "Where the event goes instead of weft's sound: `\"midi\"` (set by `.midi()`) or `\"osc\"` (set by `.osc()`).",
  },
  midichan: {
    kind: 'number', engine: 'output',
    doc: 'The MIDI channel to send on (1 to 16).',
    example: 'note("c4 e4").midichan("<1 2>")',
  },
  midimap: {
    kind: 'string', engine: 'output',
    doc: 'The name of a control-change mapping to translate controls into MIDI CC messages with.',
    example: 'note("c4").midimap("default").cutoff(0.5)',
  },
  midiport: {
    kind: 'numberOrName', engine: 'output',
    doc: 'The MIDI output port, by number or by name.',
    example: 'note("c a f e").midiport("<0 1 2 3>")',
  },
  midicmd: {
    kind: 'string', engine: 'output',
    doc: 'A MIDI command to send instead of a note: `"clock"`, `"start"`, `"stop"` or `"continue"`.',
    example: 'midicmd("clock*48,<start stop>/2")',
  },
  ccn: {
    kind: 'number', engine: 'output',
    doc: 'The number of a MIDI control change (CC) to send, with its value {@link ccv}.',
    example: 'note("c4").ccn(74).ccv(sine.segment(4))',
  },
  ccv: {
    kind: 'number', engine: 'output',
    doc: 'The value of the MIDI control change (CC) {@link ccn}, from 0 to 1.',
    example: 'note("c4").ccn(74).ccv("<0 0.5 1>")',
  },
  ctlNum: {
    kind: 'number', engine: 'output',
    doc: "A MIDI control number, for outputs that read it (SuperDirt's MIDI).",
    example: 'note("c4").ctlNum(74)',
  },
  nrpnn: {
    kind: 'numbers', engine: 'output',
    doc: 'The number of a MIDI NRPN (non-registered parameter); `"1:8"` gives its MSB and LSB.',
    example: 'note("c4").nrpnn("1:8").nrpv("123").midichan(1)',
  },
  nrpv: {
    kind: 'number', engine: 'output',
    doc: 'The value of the MIDI NRPN {@link nrpnn} (0 to 127).',
    example: 'note("c4").nrpnn("1:8").nrpv("<0 64 127>")',
  },
  progNum: {
    kind: 'number', engine: 'output',
    doc: 'A MIDI program change: the program number to switch to (0 to 127).',
    example: 'note("c4").progNum("<10 20>").midichan(1)',
  },
  sysexid: {
    kind: 'number', engine: 'output',
    doc: 'The id (manufacturer byte) of a MIDI sysex message; hex numbers such as `0x77` are read.',
    example: 'note("c4").sysexid("0x77").sysexdata("0x01:0x02:0x03:0x04")',
  },
  sysexdata: {
    kind: 'numbers', engine: 'output',
    doc: 'The data bytes of a MIDI sysex message, as a list: `"0x01:0x02:0x03"`.',
    example: 'note("c4").sysexid("0x77").sysexdata("0x01:0x02:0x03:0x04")',
  },
  midibend: {
    kind: 'number', engine: 'output',
    doc: 'MIDI pitch bend, from -1 to 1.',
    example: 'note("c4").midibend(sine.slow(4).range(-0.4, 0.4))',
  },
  miditouch: {
    kind: 'number', engine: 'output',
    doc: 'MIDI key aftertouch (pressure), from 0 to 1.',
    example: 'note("c4").miditouch(sine.slow(4).range(0, 1))',
  },
  polyTouch: {
    kind: 'number', engine: 'output',
    doc: 'MIDI polyphonic aftertouch, from 0 to 1.',
    example: 'note("c4 e4").polyTouch("<0.2 0.8>")',
  },
  oschost: {
    kind: 'string', engine: 'output',
    doc: 'The host to send OSC (open sound control) messages to.',
    example: 'note("c4").oschost("127.0.0.1").oscport(57120)',
  },
  oscport: {
    kind: 'number', engine: 'output',
    doc: 'The port to send OSC (open sound control) messages to.',
    example: 'note("c4").oschost("127.0.0.1").oscport(57120)',
  },
} as const satisfies ControlRows;
