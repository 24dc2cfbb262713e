// What the worklet posts back, read through its schemas: whole messages pass (unknown fields left
// out), anything else is refused rather than trusted.
import { describe, expect, it } from 'vitest';
import { readFromWorklet } from '../../../src/audio/worklet/replies.ts';

const STATS = { type: 'stats', frame: 128, time: 128 / 48000, voices: 2, queued: 3, peak: 0.5, limiterGain: 1, cpu: 0.1, late: 0, dropped: 0, stolen: 0, errors: 0 };

describe('readFromWorklet', () => {
  it('reads stats, errors and wanted files', () => {
    expect(readFromWorklet({ ...STATS, extra: 1 })).toEqual(STATS);
    const error = { type: 'error', kind: 'sound', message: 'no such sound: bd', eventId: 4, locations: [{ start: 3, end: 5 }] };
    expect(readFromWorklet(error)).toEqual(error);
    expect(readFromWorklet({ type: 'sampleWanted', name: 'bd', index: 0 })).toEqual({ type: 'sampleWanted', name: 'bd', index: 0 });
  });

  it('refuses what is not one of its messages', () => {
    const { peak: _peak, ...noPeak } = STATS;
    for (const data of [null, 'stats', { type: 'nope' }, noPeak, { ...STATS, time: Number.NaN }, { type: 'error', kind: 'other', message: '', locations: [] }, { type: 'sampleWanted', name: 'bd', index: -1 }]) {
      expect(readFromWorklet(data)).toBeUndefined();
    }
  });
});
