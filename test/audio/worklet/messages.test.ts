import { describe, expect, it } from 'vitest';
import { isSoundEvent, isSoundInfo, readParams, readToWorklet } from '../../../src/audio/worklet/messages.ts';

const good = { id: 1, time: 0.5, duration: 0.25, controls: { s: 'bd' }, locations: [{ start: 0, end: 2 }] };

describe('isSoundEvent', () => {
  it('accepts the event record and rejects records missing a field', () => {
    expect(isSoundEvent(good)).toBe(true);
    expect(isSoundEvent({ ...good, block: 'd1' })).toBe(true);
    expect(isSoundEvent({ ...good, block: 3 })).toBe(false);
    expect(isSoundEvent({ ...good, locations: [{ start: 0 }] })).toBe(false);
    expect(isSoundEvent({ ...good, controls: null })).toBe(false);
    expect(isSoundEvent({ ...good, time: '0.5' })).toBe(false);
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
    expect(readToWorklet({ type: 'schedule', events: [good] })).toEqual({ type: 'schedule', events: [good] });
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
    expect(readToWorklet({ type: 'schedule', events: 'x' })).toBeUndefined();
    expect(readToWorklet({ type: 'connectPort', port: {} })).toBeUndefined();
  });

  it('leaves malformed events out of a schedule and passes them to reject', () => {
    const rejected: unknown[] = [];
    const message = readToWorklet({ type: 'schedule', events: [good, { id: 2 }] }, (item) => rejected.push(item));
    expect(message).toEqual({ type: 'schedule', events: [good] });
    expect(rejected).toEqual([{ id: 2 }]);
  });
});
