import { describe, expect, it } from 'vitest';
import { GENERATION_IDS, START_DELAY } from '../../../src/app/runtime/host.ts';
import type { RestoreState } from '../../../src/app/runtime/messages.ts';
import { FakeThread } from './helpers.ts';

/** Where playback starts: a little after now. */
const START = START_DELAY;

/** Onset times (rounded to a microsecond) and sounds of events. */
const timeline = (events: readonly { time: number; controls: Record<string, unknown> }[]): [number, unknown][] =>
  events.map((e): [number, unknown] => [Math.round(e.time * 1e6) / 1e6, e.controls['s']]);

const THROWS_AT_CYCLE_3 = `$: s("<bd sd cp oops>").fmap(v => {
  if (v.s === 'oops') throw new Error('no oops');
  return v;
})`;

describe('RuntimeCore.receive evaluate', () => {
  it('plays the code from one block after now, its events located in the document', () => {
    const t = new FakeThread();
    const code = '$: s("bd*4")';
    t.send({ type: 'evaluate', id: 1, code });
    const reply = t.last('evaluated');
    expect(reply.blocks).toEqual([{ label: '$', muted: false, from: 0, to: code.length }]);
    expect(reply.swapTime).toBeCloseTo(START, 9);
    // cps 0.5: a bd every half second, for the one-second lookahead.
    expect(timeline(t.worklet.between(0, 1))).toEqual([[Math.round(START * 1e6) / 1e6, 'bd'], [Math.round((START + 0.5) * 1e6) / 1e6, 'bd']]);
    const bd = code.indexOf('bd');
    expect(t.worklet.queue[0]!.locations).toContainEqual({ start: bd, end: bd + 2 });
    expect(t.of('haps').flatMap((m) => m.haps).map((h) => h.time)).toEqual(t.worklet.queue.map((e) => e.time));
  });

  it('gives each hap the key of the evaluation whose code made it, and keeps the key in the snapshot', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: 'a: s("hh*8")\nb: s("cp")', key: 'editor:1' });
    t.send({ type: 'evaluate', id: 2, code: 'b: s("bd")', block: { label: 'b', from: 13, to: 23 }, key: 'example:1' });
    t.run(300);
    const haps = t.of('haps').flatMap((m) => m.haps);
    expect(new Set(haps.filter((h) => h.controls['s'] === 'hh').map((h) => h.key))).toEqual(new Set(['editor:1']));
    expect(new Set(haps.filter((h) => h.controls['s'] === 'bd').map((h) => h.key))).toEqual(new Set(['example:1']));
    expect(t.last('snapshot').snapshot.entries.map((e) => e.key)).toEqual(['editor:1', 'example:1']);
  });

  it('shifts the locations and error positions of a block evaluated on its own', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: 'a: s("hh*8")\nb: s("cp")' });
    const hh = t.worklet.queue.filter((e) => e.controls['s'] === 'hh');
    t.send({ type: 'evaluate', id: 2, code: 'b: s("bd")', block: { label: 'b', from: 13, to: 23, line: 2, column: 1 } });
    const reply = t.last('evaluated');
    expect(reply.blocks).toEqual([{ label: 'b', muted: false, from: 13, to: 23 }]);
    const bd = t.worklet.queue.find((e) => e.controls['s'] === 'bd');
    expect(bd?.locations).toEqual([{ start: 13 + 'b: s("'.length, end: 13 + 'b: s("bd'.length }]);
    // The other block plays on, its events neither cancelled nor sent again.
    expect(hh.length).toBeGreaterThan(2);
    expect(t.worklet.queue.filter((e) => e.controls['s'] === 'hh')).toEqual(hh);
    expect(t.worklet.queue.some((e) => e.controls['s'] === 'cp')).toBe(false);

    t.send({ type: 'evaluate', id: 3, code: 'b: s("bd").fast(', block: { label: 'b', from: 13, to: 29, line: 2, column: 1 } });
    const error = t.last('error');
    expect(error).toMatchObject({ id: 3, line: 2 });
    expect(error.from).toBeGreaterThanOrEqual(13);
  });

  it('leaves the previous pattern playing after a syntax error, and says where it is', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("bd*4")' });
    t.run(500);
    const before = t.worklet.queue.slice();
    t.send({ type: 'evaluate', id: 2, code: '$: s("sd*4"\n  .fast(2' });
    expect(t.last('error')).toMatchObject({ id: 2, line: 2 });
    expect(t.worklet.queue).toEqual(before);
    t.run(2000);
    expect(new Set(t.worklet.between(0, 3).map((e) => e.controls['s']))).toEqual(new Set(['bd']));
  });

  it('reports an error thrown while the code runs at its place', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("bd")\n$: s("hh").fast(nope)' });
    expect(t.last('error')).toMatchObject({ id: 1, line: 2, column: 17, message: expect.stringContaining('nope') });
  });

  it('changes the tempo when the code calls setcps, and keeps it when later code does not', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: 'setcps(1)\n$: s("bd")' });
    expect(t.last('evaluated').cps).toBe(1);
    t.run(100);
    t.send({ type: 'evaluate', id: 2, code: '$: s("sd")' });
    expect(t.last('evaluated').cps).toBe(1);
    t.run(100);
    expect(t.last('status').status.cps).toBe(1);
  });

  it('swaps at the next cycle start when quantized', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("bd*4")' });
    t.run(300);
    t.send({ type: 'evaluate', id: 2, code: '$: s("sd*4")', quantize: true });
    const swap = START + 2; // cycle 1 at cps 0.5
    expect(t.last('evaluated').swapTime).toBeCloseTo(swap, 9);
    t.run(3000);
    const events = t.worklet.between(0, 4);
    expect(events.filter((e) => e.time < swap - 1e-9).every((e) => e.controls['s'] === 'bd')).toBe(true);
    expect(events.filter((e) => e.time >= swap - 1e-9).every((e) => e.controls['s'] === 'sd')).toBe(true);
  });

  it('keeps a quantized evaluation\'s patterns filled until their cycle, however far it is', () => {
    const t = new FakeThread();
    // A cycle lasts 8 s: the next cycle start is well past what the evaluation's check covered.
    t.send({ type: 'evaluate', id: 1, code: 'setcps(0.125)\n$: s("bd*8")' });
    t.run(500);
    t.send({ type: 'evaluate', id: 2, code: 'setcps(0.125)\n$: s("sd*8")', quantize: true });
    const swap = START + 8;
    expect(t.last('evaluated').swapTime).toBeCloseTo(swap, 9);
    t.run(10_000);
    const events = t.worklet.between(0, 10);
    expect(events.filter((e) => e.time < swap - 1e-9).every((e) => e.controls['s'] === 'bd')).toBe(true);
    const after = events.filter((e) => e.time >= swap - 1e-9);
    expect(after.map((e) => e.controls['s'])).toEqual(['sd', 'sd']);
    expect(after.map((e) => Math.round((e.time - swap) * 1e6) / 1e6)).toEqual([0, 1]);
  });

  it('applies code evaluated before the start time from the start, never to earlier cycles', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("bd")' });
    // Cycle -1 would throw; the start (cycle 0) is START_DELAY away. Cycle 1 throws too: it falls back.
    t.send({ type: 'evaluate', id: 2, code: THROWS_AT_CYCLE_3.replace('<bd sd cp oops>', '<sd oops>') });
    t.run(2500);
    expect(t.of('queryError').map((e) => e.message)).toEqual(['no oops']);
    expect(timeline(t.worklet.queue)).toEqual([[START, 'sd'], [START + 2, 'bd']]);
  });

  it('sends events whose controls cannot cross threads with those controls as text, and the engine reports them', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("bd").fmap(v => ({ ...v, shape: () => 1 }))' });
    // The worklet gets no voice for it, but the error to report, at the event's place.
    expect(t.worklet.queue).toEqual([]);
    expect(t.worklet.errors[0]).toMatchObject({ kind: 'control', message: 'control "shape" must be a finite number, got "() => 1"' });
    expect(t.worklet.errors[0]!.locations).toContainEqual({ start: 6, end: 8 });
    expect(t.last('haps').haps[0]!.controls['shape']).toBe('() => 1');
  });

  it('posts the worklet-bound haps and cancels in order for the highlights', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("bd*4")' });
    t.run(200);
    t.send({ type: 'evaluate', id: 2, code: '$: s("sd*4")' });
    const batch = t.last('haps');
    expect(batch.cancels).toHaveLength(1);
    expect(batch.cancels[0]!.block).toBe('$');
    expect(batch.haps.every((h) => h.controls['s'] === 'sd' && h.time > batch.cancels[0]!.time)).toBe(true);
  });
});

describe('RuntimeCore query errors', () => {
  it('reverts a block that throws at a later cycle to its previous version, and reports where', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("hh*4")' });
    t.run(200);
    t.send({ type: 'evaluate', id: 2, code: THROWS_AT_CYCLE_3 });
    t.run(8000);
    const [error, ...more] = t.of('queryError');
    expect(more).toEqual([]);
    expect(error).toMatchObject({ label: '$', reverted: 'previous', message: 'no oops', line: 2 });
    expect(error!.from).toBe(THROWS_AT_CYCLE_3.indexOf('new Error'));
    // Cycles 1 and 2 played the new code, cycle 3 (from 6 s) the old one again.
        expect(new Set(t.worklet.between(START + 2, START + 6 - 1e-6).map((e) => e.controls['s']))).toEqual(new Set(['sd', 'cp']));
    expect(new Set(t.worklet.between(START + 6 - 1e-6, START + 8).map((e) => e.controls['s']))).toEqual(new Set(['hh']));
    expect(t.last('snapshot').snapshot.blocks[0]!.current?.entry).toBe(1);
  });

  it('silences a block that throws with nothing to fall back on', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: THROWS_AT_CYCLE_3 });
    t.run(8000);
    expect(t.last('queryError')).toMatchObject({ reverted: 'silence' });
    expect(t.worklet.between(START + 6 - 1e-6, 9)).toEqual([]);
  });
});

describe('RuntimeCore restore', () => {
  /** Plays `codes` from t = 0 in one worker until `until` ms, then restores into a second one at `at` ms, both on one worklet. */
  function handOver(codes: string[], until: number, at: number, end: number): { restored: FakeThread; reference: FakeThread } {
    const first = new FakeThread();
    const reference = new FakeThread();
    codes.forEach((code, i) => {
      first.send({ type: 'evaluate', id: i + 1, code });
      reference.send({ type: 'evaluate', id: i + 1, code });
      first.run(100);
      reference.run(100);
    });
    first.run(until - first.ms);
    const status = first.last('status').status;
    const restore: RestoreState = { snapshot: first.last('snapshot').snapshot, running: status.running, cps: status.cps, tempo: status.tempo };
    const restored = new FakeThread({ generation: 1, restore, worklet: first.worklet, ms: at });
    restored.run(end - at);
    reference.run(end - reference.ms);
    return { restored, reference };
  }

  it('continues in phase from one block after now, none doubled or dropped', () => {
    const { restored, reference } = handOver(['setcps(0.75)\n$: s("bd*4 sd*3")\nx: s("hh*8").fast("<1 2>")'], 2500, 2800, 6000);
    expect(timeline(restored.worklet.between(0, 6))).toEqual(timeline(reference.worklet.between(0, 6)));
    expect(restored.last('status').status.cycle).toBeCloseTo(reference.last('status').status.cycle, 9);
  });

  it('gives the new worker event ids of its own', () => {
    const { restored } = handOver(['$: s("bd*4")'], 1000, 1100, 3000);
    const ids = restored.worklet.queue.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(restored.worklet.between(1.2, 3).every((e) => e.id >= GENERATION_IDS)).toBe(true);
  });

  it('restores the fallbacks, mutes and block evaluations', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("hh*4")\nb: s("cp")', key: 'k:1' });
    t.send({ type: 'evaluate', id: 2, code: THROWS_AT_CYCLE_3, block: { label: '$', from: 0, to: 12 }, key: 'k:2' });
    t.send({ type: 'mute', label: 'b' });
    t.run(500);
    const status = t.last('status').status;
    const snapshot = t.last('snapshot').snapshot;
    expect(snapshot.entries.map((e) => e.id)).toEqual([1, 2]);
    const restored = new FakeThread({ restore: { snapshot, running: true, cps: status.cps, tempo: status.tempo }, ms: 600, generation: 1 });
    restored.run(8000);
    // The restored blocks' haps still carry the keys their code was sent with.
    expect(new Set(restored.of('haps').flatMap((m) => m.haps).map((h) => h.key))).toEqual(new Set(['k:1', 'k:2']));
    expect(restored.last('queryError')).toMatchObject({ reverted: 'previous', label: '$' });
    const late = restored.worklet.between(7, 8.5).map((e) => e.controls['s']);
    expect(new Set(late)).toEqual(new Set(['hh']));
  });
});

describe('RuntimeCore commands', () => {
  it('mutes and solos blocks and records them in the snapshot', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: 'setcps(1)\na: s("bd*4")\nb: s("hh*4")\nc: s("cp*4")' });
    t.send({ type: 'mute', label: 'a' });
    t.run(1000);
    expect(new Set(t.worklet.between(1.1, 2).map((e) => e.controls['s']))).toEqual(new Set(['hh', 'cp']));
    t.send({ type: 'solo', label: 'c' });
    t.run(1000);
    expect(new Set(t.worklet.between(2.1, 3).map((e) => e.controls['s']))).toEqual(new Set(['cp']));
    expect(t.last('snapshot').snapshot).toMatchObject({ mutes: ['a'], solos: ['c'] });
  });

  it('hushes the worklet and forgets the blocks; stop stops the clock', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("bd*4")' });
    t.run(300);
    t.send({ type: 'hush' });
    expect(t.worklet.messages[t.worklet.messages.length - 1]).toEqual({ type: 'hush' });
    expect(t.last('snapshot').snapshot.blocks).toEqual([]);
    t.run(1000);
    expect(t.worklet.queue).toEqual([]);
    t.send({ type: 'stop' });
    t.run(100);
    expect(t.last('status').status).toMatchObject({ running: false, ahead: 0 });
  });

  it('posts a heartbeat after every tick, and after the haps of every answer, that counts the commands handled', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: '$: s("bd")' });
    t.send({ type: 'setCps', cps: 1 });
    t.send({ type: 'nonsense' });
    const before = t.of('status').length;
    t.run(200);
    expect(t.of('status').length - before).toBeGreaterThanOrEqual(4);
    // Each status follows the haps it counts.
    const sent = t.of('haps').reduce((n, m) => n + m.haps.length, 0);
    expect(t.last('status').status.eventsScheduled).toBe(sent);
    expect(t.last('status')).toMatchObject({ handled: 2, status: { running: true, cps: 1 } });
    expect(t.last('status').status.ahead).toBeCloseTo(1, 2);
  });

  it('waits for the clock to settle before starting', () => {
    const t = new FakeThread({ stamped: false });
    t.send({ type: 'evaluate', id: 1, code: '$: s("bd")' });
    expect(t.core.status().running).toBe(false);
    expect(t.worklet.queue).toEqual([]);
    t.ms = 1000;
    t.stamp();
    expect(t.core.status().running).toBe(false);
    t.ms = 1050;
    t.stamp();
    expect(t.core.status().running).toBe(true);
    expect(t.worklet.queue[0]!.time).toBeCloseTo(1.05 + START, 9);
  });
});

describe('RuntimeCore.receive evaluate with samples', () => {
  it('declares the samples the code names to the worklet before the events that use them', () => {
    const t = new FakeThread();
    t.send({ type: 'evaluate', id: 1, code: "samples({ vox: 'https://example.org/vox.wav' })\n$: s(\"vox*2\")" });
    const kinds = t.worklet.messages.map((m) => m.type);
    expect(kinds.indexOf('declareSamples')).toBeGreaterThanOrEqual(0);
    expect(kinds.indexOf('declareSamples')).toBeLessThan(kinds.indexOf('schedule'));
    const declared = t.worklet.messages.find((m) => m.type === 'declareSamples');
    expect(declared?.type === 'declareSamples' && declared.sounds.map((s) => s.name)).toEqual(['vox']);
    expect(t.last('evaluated').samples).toHaveLength(1);
  });
});

describe('RuntimeCore sliders', () => {
  it('plays a moved slider from the next events sent, with no evaluation, none doubled or dropped', () => {
    const t = new FakeThread();
    const code = 'x: s("hh*8").lpf(slider(800, 200, 4000))';
    t.send({ type: 'evaluate', id: 1, code: `a: s("bd")\n${code}` });
    t.send({ type: 'evaluate', id: 2, code, block: { label: 'x', from: 11, to: 11 + code.length, line: 2, column: 1 } });
    const [slider] = t.last('evaluated').sliders;
    const at = 11 + code.indexOf('800');
    expect(slider).toMatchObject({ id: '2:0', literal: true, min: 200, max: 4000, value: 800, at: { start: at, end: at + 3 } });
    t.run(500);
    const moved = t.ms / 1000;
    t.send({ type: 'slider', id: '2:0', value: 2000 });
    t.run(1500);
    // What was sent for after one block from the move is sent again with the new cutoff: as
    // heard (the cancels applied), the cutoff changes within a block, none doubled or dropped.
    const heard = new Map<number, unknown>();
    for (const message of t.of('haps')) {
      for (const cancel of message.cancels) for (const [time] of heard) if (time > cancel.time && (cancel.block === undefined || cancel.block === 'x')) heard.delete(time);
      for (const hap of message.haps) if (hap.controls['s'] === 'hh') heard.set(Math.round(hap.time * 1e6) / 1e6, hap.controls['cutoff']);
    }
    const timeline = [...heard].sort((a, b) => a[0] - b[0]);
    // Heard from one audio block (and a tick) after the move, not after the second of lookahead.
    expect(timeline.filter(([time]) => time > moved + 0.1).every(([, cutoff]) => cutoff === 2000)).toBe(true);
    expect(timeline.filter(([time]) => time < moved).every(([, cutoff]) => cutoff === 800)).toBe(true);
    expect(timeline.filter(([, cutoff]) => cutoff === 2000).length).toBeGreaterThan(4);
    const steps = timeline.slice(1).map(([time], i) => Math.round((time - timeline[i]![0]) * 1e6) / 1e6);
    expect(new Set(steps)).toEqual(new Set([0.25]));
  });

  it('keeps a moved slider where it is when the performer realm is replaced', () => {
    const t = new FakeThread({ hangs: (m) => m.type === 'evaluate' && m.code.includes('hang') });
    t.send({ type: 'evaluate', id: 1, code: 'x: s("hh*8").lpf(slider(800, 200, 4000))' });
    t.run(500);
    t.send({ type: 'slider', id: '1:0', value: 3000 });
    t.run(500);
    // Code that hangs the realm: it is replaced, and the one that takes over evaluates x again.
    t.send({ type: 'evaluate', id: 2, code: 'y: s("bd").fmap(() => { hang() })' });
    t.run(6000);
    expect(t.last('status').status.realmsReplaced).toBe(1);
    const last = t.of('haps').flatMap((m) => m.haps).filter((h) => h.controls['s'] === 'hh').slice(-4);
    expect(last.map((h) => h.controls['cutoff'])).toEqual([3000, 3000, 3000, 3000]);
  });
});
