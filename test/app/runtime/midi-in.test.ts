// MIDI input values on their way through the runtime: set by key for all code, the evaluations
// that listen to it play the new value from the next events sent (the slider's path: asked again,
// sent again, no evaluation), code evaluated later hears where the input already is, and a realm
// that replaces a broken one gets the values before the code is evaluated again.
import { describe, expect, it } from 'vitest';
import { midiInKey } from '../../../src/eval/index.ts';
import { FakeThread } from './helpers.ts';

const code = `const cc = midin('Keys')\nx: s("hh*8").gain(cc(7))`;
const key = midiInKey('Keys', 'cc', 7, 0);

/** The gain heard at each time of `s`'s haps, after the cancels. */
function heard(t: FakeThread, s: string): [number, unknown][] {
  const times = new Map<number, unknown>();
  for (const message of t.of('haps')) {
    for (const cancel of message.cancels) for (const [time] of times) if (time > cancel.time) times.delete(time);
    for (const hap of message.haps) if (hap.controls['s'] === s) times.set(Math.round(hap.time * 1e6) / 1e6, hap.controls['gain']);
  }
  return [...times].sort((a, b) => a[0] - b[0]);
}

describe('RuntimeCore MIDI inputs', () => {
  it('reports what the code listens to, in document offsets, and plays a new value from the next events sent', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code });
    const [input] = t.last('evaluated').midiInputs;
    expect(input).toMatchObject({ port: 'Keys', kind: 'cc', number: 7, channel: 0, key, at: { start: code.indexOf('midin'), end: code.indexOf('midin') + 5 } });
    expect(t.last('evaluated').warnings).toEqual([]);
    t.run(500);
    const moved = t.ms / 1000;
    t.send({ type: 'midiIn', key, value: 1 });
    t.run(1500);
    const timeline = heard(t, 'hh');
    expect(timeline.filter(([time]) => time < moved).every(([, gain]) => gain === 0)).toBe(true);
    expect(timeline.filter(([time]) => time > moved + 0.1).every(([, gain]) => gain === 1)).toBe(true);
    expect(timeline.filter(([, gain]) => gain === 1).length).toBeGreaterThan(4);
    const steps = timeline.slice(1).map(([time], i) => Math.round((time - timeline[i]![0]) * 1e6) / 1e6);
    expect(new Set(steps)).toEqual(new Set([0.25]));
  });

  it('gives code evaluated later the value the input already has', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: 's("bd")' });
    t.run(200);
    t.send({ type: 'midiIn', key, value: 0.5 });
    t.send({ type: 'evaluate', id: 2, code });
    t.run(1000);
    expect(heard(t, 'hh').every(([, gain]) => gain === 0.5)).toBe(true);
    expect(heard(t, 'hh').length).toBeGreaterThan(4);
  });

  it('plays the notes held as a chord', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: `const kb = midin('Keys')\nx: note(kb.held()).s("saw")` });
    t.run(300);
    t.send({ type: 'midiIn', key: midiInKey('Keys', 'held', 0, 0), value: [60, 64, 67] });
    t.run(3000);
    const notes = t.of('haps').flatMap((m) => m.haps).map((h) => h.controls['note']);
    expect(new Set(notes)).toEqual(new Set([60, 64, 67]));
  });

  it('keeps the values when the performer realm is replaced', () => {
    const t = new FakeThread({ hangs: (m) => m.type === 'evaluate' && m.code.includes('hang') });
    t.send({ type: 'evaluate', id: 1, code });
    t.run(500);
    t.send({ type: 'midiIn', key, value: 0.75 });
    t.run(500);
    t.send({ type: 'evaluate', id: 2, code: 'y: s("bd").fmap(() => { hang() })' });
    t.run(6000);
    expect(t.last('status').status.realmsReplaced).toBe(1);
    const last = t.of('haps').flatMap((m) => m.haps).filter((h) => h.controls['s'] === 'hh').slice(-4);
    expect(last.map((h) => h.controls['gain'])).toEqual([0.75, 0.75, 0.75, 0.75]);
  });
});
