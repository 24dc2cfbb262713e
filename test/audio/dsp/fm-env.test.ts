// FM operator 1's index envelope (fmattack, fmdecay, fmsustain, fmrelease, fmenv) and waveform
// (fmwave), and operators 2 and 3 with theirs, measured as sidebands in the spectra of rendered
// notes: a sine carrier at 200 Hz with a modulator at a whole ratio puts them on its harmonics.
import { describe, expect, it } from 'vitest';
import { binPower, event, render, SR } from '../helpers.ts';

const F = 200;
/** Ten periods of the carrier. */
const WINDOW = (10 * SR) / F;

/** The power at harmonic `k` of the carrier in the window starting at `t` seconds. */
const harmonic = (x: Float32Array, k: number, t: number): number => binPower(x, k * F, Math.round(t * SR), WINDOW);

/**
 * Sideband power relative to the carrier's in the window at `t` (twenty periods): all the power
 * but the carrier's. With a modulator at {@link H} times the carrier no sideband falls on another
 * or on the carrier, so this is (1 - J0(β)²) / J0(β)² for index β whatever the phases.
 */
function sidebands(x: Float32Array, t: number): number {
  // Hann-windowed, so that no sideband leaks into the carrier's bin.
  const from = Math.round(t * SR), n = 2 * WINDOW, w = (2 * Math.PI * F) / SR;
  let total = 0, weights = 0, re = 0, im = 0;
  for (let i = 0; i < n; i++) {
    const hann = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / n), v = x[from + i]!;
    total += hann * v * v;
    weights += hann;
    re += hann * v * Math.cos(w * i);
    im -= hann * v * Math.sin(w * i);
  }
  const carrier = (2 * (re * re + im * im)) / (weights * weights);
  return Math.max(0, total / weights - carrier) / carrier;
}

/** A modulator frequency ratio whose sidebands fall on nothing else. */
const H = 0.37;

const fm = (controls: Record<string, unknown>, duration = 0.6, seconds = 0.8): Float32Array =>
  render([event({ freq: F, s: 'sine', ...controls }, 0, duration)], seconds).left;

/** Operator `n`'s name for control `key` (operator 1's has no number). */
const op = (key: string, n: number): string => (n === 1 ? key : `${key}${n}`);

/** Harmonic 4's power relative to the fundamental's, in the window at `t`. */
const fourth = (x: Float32Array, t: number): number => harmonic(x, 4, t) / harmonic(x, 1, t);

for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
  const index = op('fmi', n);
  /** Operator n at index `i`, at ratio {@link H}. */
  const at = (i: number): Record<string, unknown> => ({ [index]: i, [op('fmh', n)]: H });
  describe(`FM operator ${n}`, () => {
    it(`${index} puts sidebands on the carrier, steadily when its envelope is not set`, () => {
      expect(sidebands(fm({}), 0.1)).toBeLessThan(1e-6);
      const steady = fm(at(2));
      expect(sidebands(steady, 0.01)).toBeGreaterThan(3);
      expect(sidebands(steady, 0.4) / sidebands(steady, 0.01)).toBeGreaterThan(0.9);
      expect(sidebands(steady, 0.4) / sidebands(steady, 0.01)).toBeLessThan(1.1);
    });

    it(`${op('fmdecay', n)} and ${op('fmsustain', n)} let the sidebands fall to the sustain level`, () => {
      const gone = fm({ ...at(2), [op('fmdecay', n)]: 0.1, [op('fmsustain', n)]: 0 });
      expect(sidebands(gone, 0.01)).toBeGreaterThan(0.2);
      expect(sidebands(gone, 0.4)).toBeLessThan(1e-6);
      // Half of index 2 sustains as index 1 does.
      const half = fm({ ...at(2), [op('fmdecay', n)]: 0.1, [op('fmsustain', n)]: 0.5 });
      const one = fm({ ...at(1) });
      expect(sidebands(half, 0.4) / sidebands(one, 0.4)).toBeGreaterThan(0.95);
      expect(sidebands(half, 0.4) / sidebands(one, 0.4)).toBeLessThan(1.05);
    });

    it(`${op('fmattack', n)} brings the sidebands in`, () => {
      const rising = fm({ ...at(2), [op('fmattack', n)]: 0.3 }), steady = fm(at(2));
      expect(sidebands(rising, 0)).toBeLessThan(sidebands(steady, 0) / 10);
      expect(sidebands(rising, 0.4) / sidebands(steady, 0.4)).toBeGreaterThan(0.95);
      expect(sidebands(rising, 0.4) / sidebands(steady, 0.4)).toBeLessThan(1.05);
    });

    it(`${op('fmrelease', n)} lets the sidebands fade after the note ends`, () => {
      const quick = fm({ ...at(2), [op('fmrelease', n)]: 0.001, release: 2 }, 0.3);
      const slow = fm({ ...at(2), [op('fmrelease', n)]: 0.4, release: 2 }, 0.3);
      expect(sidebands(quick, 0.2)).toBeGreaterThan(3);
      expect(sidebands(slow, 0.2)).toBeGreaterThan(3);
      expect(sidebands(quick, 0.35)).toBeLessThan(1e-3);
      expect(sidebands(slow, 0.35)).toBeGreaterThan(1);
    });

    it(`${op('fmenv', n)} "exp" makes the index fall fast, then slowly`, () => {
      const shape = { ...at(2), [op('fmdecay', n)]: 0.4, [op('fmsustain', n)]: 0 };
      const lin = fm({ ...shape, [op('fmenv', n)]: 'lin' }), exp = fm({ ...shape, [op('fmenv', n)]: 'exp' });
      expect(sidebands(exp, 0.1)).toBeLessThan(sidebands(lin, 0.1) / 4);
      expect(sidebands(exp, 0.3)).toBeGreaterThan(0);
      expect(sidebands(fm({ ...shape, [op('fmenv', n)]: 1 }), 0.1)).toBeCloseTo(sidebands(exp, 0.1), 8);
      expect(sidebands(fm(shape), 0.1)).toBeCloseTo(sidebands(lin, 0.1), 8);
    });

    it(`${op('fmwave', n)} changes the modulator's waveform, and so the spectrum`, () => {
      const sine = fm({ [index]: 0.5 });
      expect(fourth(sine, 0.1)).toBeLessThan(1e-4);
      for (const wave of ['square', 'sawtooth', 'triangle']) {
        const x = fm({ [index]: 0.5, [op('fmwave', n)]: wave });
        expect(fourth(x, 0.1)).toBeGreaterThan(10 * fourth(sine, 0.1));
      }
    });

    it(`${op('fmh', n)} sets the modulator's frequency: sidebands at the carrier plus and minus multiples of it`, () => {
      // A modulator at 2 × 200 Hz puts sidebands on odd harmonics only; at 3 ×, on even ones too.
      const two = fm({ [index]: 1, [op('fmh', n)]: 2 }), three = fm({ [index]: 1, [op('fmh', n)]: 3 });
      const even = (x: Float32Array): number => (harmonic(x, 2, 0.1) + harmonic(x, 4, 0.1)) / harmonic(x, 1, 0.1);
      expect(harmonic(two, 3, 0.1) / harmonic(two, 1, 0.1)).toBeGreaterThan(0.1);
      expect(even(two)).toBeLessThan(1e-5);
      expect(even(three)).toBeGreaterThan(0.1);
    });
  });
}

describe('FM operators together', () => {
  it('add their modulations', () => {
    const both = fm({ fmi: 1, fmh: H, fmi2: 1, fmh2: H }), one = fm({ fmi: 1, fmh: H }), two = fm({ fmi: 2, fmh: H });
    // Two operators at the same ratio and phase modulate as one with both indices.
    expect(sidebands(both, 0.1) / sidebands(two, 0.1)).toBeGreaterThan(0.99);
    expect(sidebands(both, 0.1) / sidebands(two, 0.1)).toBeLessThan(1.01);
    expect(sidebands(both, 0.1)).toBeGreaterThan(2 * sidebands(one, 0.1));
  });
});
