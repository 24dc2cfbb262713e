// Pianoroll lanes: pitched haps by pitch, the rest by sound name.
import { describe, expect, it } from 'vitest';
import { laneOf } from '../../../src/app/visuals/lanes.ts';

describe('laneOf', () => {
  it('places notes by pitch: names, MIDI numbers and numeric strings', () => {
    expect(laneOf({ note: 'a4', s: 'sine' })).toEqual({ kind: 'pitch', midi: 69 });
    expect(laneOf({ note: 'eb2' })).toEqual({ kind: 'pitch', midi: 39 });
    expect(laneOf({ note: 60.5 })).toEqual({ kind: 'pitch', midi: 60.5 });
    expect(laneOf({ note: '64' })).toEqual({ kind: 'pitch', midi: 64 });
  });

  it('places freq by its pitch, before note', () => {
    const lane = laneOf({ freq: 440, note: 'c1' });
    expect(lane?.kind).toBe('pitch');
    expect(lane?.kind === 'pitch' && lane.midi).toBeCloseTo(69, 12);
  });

  it('reads n as a pitch for pitched sources only', () => {
    expect(laneOf({ n: 62, s: 'sawtooth' })).toEqual({ kind: 'pitch', midi: 62 });
    expect(laneOf({ n: 62 })).toEqual({ kind: 'pitch', midi: 62 });
    expect(laneOf({ n: 2, s: 'bd' })).toEqual({ kind: 'drum', name: 'bd' });
  });

  it('puts drums and noises in lanes by name, without their variant', () => {
    expect(laneOf({ s: 'sd:3' })).toEqual({ kind: 'drum', name: 'sd' });
    expect(laneOf({ s: 'white' })).toEqual({ kind: 'drum', name: 'white' });
  });

  it('has no lane for haps with neither a pitch nor a sound', () => {
    expect(laneOf({ gain: 1 })).toBeUndefined();
    expect(laneOf({ note: 'not a note' })).toBeUndefined();
  });
});
