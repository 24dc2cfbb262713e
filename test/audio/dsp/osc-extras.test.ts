// The oscillators' extras: noise mixed in, a supersaw's stereo spread, pulse-width modulation
// (pwrate, pwsweep), and the amplitude envelope's hold, measured in rendered notes.
import { describe, expect, it } from 'vitest';
import { event, powerSpectrum, render, rms, SR } from '../helpers.ts';

const F = 200;

describe('noise', () => {
  /** Power between the harmonics of a 200 Hz saw (at their midpoints, 5 to 30) over power on them. */
  function floor(controls: Record<string, unknown>): number {
    const x = render([event({ freq: F, s: 'sawtooth', ...controls }, 0, 0.5)], 0.5).left;
    const n = 8192, power = powerSpectrum(x, Math.round(0.1 * SR), n);
    const bin = (f: number): number => power[Math.round((f * n) / SR)]!;
    let between = 0, on = 0;
    for (let k = 5; k <= 30; k++) {
      between += bin((k + 0.5) * F);
      on += bin(k * F);
    }
    return between / on;
  }

  it('raises the floor between the harmonics, more with more noise', () => {
    const clean = floor({}), some = floor({ noise: 0.1 }), more = floor({ noise: 0.5 });
    expect(some).toBeGreaterThan(100 * clean);
    // Noise power grows with the amount squared: 25 times from 0.1 to 0.5.
    expect(more / some).toBeGreaterThan(15);
    expect(more / some).toBeLessThan(40);
  });
});

/** The correlation of the two channels over `[from, to)`. */
function correlation(l: Float32Array, r: Float32Array, from: number, to: number): number {
  let lr = 0, ll = 0, rr = 0;
  for (let i = from; i < to; i++) {
    lr += l[i]! * r[i]!;
    ll += l[i]! * l[i]!;
    rr += r[i]! * r[i]!;
  }
  return lr / Math.sqrt(ll * rr);
}

describe('spread', () => {
  const saw = (spread?: number): { left: Float32Array; right: Float32Array } =>
    render([event({ note: 'c3', s: 'supersaw', unison: 7, detune: 0.5, ...(spread === undefined ? {} : { spread }) }, 0, 1)], 1);
  const from = Math.round(0.1 * SR), to = Math.round(0.9 * SR);

  it('keeps a supersaw in the middle at 0 (the default) and spreads its copies apart at 1', () => {
    const none = saw(), zero = saw(0), half = saw(0.5), full = saw(1);
    expect(correlation(none.left, none.right, from, to)).toBeGreaterThan(0.9999);
    expect(correlation(zero.left, zero.right, from, to)).toBeGreaterThan(0.9999);
    const c = correlation(full.left, full.right, from, to);
    expect(c).toBeLessThan(0.5);
    expect(correlation(half.left, half.right, from, to)).toBeGreaterThan(c);
    expect(correlation(half.left, half.right, from, to)).toBeLessThan(0.95);
    // Equal-power pans: about the level of the unspread saw on each side.
    for (const side of [full.left, full.right]) {
      const db = 20 * Math.log10(rms(side, from, to) / rms(zero.left, from, to));
      expect(Math.abs(db)).toBeLessThan(3);
    }
  });

  it('puts the lowest copies on the left and the highest on the right', () => {
    // Two copies a semitone apart: the left hears the lower, the right the higher.
    const x = render([event({ freq: 400, s: 'supersaw', unison: 2, detune: 1, spread: 1 }, 0, 1)], 1);
    const zeroCrossings = (y: Float32Array): number => {
      let count = 0;
      for (let i = from + 1; i < to; i++) if (y[i - 1]! < 0 && y[i]! >= 0) count++;
      return count / ((to - from) / SR);
    };
    expect(zeroCrossings(x.left)).toBeCloseTo(400 * Math.pow(2, -0.5 / 12), -1);
    expect(zeroCrossings(x.right)).toBeCloseTo(400 * Math.pow(2, 0.5 / 12), -1);
  });
});

describe('pwrate and pwsweep', () => {
  /** The pulse's duty cycle (the fraction of samples above its mean) over the two periods around `t`. */
  function duty(x: Float32Array, t: number): number {
    const period = SR / F, from = Math.round(t * SR - period), to = from + 2 * period;
    let mean = 0;
    for (let i = from; i < to; i++) mean += x[i]!;
    mean /= to - from;
    let high = 0;
    for (let i = from; i < to; i++) if (x[i]! > mean) high++;
    return high / (to - from);
  }
  const pulse = (controls: Record<string, unknown>): Float32Array =>
    render([event({ freq: F, s: 'pulse', ...controls }, 0, 1)], 1).left;

  it('sweeps the pulse width around pw at pwrate by pwsweep', () => {
    const still = pulse({ pw: 0.5 });
    expect(duty(still, 0.125)).toBeCloseTo(0.5, 1);
    expect(duty(still, 0.375)).toBeCloseTo(0.5, 1);
    const swept = pulse({ pw: 0.5, pwrate: 2, pwsweep: 0.3 });
    // sin(2π · 2 Hz · t): its peak at 0.125 s, its trough at 0.375 s.
    expect(duty(swept, 0.125)).toBeGreaterThan(0.76);
    expect(duty(swept, 0.125)).toBeLessThan(0.84);
    expect(duty(swept, 0.375)).toBeGreaterThan(0.16);
    expect(duty(swept, 0.375)).toBeLessThan(0.24);
    const slower = pulse({ pw: 0.5, pwrate: 1, pwsweep: 0.3 });
    // At a quarter of the period of 2 Hz, one eighth of 1 Hz: 0.5 + 0.3 · sin(π/4).
    expect(duty(slower, 0.125)).toBeGreaterThan(0.67);
    expect(duty(slower, 0.125)).toBeLessThan(0.75);
    // pw's list sets both: "0.5:2:0.3".
    expect(duty(pulse({ pw: '0.5:2:0.3' }), 0.125)).toBeCloseTo(duty(swept, 0.125), 5);
  });
});

describe('hold', () => {
  it('keeps the level at its peak for the hold time before the decay', () => {
    const shape = { freq: F, s: 'sawtooth', decay: 0.1, sustain: 0 };
    const plain = render([event(shape, 0, 0.5)], 0.5).left;
    const held = render([event({ ...shape, hold: 0.2 }, 0, 0.5)], 0.5).left;
    const level = (x: Float32Array, t: number): number => rms(x, Math.round(t * SR), Math.round(t * SR) + SR / F);
    const peak = level(held, 0.01);
    expect(level(held, 0.18) / peak).toBeGreaterThan(0.99);
    expect(level(held, 0.18) / peak).toBeLessThan(1.01);
    expect(level(plain, 0.1) / peak).toBeLessThan(0.15);
    expect(level(plain, 0.18) / peak).toBeLessThan(0.01);
    // Halfway through the decay that follows the hold: half the level.
    const half = level(held, 0.2 + 0.05 - 0.5 / F) / peak;
    expect(half).toBeGreaterThan(0.45);
    expect(half).toBeLessThan(0.55);
    expect(level(held, 0.35) / peak).toBeLessThan(0.01);
  });
});
