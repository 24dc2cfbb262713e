import { describe, expect, it } from 'vitest';
import { CoarseState, coarse, crush, distort, shape } from '../../../src/audio/dsp/shaping.ts';
import { event, render, rms } from '../helpers.ts';

const ramp = (): Float64Array => Float64Array.from({ length: 64 }, (_, i) => i / 32 - 1);

describe('shape', () => {
  it('saturates smoothly, keeping ±1 and the sign, and leaves the signal alone at 0', () => {
    const x = ramp();
    shape(x, 0, 64, 0.8);
    expect(x[0]).toBeCloseTo(-1, 12);
    expect(x[48]!).toBeGreaterThan(0.5);
    for (let i = 1; i < 64; i++) expect(x[i]!).toBeGreaterThan(x[i - 1]!);
    const y = ramp();
    shape(y, 0, 64, 0);
    expect(y).toEqual(ramp());
  });
});

describe('distort', () => {
  it('drives into tanh saturation and applies its volume', () => {
    const x = ramp();
    distort(x, 0, 64, 10, 0.5);
    expect(x[63]).toBeCloseTo(0.5 * Math.tanh(11 * (31 / 32)), 12);
    expect(Math.abs(x[40]!)).toBeGreaterThan(0.45);
  });
});

describe('crush', () => {
  it('rounds to the given bit depth', () => {
    const x = ramp();
    crush(x, 0, 64, 2);
    expect(new Set(x)).toEqual(new Set([-1, -0.5, 0, 0.5, 1]));
  });
});

describe('coarse', () => {
  it('holds every nth sample for n samples, across block boundaries', () => {
    const state = new CoarseState();
    const x = ramp();
    coarse(x, 0, 30, 4, state);
    coarse(x, 30, 64, 4, state);
    const r = ramp();
    for (let i = 0; i < 64; i++) expect(x[i]).toBe(r[i - (i % 4)]);
  });

  it('changes rendered sound only when asked', () => {
    const plain = render([event({ s: 'sawtooth', note: 'c3' }, 0, 0.3, 1)], 0.3).left;
    for (const controls of [{ coarse: 8 }, { crush: 3 }, { shape: 0.7 }, { distort: 3 }]) {
      const changed = render([event({ s: 'sawtooth', note: 'c3', ...controls }, 0, 0.3, 1)], 0.3).left;
      expect(rms(changed.map((v, i) => v - plain[i]!))).toBeGreaterThan(0.005);
    }
  });
});
