import { describe, expect, it } from 'vitest';
import { byTime, midiMessages } from '../../../src/app/midi/messages.ts';

const at = (controls: Record<string, unknown>, time = 1, duration = 0.5) => midiMessages({ time, duration, controls });

describe('the MIDI messages of an event', () => {
  it('sends a note on the channel of midichan, velocity from velocity times gain, and its note off at its end', () => {
    const { messages, problems } = at({ note: 'c4', midichan: 2, velocity: 0.5, gain: 0.5 });
    expect(problems).toEqual([]);
    expect(messages).toEqual([
      { time: 1, kind: 'noteOn', data: [0x91, 60, 32], channel: 1, key: 60 },
      { time: 1.5, kind: 'noteOff', data: [0x81, 60, 0], channel: 1, key: 60 },
    ]);
    // Strudel's defaults: channel 1, velocity 0.9; a name without octave is octave 3; n and freq are pitches too.
    expect(at({ note: 'e' }).messages[0]!.data).toEqual([0x90, 52, 114]);
    expect(at({ n: 62 }).messages[0]!.data).toEqual([0x90, 62, 114]);
    expect(at({ freq: 440 }).messages[0]!.data).toEqual([0x90, 69, 114]);
  });

  it('sends control changes, program changes, pitch bend, aftertouch, NRPN and sysex before the note on', () => {
    const { messages } = at({ note: 60, ccn: 74, ccv: 0.5, progNum: 10, midibend: 0, miditouch: 1, polyTouch: 0.5, nrpnn: [1, 8], nrpv: 100, sysexid: 0x77, sysexdata: [1, 2] });
    expect(messages.map((m) => m.data)).toEqual([
      [0xc0, 10],
      [0xb0, 74, 64],
      [0xb0, 99, 1], [0xb0, 98, 8], [0xb0, 6, 100],
      [0xe0, 0, 64],
      [0xd0, 127],
      [0xf0, 0x77, 1, 2, 0xf7],
      [0xa0, 60, 64],
      [0x90, 60, 114],
      [0x80, 60, 0],
    ]);
    // Bend runs over the 14 bits: -1 is 0, 1 is 16383.
    expect(at({ midibend: -1 }).messages[0]!.data).toEqual([0xe0, 0, 0]);
    expect(at({ midibend: 1 }).messages[0]!.data).toEqual([0xe0, 127, 127]);
    // A control change alone sends no note.
    expect(at({ ccn: 1, ccv: 1 }).messages).toEqual([{ time: 1, kind: 'control', data: [0xb0, 1, 127], channel: 0 }]);
  });

  it('sends midicmd as a real-time message, and nothing else of the event', () => {
    expect(['clock', 'start', 'stop', 'continue'].map((cmd) => at({ midicmd: cmd, note: 60 }).messages.map((m) => m.data))).toEqual([[[0xf8]], [[0xfa]], [[0xfc]], [[0xfb]]]);
  });

  it('says what it cannot send, and sends the rest', () => {
    expect(at({ note: 'c4', midichan: 17 }).problems).toEqual(['midichan must be a whole number from 1 to 16, got 17']);
    expect(at({ note: 'c4', ccv: 0.3 }).problems).toEqual(['ccv needs ccn, the number of the control change']);
    expect(at({ note: 'c4', ccv: 0.3 }).messages.map((m) => m.kind)).toEqual(['noteOn', 'noteOff']);
    expect(at({ note: 'zz' }).problems).toEqual(['"zz" is not a note weft can send to MIDI']);
    expect(at({ note: 200 }).problems).toEqual(['note 200 is outside MIDI\'s 0 to 127']);
    expect(at({ midicmd: 'tick' }).problems[0]).toMatch(/not a MIDI command: clock, start, continue, stop/);
    expect(at({ note: 60, midimap: 'default', ctlNum: 3 }).problems).toEqual([
      "midimap is not read by weft's MIDI output yet: send control changes with ccn and ccv, or .control([number, value])",
      "ctlNum is read by SuperDirt's MIDI, not by weft's: send a control change with ccn and ccv",
    ]);
    // Silent notes (velocity 0) send nothing: a note on of velocity 0 would be a note off.
    expect(at({ note: 60, gain: 0 }).messages).toEqual([]);
  });

  it('orders a note off before a note on at the same time', () => {
    const a = at({ note: 60 }, 0, 1).messages;
    const b = at({ note: 60 }, 1, 1).messages;
    expect([...b, ...a].sort(byTime).map((m) => `${m.time}${m.kind}`)).toEqual(['0noteOn', '1noteOff', '1noteOn', '2noteOff']);
  });
});
