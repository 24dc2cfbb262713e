import { describe, expect, it } from 'vitest';
import { isSnapshot, readFromRuntime, readToRuntime, type FromRuntime, type ToRuntime } from '../../../src/app/runtime/messages.ts';

const port = { postMessage() {} };
const snapshot = {
  entries: [{ id: 1, code: '$: s("bd")' }, { id: 2, code: 'b: s("hh")', block: { label: 'b', from: 11, to: 21, line: 2 } }],
  blocks: [{ label: '$', muted: false, from: 0, to: 10, current: { entry: 1, index: 0 } }, { label: 'b', muted: false, from: 11, to: 21, current: { entry: 2, index: 0 }, fallback: { entry: 1, index: -1 } }],
  mutes: ['b'],
  solos: [],
};
const settings = { lookahead: 1, interval: 0.05, sampleRate: 48000, blockSize: 128 };
const tempo = { cycle: '3/2', time: 3.1, cps: 0.5 };

describe('readToRuntime', () => {
  const valid: ToRuntime[] = [
    { type: 'init', port: port as unknown as MessagePort, generation: 0, settings },
    { type: 'init', port: port as unknown as MessagePort, generation: 2, settings, restore: { snapshot, running: true, cps: 0.5, tempo } },
    { type: 'evaluate', id: 1, code: '$: s("bd")' },
    { type: 'evaluate', id: 2, code: 's("bd")', block: { from: 3, to: 10 }, quantize: true },
    { type: 'mute', label: '$' },
    { type: 'unmute', label: '$' },
    { type: 'solo', label: 'drums' },
    { type: 'unsolo' },
    { type: 'unsolo', label: 'drums' },
    { type: 'hush' },
    { type: 'stop' },
    { type: 'start' },
    { type: 'setCps', cps: 0.75 },
  ];
  it('accepts every well-formed command', () => {
    for (const message of valid) expect(readToRuntime(message)).toEqual(message);
  });

  it('rejects malformed or unknown messages', () => {
    const invalid: unknown[] = [
      null, 'hush', [], { type: 'dance' },
      { type: 'init', port: {}, generation: 0, settings },
      { type: 'init', port, generation: 0, settings: { ...settings, lookahead: -1 } },
      { type: 'init', port, generation: 0, settings, restore: { snapshot: { ...snapshot, blocks: [{ label: 1 }] }, running: true, cps: 1 } },
      { type: 'init', port, generation: 0, settings, restore: { snapshot, running: true, cps: 1, tempo: { ...tempo, cycle: 'NaN' } } },
      { type: 'evaluate', id: 1 },
      { type: 'evaluate', id: -1, code: '' },
      { type: 'evaluate', id: 1, code: '', block: { from: 'a', to: 1 } },
      { type: 'mute' },
      { type: 'setCps', cps: 0 },
      { type: 'setCps', cps: Infinity },
    ];
    for (const message of invalid) expect(readToRuntime(message)).toBeUndefined();
  });

  it('keeps only the known fields of simple commands', () => {
    expect(readToRuntime({ type: 'hush', extra: 1 })).toEqual({ type: 'hush' });
    expect(readToRuntime({ type: 'mute', label: 'a', evil: () => 0 })).toEqual({ type: 'mute', label: 'a' });
  });
});

describe('readFromRuntime', () => {
  const status = { running: true, cps: 0.5, cycle: 1.25, time: 2.5, ahead: 0.98, eventsScheduled: 10, eventsLate: 0, realmsReplaced: 0, tempo };
  const valid: FromRuntime[] = [
    { type: 'ready' },
    { type: 'evaluating', id: 3, ahead: 0.9 },
    { type: 'evaluated', id: 3, blocks: [{ label: '$', muted: false, from: 0, to: 9 }], cps: 0.5, swapTime: 2.5, received: 1000.5, firstEvent: 1001, samples: [], visuals: [], warnings: [], sliders: [], midiInputs: [] },
    { type: 'error', id: 3, message: 'oops', line: 2, column: 4, from: 12, to: 15 },
    { type: 'haps', cancels: [{ time: 2.5, block: '$' }, { time: -Infinity }], haps: [{ id: 1, time: 2.5, duration: 0.5, block: '$', locations: [{ start: 5, end: 7 }], controls: { s: 'bd' } }] },
    { type: 'status', status, handled: 4 },
    { type: 'queryError', label: '$', reverted: 'previous', message: 'no', line: 1, column: 1, from: 0, to: 2 },
    { type: 'snapshot', snapshot },
  ];
  it('accepts every well-formed report', () => {
    for (const message of valid) expect(readFromRuntime(message)).toEqual(message);
  });

  it('rejects reports a misbehaving worker could make up', () => {
    const invalid: unknown[] = [
      { type: 'evaluated', id: 3, blocks: 'all', cps: 0.5, received: 0 },
      { type: 'error', id: 3, message: 'x' },
      { type: 'haps', cancels: [], haps: [{ id: 1, time: NaN, duration: 0, locations: [], controls: {} }] },
      { type: 'status', status: { ...status, tempo: undefined }, handled: 0 },
      { type: 'status', status },
      { type: 'queryError', label: '$', reverted: 'sometimes', message: 'no', line: 1, column: 1, from: 0, to: 2 },
      { type: 'snapshot', snapshot: { entries: [] } },
      { type: 'postMessage' },
    ];
    for (const message of invalid) expect(readFromRuntime(message)).toBeUndefined();
  });
});

describe('isSnapshot', () => {
  it('checks references and entries', () => {
    expect(isSnapshot(snapshot)).toBe(true);
    expect(isSnapshot({ ...snapshot, blocks: [{ ...snapshot.blocks[0], current: { entry: 1, index: -2 } }] })).toBe(false);
    expect(isSnapshot({ ...snapshot, entries: [{ id: 1 }] })).toBe(false);
  });
});
