import { describe, expect, it } from 'vitest';
import { resolveVoices, SOURCE, V, VOICE_STRIDE, type VoiceBatch } from '../../../src/audio/index.ts';
import { isSoundInfo, isVoiceBatch, readParams, readToWorklet } from '../../../src/audio/worklet/messages.ts';

const good = (): VoiceBatch =>
  resolveVoices([
    { id: 1, time: 0.5, duration: 0.25, controls: { s: 'bd' }, block: 'd1', locations: [{ start: 0, end: 2 }] },
    { id: 2, time: 0.75, duration: 0.25, controls: { s: 'nope' }, locations: [] },
    { id: 3, time: 0.75, duration: 0.25, controls: { s: 'bd', gain: 'loud' }, locations: [] },
  ]);

/** `good()` with field `field` of its first record set to `value`. */
function withField(field: keyof typeof V, value: number): VoiceBatch {
  const batch = good();
  batch.data[V[field]] = value;
  return batch;
}

describe('isVoiceBatch', () => {
  it('accepts a resolved batch and rejects one whose records point outside it', () => {
    expect(good()).toMatchObject({ count: 2, errors: [{ kind: 'control', eventId: 3 }] });
    expect(isVoiceBatch(good())).toBe(true);
    expect(isVoiceBatch({ ...good(), count: 3 })).toBe(false);
    expect(isVoiceBatch({ ...good(), data: Array.from(good().data) })).toBe(false);
    expect(isVoiceBatch({ ...good(), strings: [1, 2] })).toBe(false);
    expect(isVoiceBatch({ ...good(), errors: [{ kind: 'oops', message: 'x', locations: [] }] })).toBe(false);
    expect(isVoiceBatch(withField('name', 7))).toBe(false);
    expect(isVoiceBatch(withField('block', 0.5))).toBe(false);
    expect(isVoiceBatch(withField('rangeCount', 2))).toBe(false);
    expect(isVoiceBatch(withField('drum', 1e6))).toBe(false);
    expect(isVoiceBatch(withField('source', SOURCE.wavetable + 1))).toBe(false);
    expect(isVoiceBatch(withField('source', SOURCE.bytebeat))).toBe(false);
    expect(isVoiceBatch(withField('bbExpr', 9))).toBe(false);
    expect(isVoiceBatch(withField('orbit', 16))).toBe(false);
    expect(isVoiceBatch(withField('time', Number.NaN))).toBe(false);
    expect(good().data.length).toBe(2 * VOICE_STRIDE);
  });
});

describe('isSoundInfo', () => {
  it('accepts a name with its files, and one note per file for a pitched sound', () => {
    expect(isSoundInfo({ name: 'bd', urls: ['a.wav', 'b.wav'] })).toBe(true);
    expect(isSoundInfo({ name: 'keys', urls: ['c3.wav', 'c4.wav'], notes: [48, 60] })).toBe(true);
    expect(isSoundInfo({ name: 'keys', urls: ['c3.wav', 'c4.wav'], notes: [48] })).toBe(false);
    expect(isSoundInfo({ name: 'keys', urls: ['c3.wav'], notes: [Number.NaN] })).toBe(false);
    expect(isSoundInfo({ name: '', urls: ['a.wav'] })).toBe(false);
    expect(isSoundInfo({ name: 'bd', urls: [] })).toBe(false);
    expect(isSoundInfo({ name: 'bd', urls: [3] })).toBe(false);
  });
});

describe('readParams', () => {
  it('keeps valid params, clamps gain to [0, 1] and drops the rest', () => {
    expect(readParams({ maxVoices: 8.7, gain: 3, statsInterval: 0.1, other: 1 })).toEqual({ maxVoices: 8, gain: 1, statsInterval: 0.1 });
    expect(readParams({ maxVoices: 0, gain: Number.NaN, statsInterval: -1 })).toEqual({});
    expect(readParams(undefined)).toEqual({});
  });
});

describe('readToWorklet', () => {
  it('reads each message type', () => {
    expect(readToWorklet({ type: 'hush' })).toEqual({ type: 'hush' });
    expect(readToWorklet({ type: 'dispose' })).toEqual({ type: 'dispose' });
    expect(readToWorklet({ type: 'cancelAfter', time: 2 })).toEqual({ type: 'cancelAfter', time: 2 });
    expect(readToWorklet({ type: 'cancelAfter', time: 2, block: 'd1' })).toEqual({ type: 'cancelAfter', time: 2, block: 'd1' });
    expect(readToWorklet({ type: 'params', params: { gain: 0.5 } })).toEqual({ type: 'params', params: { gain: 0.5 } });
    const schedule = { type: 'schedule', voices: good() };
    expect(readToWorklet(schedule)).toBe(schedule);
    const { port1 } = new MessageChannel();
    expect(readToWorklet({ type: 'connectPort', port: port1 })).toEqual({ type: 'connectPort', port: port1 });
    port1.close();
    const channels = [new Float32Array(4), new Float32Array(4)];
    const add = { type: 'addSample', name: 'bd', index: 2, channels, sampleRate: 44100 };
    expect(readToWorklet(add)).toEqual(add);
    const failed = { type: 'sampleFailed', name: 'bd', index: 0, message: 'HTTP 404' };
    expect(readToWorklet(failed)).toEqual(failed);
    const sounds = [{ name: 'bd', urls: ['bd.wav'] }];
    expect(readToWorklet({ type: 'declareSamples', sounds })).toEqual({ type: 'declareSamples', sounds });
  });

  it('reads sample messages only when their data is usable, leaving out malformed sounds', () => {
    const channels = [new Float32Array(4)];
    const add = { type: 'addSample', name: 'bd', index: 0, channels, sampleRate: 44100 };
    expect(readToWorklet({ ...add, channels: [] })).toBeUndefined();
    expect(readToWorklet({ ...add, channels: [[0, 1]] })).toBeUndefined();
    expect(readToWorklet({ ...add, index: 1.5 })).toBeUndefined();
    expect(readToWorklet({ ...add, sampleRate: 0 })).toBeUndefined();
    expect(readToWorklet({ type: 'sampleFailed', name: 'bd', index: -1, message: 'x' })).toBeUndefined();
    expect(readToWorklet({ type: 'declareSamples', sounds: 'bd' })).toBeUndefined();
    expect(readToWorklet({ type: 'declareSamples', sounds: [{ name: 'bd', urls: ['a'] }, { name: 'x' }] })).toEqual({
      type: 'declareSamples',
      sounds: [{ name: 'bd', urls: ['a'] }],
    });
  });

  it('rejects unknown or malformed messages', () => {
    expect(readToWorklet('hush')).toBeUndefined();
    expect(readToWorklet({ type: 'play' })).toBeUndefined();
    expect(readToWorklet({ type: 'cancelAfter', time: Number.NaN })).toBeUndefined();
    expect(readToWorklet({ type: 'schedule', voices: 'x' })).toBeUndefined();
    expect(readToWorklet({ type: 'schedule', events: [] })).toBeUndefined();
    expect(readToWorklet({ type: 'connectPort', port: {} })).toBeUndefined();
  });
});
