// The main thread's MIDI input for the code: an input's state from its bytes (controllers per
// channel and on any, notes held and the last, a note-on of velocity 0 as a note-off), the values
// sent by key as they change, at most one per 15 ms per key with the latest last, the values
// already known sent to new code, and a missing port told once per call with the inputs there are.
import { describe, expect, it } from 'vitest';
import { InputState } from '../../../src/app/midi/input-state.ts';
import { MidiIn, THROTTLE_MS } from '../../../src/app/midi/midi-in.ts';
import { evaluate, type MidiInValue } from '../../../src/eval/index.ts';
import { fakePorts } from './fake-ports.ts';

describe('InputState', () => {
  it('keeps controllers by channel and on any channel, and the notes held and the last', () => {
    const state = new InputState();
    expect(state.value('cc', 74, 0)).toBeUndefined();
    expect(state.apply([0xb2, 74, 127])).toBe(true); // channel 3
    expect(state.value('cc', 74, 3)).toBe(1);
    expect(state.value('cc', 74, 0)).toBe(1);
    expect(state.value('cc', 74, 1)).toBeUndefined();
    state.apply([0x90, 64, 90]);
    state.apply([0x91, 60, 90]);
    state.apply([0x90, 67, 90]);
    expect(state.value('held', 0, 0)).toEqual([60, 64, 67]);
    expect(state.value('held', 0, 2)).toEqual([60]);
    expect(state.value('last', 0, 0)).toBe(67);
    state.apply([0x90, 64, 0]); // a note-on of velocity 0 ends the note
    state.apply([0x81, 60, 0]);
    expect(state.value('held', 0, 0)).toEqual([67]);
    expect(state.value('last', 0, 2)).toBe(60);
    expect(state.apply([0xf8])).toBe(false);
    expect(state.apply([0x80, 50, 0])).toBe(false);
  });
});

/** A MidiIn on fake ports and a fake clock, recording what it sends. */
function setUp(names = ['Keys', 'IAC Driver Bus 1']) {
  const fake = fakePorts(names);
  let now = 0;
  const timers: { at: number; f: () => void }[] = [];
  const sent: [string, MidiInValue][] = [];
  const midi = new MidiIn(fake.ports, {
    send: (key, value) => void sent.push([key, value]),
    now: () => now,
    setTimeout: (f, ms) => void timers.push({ at: now + ms, f }),
  });
  const advance = (ms: number): void => {
    now += ms;
    for (const timer of timers.filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.f();
    }
  };
  return { fake, midi, sent, advance };
}

const requests = (code: string) => evaluate(code, { midiInputs: new Map() }).midiInputs;

describe('MidiIn', () => {
  it('sends a controller as it moves, at most once per 15 ms per key, the latest last', () => {
    const { fake, midi, sent, advance } = setUp();
    const [request] = requests("const cc = midin('IAC')\nnote(\"c\").lpf(cc(74))");
    midi.listen([request!], () => expect.fail('the port is there'));
    const iac = fake.inputs.get('IAC Driver Bus 1')!;
    iac.send([0xb0, 74, 0]);
    for (let v = 1; v <= 20; v++) {
      advance(1);
      iac.send([0xb0, 74, v]);
    }
    // 21 values in 20 ms: the first at once, the latest at 15 ms, the rest held back.
    expect(sent).toEqual([[request!.key, 0], [request!.key, 14 / 127]]);
    advance(THROTTLE_MS);
    expect(sent).toEqual([[request!.key, 0], [request!.key, 14 / 127], [request!.key, 20 / 127]]);
    advance(THROTTLE_MS);
    expect(sent).toHaveLength(3);
  });

  it('sends the notes held to code that listens to them, and what is known to code evaluated later', () => {
    const { fake, midi, sent, advance } = setUp();
    const keys = fake.inputs.get('Keys')!;
    midi.listen(requests("midin('Keys').cc(1)"), () => undefined);
    keys.send([0x90, 60, 100]);
    keys.send([0xb0, 1, 64]);
    advance(100);
    const [held] = requests("note(midin('Keys').held())");
    midi.listen([held!], () => undefined);
    expect(sent.at(-1)).toEqual([held!.key, [60]]);
    advance(100);
    keys.send([0x90, 64, 100]);
    expect(sent.at(-1)).toEqual([held!.key, [60, 64]]);
  });

  it('says each call that names a missing port, with the inputs there are, and opens it once it comes', () => {
    const { fake, midi, sent } = setUp();
    const missing: [string, readonly string[]][] = [];
    const code = "const a = midin('Nord')\nconst b = midin('Nord')\nnote(\"c\").gain(a(7)).pan(a(10)).lpf(b(74))";
    midi.listen(requests(code), (request, present) => void missing.push([code.slice(request.at.start, request.at.end) + '@' + request.at.start, present]));
    expect(missing).toEqual([
      [`midin@${code.indexOf('midin')}`, ['Keys', 'IAC Driver Bus 1']],
      [`midin@${code.lastIndexOf('midin')}`, ['Keys', 'IAC Driver Bus 1']],
    ]);
    fake.connect('Nord Lead');
    fake.inputs.get('Nord Lead')!.send([0xb0, 7, 127]);
    expect(sent.map(([, v]) => v)).toEqual([1]);
  });
});
