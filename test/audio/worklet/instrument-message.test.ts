// The addInstrument message: what arrives on the worklet's port is read field by field.
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../../../src/audio/dsp/instrument.ts';
import { readToWorklet } from '../../../src/audio/worklet/messages.ts';

const instrument = (): Instrument => ({
  zones: [{
    channels: [new Float32Array(4)], sampleRate: 32000, rootKey: 60, cents: -3, scale: 100, loopStart: 1, loopEnd: 3, loopMode: 1, gain: 0.5,
    envelope: { delay: 0, attack: 0.01, hold: 0, decay: 1, sustain: 0.5, release: 0.3, holdPerKey: 0, decayPerKey: -10 },
  }],
  velocities: [1],
  layers: 1,
  zoneAt: new Int16Array(128).fill(0),
});

describe('readAddInstrument', () => {
  it('reads a well-formed instrument as it came', () => {
    const message = { type: 'addInstrument', name: 'gm_flute', instrument: instrument() };
    expect(readToWorklet(message)).toEqual(message);
  });

  it('refuses zones that would play NaN or point past the zones', () => {
    const bad = (change: (i: Instrument) => void): unknown => {
      const i = instrument();
      change(i);
      return readToWorklet({ type: 'addInstrument', name: 'gm_flute', instrument: i });
    };
    expect(bad((i) => (i.zones[0]!.cents = NaN))).toBeUndefined();
    expect(bad((i) => (i.zones[0]!.envelope.release = -1))).toBeUndefined();
    expect(bad((i) => (i.zones[0]!.channels = []))).toBeUndefined();
    expect(bad((i) => (i.zoneAt[5] = 1))).toBeUndefined();
    expect(bad((i) => (i.zoneAt = new Int16Array(3)))).toBeUndefined();
    expect(bad((i) => (i.velocities = []))).toBeUndefined();
    expect(bad((i) => (i.layers = 2))).toBeUndefined();
    expect(bad((i) => (i.layers = 0))).toBeUndefined();
    expect(bad(() => undefined)).toBeDefined();
  });
});
