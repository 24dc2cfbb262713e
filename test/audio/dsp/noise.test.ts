import { describe, expect, it } from 'vitest';
import { Noise } from '../../../src/audio/dsp/noise.ts';
import { powerSpectrum } from '../helpers.ts';

function lowToHigh(fill: (noise: Noise, out: Float64Array) => void): number {
  const noise = new Noise();
  noise.seed(42);
  const out = new Float64Array(1 << 16);
  fill(noise, out);
  let low = 0, high = 0;
  for (let frame = 0; frame < 16; frame++) {
    const power = powerSpectrum(out, frame * 4096, 4096);
    for (let k = 8; k < 16; k++) low += power[k]!; // about 94-187 Hz
    for (let k = 512; k < 1024; k++) high += power[k]! / 64; // about 6-12 kHz, per 8 bins
  }
  return 10 * Math.log10(low / high);
}

describe('Noise', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = new Noise(), b = new Noise();
    a.seed(7);
    b.seed(7);
    const x = new Float64Array(256), y = new Float64Array(256);
    a.white(x, 0, 256);
    b.white(y, 0, 256);
    expect(y).toEqual(x);
    b.seed(8);
    b.white(y, 0, 256);
    expect(y).not.toEqual(x);
    expect(x.every((v) => v >= -1 && v < 1)).toBe(true);
  });

  it('colours: white is flat, pink falls 3 dB/octave, brown 6 dB/octave', () => {
    const white = lowToHigh((n, o) => n.white(o, 0, o.length));
    const pink = lowToHigh((n, o) => n.pink(o, 0, o.length));
    const brown = lowToHigh((n, o) => n.brown(o, 0, o.length));
    // 94-187 Hz vs 6-12 kHz is six octaves.
    expect(Math.abs(white)).toBeLessThan(2);
    expect(pink).toBeCloseTo(18, -1);
    expect(brown).toBeGreaterThan(30);
  });
});
