import { describe, expect, it } from 'vitest';
import { Engine, renderOffline, resolveVoices, type SoundEvent } from '../../../src/audio/index.ts';
import { EngineHost } from '../../../src/audio/worklet/host.ts';
import type { ErrorMessage, FromWorklet, SampleWantedMessage, StatsMessage } from '../../../src/audio/worklet/messages.ts';
import { maxDifference } from '../../browser/signal.ts';

const SR = 48000;
const BLOCK = 128;

const note = (id: number, time: number, controls: Record<string, unknown>, block?: string): SoundEvent => ({
  id,
  time,
  duration: 0.2,
  controls,
  locations: [{ start: id, end: id + 1 }],
  ...(block === undefined ? {} : { block }),
});

const EVENTS = [
  note(1, 0.01, { s: 'sine', note: 'a4' }),
  note(2, 0.1, { s: 'bd' }),
  note(3, 0.2501, { s: 'sawtooth', note: 'c3', lpf: 900, room: 0.3 }),
  note(4, 0.3, { s: 'hh', delay: 0.4 }),
];

/** A host and everything it posted. */
function makeHost(options: { gain?: number; statsInterval?: number; maxVoices?: number } = {}) {
  const posted: FromWorklet[] = [];
  const host = new EngineHost({ sampleRate: SR, post: (m) => posted.push(m), ...options });
  const errors = (): ErrorMessage[] => posted.filter((m): m is ErrorMessage => m.type === 'error');
  const stats = (): StatsMessage[] => posted.filter((m): m is StatsMessage => m.type === 'stats');
  return { host, errors, stats };
}

/** Renders `blocks` blocks starting at context frame `from`, as the worklet would. */
function run(host: EngineHost, from: number, blocks: number, between?: (block: number) => void): { left: Float32Array; right: Float32Array } {
  const left = new Float32Array(blocks * BLOCK);
  const right = new Float32Array(blocks * BLOCK);
  for (let b = 0; b < blocks; b++) {
    between?.(b);
    host.process(left.subarray(b * BLOCK, (b + 1) * BLOCK), right.subarray(b * BLOCK, (b + 1) * BLOCK), from + b * BLOCK);
  }
  return { left, right };
}

/** The message the runtime worker posts for `events`: their voice records, resolved off the audio thread. */
const schedule = (events: SoundEvent[]) => ({ type: 'schedule', voices: resolveVoices(events) }) as const;
const shift = (events: SoundEvent[], by: number): SoundEvent[] => events.map((e) => ({ ...e, time: e.time + by }));
const peak = (x: Float32Array): number => x.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
/** Bit-exact equality, reported as the first largest difference (a diff of the arrays is unreadable). */
const expectSame = (actual: ArrayLike<number>, expected: ArrayLike<number>): void =>
  expect(maxDifference(actual, expected)).toEqual({ diff: 0, at: -1 });

describe('EngineHost', () => {
  it('renders what renderOffline renders when the context clock starts at frame 0', () => {
    const { host } = makeHost();
    host.receive(schedule(EVENTS));
    const out = run(host, 0, 375);
    const expected = renderOffline(EVENTS, { sampleRate: SR, duration: (375 * BLOCK) / SR });
    expect(peak(expected.left)).toBeGreaterThan(0.1);
    expectSame(out.left, expected.left);
    expectSame(out.right, expected.right);
  });

  it('plays absolute audio times when the context clock started earlier', () => {
    const { host } = makeHost();
    const origin = 100 * BLOCK;
    const start = (origin + 20 * BLOCK) / SR;
    host.receive(schedule(shift(EVENTS, start)));
    const out = run(host, origin, 400);
    const expected = renderOffline(EVENTS, { sampleRate: SR, duration: (380 * BLOCK) / SR });
    expect(out.left.subarray(0, 20 * BLOCK).every((x) => x === 0)).toBe(true);
    expectSame(out.left.subarray(20 * BLOCK), expected.left);
  });

  it('keeps events and sounding voices on time across a short gap in the clock', () => {
    const { host } = makeHost();
    host.receive(schedule(EVENTS));
    const before = run(host, 0, 50);
    const after = run(host, 80 * BLOCK, 295);
    const expected = renderOffline(EVENTS, { sampleRate: SR, duration: (375 * BLOCK) / SR });
    expectSame(before.left, expected.left.subarray(0, 50 * BLOCK));
    expectSame(after.left, expected.left.subarray(80 * BLOCK));
  });

  it('plays on, with later events at their absolute times, when a block is rendered twice', () => {
    const { host } = makeHost();
    const early = note(4, 0.01, { s: 'sawtooth', note: 'e2', release: 0.3 });
    const later = note(5, 0.2, { s: 'sine', note: 'a4' });
    host.receive(schedule([early, later]));
    run(host, 0, 20);
    run(host, 19 * BLOCK, 1);
    const out = run(host, 20 * BLOCK, 100);
    // The engine rendered one block more than the context counted: it is a block ahead.
    const engineTime = [early, { ...later, time: later.time + BLOCK / SR }];
    const expected = renderOffline(engineTime, { sampleRate: SR, duration: (121 * BLOCK) / SR });
    expect(peak(out.left.subarray(0, 10 * BLOCK))).toBeGreaterThan(0.05);
    expectSame(out.left, expected.left.subarray(21 * BLOCK));
  });

  it('restarts after a long gap, with queued events still at their absolute times', () => {
    const { host } = makeHost();
    const late = note(9, 2.5, { s: 'sine', note: 'e5' });
    host.receive(schedule([note(8, 0, { s: 'sine', note: 'a3' }), late]));
    run(host, 0, 10);
    const resume = 150 * 128 * 5; // 2 s later, well past the skip limit
    const out = run(host, resume, 200);
    const expected = renderOffline([{ ...late, time: late.time - resume / SR }], { sampleRate: SR, duration: (200 * BLOCK) / SR });
    expect(peak(expected.left)).toBeGreaterThan(0.1);
    expectSame(out.left, expected.left);
  });
});

describe('EngineHost.cancelAfter', () => {
  it("drops only the named block's later events", () => {
    const { host } = makeHost();
    const a = [note(1, 0.1, { s: 'sine', note: 'a4' }, 'a'), note(2, 0.3, { s: 'sine', note: 'b4' }, 'a')];
    const b = [note(3, 0.3, { s: 'bd' }, 'b')];
    host.receive(schedule([...a, ...b]));
    host.receive({ type: 'cancelAfter', time: 0.2, block: 'a' });
    const out = run(host, 0, 300);
    const expected = renderOffline([a[0]!, ...b], { sampleRate: SR, duration: (300 * BLOCK) / SR });
    expectSame(out.left, expected.left);
  });

  it("drops the named block's events that are about to start", () => {
    const { host } = makeHost();
    const a = note(1, 0.1, { s: 'sine', note: 'a4' }, 'a');
    const b = note(2, 0.1, { s: 'hh' }, 'b');
    host.receive(schedule([a, b]));
    const out = run(host, 0, 200, (k) => k === 35 && host.receive({ type: 'cancelAfter', time: 0.099, block: 'a' }));
    const expected = renderOffline([b], { sampleRate: SR, duration: (200 * BLOCK) / SR });
    expectSame(out.left, expected.left);
  });

  it('drops every later event without a block', () => {
    const { host } = makeHost();
    host.receive(schedule(EVENTS));
    const out = run(host, 0, 300, (b) => b === 10 && host.receive({ type: 'cancelAfter', time: 0.2 }));
    const expected = renderOffline(EVENTS.filter((e) => e.time <= 0.2), { sampleRate: SR, duration: (300 * BLOCK) / SR });
    expectSame(out.left, expected.left);
  });
});

describe('EngineHost.hush', () => {
  it('fades everything out within 10 ms and drops what was queued', () => {
    const { host } = makeHost();
    host.receive(schedule([note(1, 0, { s: 'sawtooth', note: 'c3', room: 0.8 }), note(2, 0.3, { s: 'bd' })]));
    const out = run(host, 0, 200, (b) => b === 40 && host.receive({ type: 'hush' }));
    expect(peak(out.left.subarray(30 * BLOCK, 40 * BLOCK))).toBeGreaterThan(0.05);
    expect(peak(out.left.subarray(40 * BLOCK + 480))).toBe(0);
  });
});

describe('EngineHost.setParams', () => {
  it('scales the output by gain, ramping over one block', () => {
    const plain = makeHost();
    const quiet = makeHost({ gain: 1 });
    plain.host.receive(schedule(EVENTS));
    quiet.host.receive(schedule(EVENTS));
    quiet.host.receive({ type: 'params', params: { gain: 0.5 } });
    const a = run(plain.host, 0, 100);
    const b = run(quiet.host, 0, 100);
    expectSame(b.left.subarray(BLOCK), a.left.subarray(BLOCK).map((x) => x * 0.5));
    expect(Math.abs(b.left[BLOCK - 1]! - a.left[BLOCK - 1]! * 0.5)).toBeLessThan(1e-7);
  });

  it('caps the voices at a new maxVoices', () => {
    const { host, stats } = makeHost({ statsInterval: 0.01 });
    host.receive({ type: 'params', params: { maxVoices: 2 } });
    host.receive(schedule([1, 2, 3, 4].map((id) => note(id, 0.05, { s: 'sine', note: 60 + id }))));
    run(host, 0, 50);
    const last = stats().at(-1)!;
    expect(last.stolen).toBe(2);
  });

  it('posts stats with its first block (the runtime starts its clock on it), then every statsInterval, stamped with the block clock', () => {
    const { host, stats } = makeHost({ statsInterval: 0.1 });
    host.receive(schedule(shift(EVENTS, 10)));
    run(host, 1280, 375);
    expect(stats()).toHaveLength(11);
    expect(stats().at(-1)!.queued).toBe(EVENTS.length);
    for (const s of stats()) expect(s.time).toBe(s.frame / SR);
    expect(stats()[0]!.frame).toBe(1280);
    expect(stats()[1]!.frame).toBe(1280 + 37 * BLOCK);
  });
});

describe('EngineHost.receive', () => {
  it('reports unknown messages and events that cannot play, and plays the rest', () => {
    const { host, errors } = makeHost();
    expect(host.receive({ type: 'bogus' })).toBeUndefined();
    host.receive(schedule([note(1, 0, { s: 'sine', gain: Number.NaN }), note(2, 0, { s: 'nope' }), note(3, 0, { s: 'bd' })]));
    const out = run(host, 0, 20);
    expect(errors().map((e) => e.kind)).toEqual(['worklet', 'control', 'sound']);
    expect(errors()[2]).toMatchObject({ eventId: 2, locations: [{ start: 2, end: 3 }] });
    expect(peak(out.left)).toBeGreaterThan(0.1);
  });

  it('drops a batch whose records point outside it, saying so', () => {
    const { host, errors } = makeHost();
    const voices = resolveVoices([note(1, 0, { s: 'bd' })]);
    voices.strings.length = 0;
    expect(host.receive({ type: 'schedule', voices })).toBeUndefined();
    expect(errors()).toEqual([expect.objectContaining({ kind: 'worklet', message: expect.stringMatching(/^malformed voices/) })]);
    expect(host.receive(schedule([note(1, 0, { s: 'bd' })]))).toBeDefined();
  });

  it('posts at most 32 errors per quarter second', () => {
    const { host, errors } = makeHost();
    host.receive(schedule(Array.from({ length: 100 }, (_, i) => note(i, 0, { s: 'nope' }))));
    run(host, 0, 10);
    expect(errors()).toHaveLength(32);
  });
});

describe('EngineHost samples', () => {
  const tone = Float32Array.from({ length: 2400 }, (_, i) => 0.4 * Math.sin(i / 5));
  const wanted = (posted: FromWorklet[]): SampleWantedMessage[] => posted.filter((m): m is SampleWantedMessage => m.type === 'sampleWanted');

  /** The Node engine's render of `events` with `tone` as file 0 of "vox". */
  function engineRender(events: SoundEvent[], frames: number): Float32Array {
    const engine = new Engine({ sampleRate: SR });
    engine.addSample('vox', 0, [tone], SR);
    for (const e of events) engine.schedule(e);
    const left = new Float32Array(frames);
    engine.render(left, new Float32Array(frames));
    return left;
  }

  it('plays declared sounds once their files are added, as the Node engine does', () => {
    const posted: FromWorklet[] = [];
    const host = new EngineHost({ sampleRate: SR, post: (m) => posted.push(m) });
    host.receive({ type: 'declareSamples', sounds: [{ name: 'vox', urls: ['vox.wav'] }] });
    const events = [note(1, 0.05, { s: 'vox' }), note(2, 0.2, { s: 'vox', speed: -1.5 })];
    host.receive(schedule(events));
    // Asked for as soon as the events arrive, once.
    expect(wanted(posted)).toEqual([{ type: 'sampleWanted', name: 'vox', index: 0 }]);
    host.receive({ type: 'addSample', name: 'vox', index: 0, channels: [tone], sampleRate: SR });
    const out = run(host, 0, 200);
    expectSame(out.left, engineRender(events, 200 * BLOCK));
    expect(posted.filter((m) => m.type === 'error')).toEqual([]);
  });

  it('keeps the samples across a hush', () => {
    const { host, errors } = makeHost();
    host.receive({ type: 'addSample', name: 'vox', index: 0, channels: [tone], sampleRate: SR });
    run(host, 0, 10);
    host.receive({ type: 'hush' });
    host.receive(schedule([note(1, 0.1, { s: 'vox' })]));
    const out = run(host, 10 * BLOCK, 100);
    expect(peak(out.left)).toBeGreaterThan(0.2);
    expect(errors()).toEqual([]);
  });

  it('reports files still loading or failed, with the event\'s locations', () => {
    const { host, errors } = makeHost();
    host.receive({ type: 'declareSamples', sounds: [{ name: 'vox', urls: ['a.wav', 'b.wav'] }] });
    host.receive({ type: 'sampleFailed', name: 'vox', index: 1, message: 'HTTP 404' });
    host.receive(schedule([note(1, 0.05, { s: 'vox' }), note(2, 0.1, { s: 'vox:1' })]));
    run(host, 0, 100);
    expect(errors()).toEqual([
      { type: 'error', kind: 'sound', message: 'sample "vox:0" is still loading', eventId: 1, locations: [{ start: 1, end: 2 }] },
      { type: 'error', kind: 'sound', message: 'sample "vox:1" failed to load: HTTP 404', eventId: 2, locations: [{ start: 2, end: 3 }] },
    ]);
  });
});
