import { describe, expect, it } from 'vitest';
import { blamp, blep, fmRatios, Phasor, pulse, sawtooth, sine, sineAt, SuperSaw, triangle } from '../../../src/audio/dsp/oscillators.ts';
import { Noise } from '../../../src/audio/dsp/noise.ts';
import { binPower, event, render, SR } from '../helpers.ts';

type Fill = (osc: Phasor, out: Float64Array, start: number, end: number) => void;

/** Aliased power relative to the harmonics' power, in dB, for a wave at `freq` (an exact DFT over one second). */
function aliasDb(fill: Fill, freq: number): number {
  const osc = new Phasor();
  osc.inc = freq / SR;
  osc.phase = 0.1;
  const out = new Float64Array(SR);
  fill(osc, out, 0, SR);
  let total = 0;
  for (const v of out) total += v * v;
  total /= SR;
  let harmonics = 0;
  for (let k = 1; k * freq < SR / 2; k++) harmonics += binPower(out, k * freq, 0, SR);
  return 10 * Math.log10((total - harmonics) / harmonics);
}

const naiveSaw: Fill = (osc, out, start, end) => {
  for (let i = start; i < end; i++) {
    out[i] = 2 * osc.phase - 1;
    osc.phase = (osc.phase + osc.inc) % 1;
  }
};

describe('sawtooth', () => {
  it('keeps aliases at least 20 dB below a naive saw, and 30 dB below its harmonics', () => {
    for (const freq of [1001, 3001, 5003]) {
      const blepDb = aliasDb((o, out, s, e) => sawtooth(o, out, s, e, null), freq);
      expect(blepDb).toBeLessThan(aliasDb(naiveSaw, freq) - 20);
      expect(blepDb).toBeLessThan(-30);
    }
  });

  it('follows a frequency-modulation ratio per sample', () => {
    const a = new Phasor(), b = new Phasor();
    a.inc = b.inc = 0.01;
    const x = new Float64Array(128), y = new Float64Array(128);
    sawtooth(a, x, 0, 128, null);
    sawtooth(b, y, 0, 128, new Float64Array(128).fill(1));
    expect(y).toEqual(x);
  });
});

describe('pulse', () => {
  it('is band-limited and has no DC offset at any width', () => {
    expect(aliasDb((o, out, s, e) => pulse(o, out, s, e, null), 3001)).toBeLessThan(-30);
    for (const width of [0.1, 0.3, 0.8]) {
      const osc = new Phasor();
      osc.inc = 100 / SR;
      const out = new Float64Array(SR);
      osc.width = width;
      pulse(osc, out, 0, SR, null);
      expect(Math.abs(out.reduce((a, b) => a + b, 0) / SR)).toBeLessThan(1e-3);
    }
  });
});

describe('triangle', () => {
  it('is band-limited', () => {
    expect(aliasDb((o, out, s, e) => triangle(o, out, s, e, null), 5003)).toBeLessThan(-40);
  });
});

describe('sine', () => {
  it('matches Math.sin to better than -120 dB', () => {
    const osc = new Phasor();
    osc.inc = 440 / SR;
    const out = new Float64Array(4800);
    sine(osc, out, 0, 4800, null);
    for (let i = 0; i < 4800; i++) expect(Math.abs(out[i]! - Math.sin((2 * Math.PI * 440 * i) / SR))).toBeLessThan(1e-6);
    expect(sineAt(0.25)).toBe(1);
  });
});

describe('blep', () => {
  it('is continuous and cancels a jump of 2 at the wrap', () => {
    const dt = 0.05;
    expect(blep(1e-12, dt) - blep(1 - 1e-12, dt)).toBeCloseTo(-2, 6);
    expect(blep(dt - 1e-12, dt)).toBeCloseTo(blep(dt + 1e-12, dt), 6);
    expect(blep(2 * dt, dt)).toBeCloseTo(0, 9);
    expect(blep(0.5, dt)).toBe(0);
  });
});

describe('blamp', () => {
  it('is continuous, symmetric and vanishes two samples from the corner', () => {
    const dt = 0.05;
    expect(blamp(1e-12, dt)).toBeCloseTo(blamp(1 - 1e-12, dt), 9);
    expect(blamp(dt - 1e-12, dt)).toBeCloseTo(blamp(dt + 1e-12, dt), 9);
    expect(blamp(2 * dt, dt)).toBeCloseTo(0, 12);
  });
});

describe('SuperSaw', () => {
  it('stacks detuned saws spread over `detune` semitones', () => {
    const saw = new SuperSaw();
    const noise = new Noise();
    noise.seed(1);
    saw.configure(0.01, 5, 1, noise);
    expect(saw.incs[0]! / saw.incs[4]!).toBeCloseTo(Math.pow(2, -1 / 12), 12);
    expect(saw.incs[2]).toBeCloseTo(0.01, 15);
  });

  it('sounds different with more voices and more detune', () => {
    const base = render([event({ s: 'supersaw', note: 'c3' }, 0, 0.5, 1)], 0.5).left;
    const one = render([event({ s: 'supersaw', note: 'c3', unison: 1 }, 0, 0.5, 1)], 0.5).left;
    const wide = render([event({ s: 'supersaw', note: 'c3', detune: 2 }, 0, 0.5, 1)], 0.5).left;
    expect(one).not.toEqual(base);
    expect(wide).not.toEqual(base);
  });
});

describe('fmRatios', () => {
  it('adds sidebands at the carrier ± the modulator frequency', () => {
    const plain = render([event({ s: 'sine', freq: 1000 }, 0, 1, 1)], 1).left;
    const fm = render([event({ s: 'sine', freq: 1000, fm: 1, fmh: 0.25 }, 0, 1, 1)], 1).left;
    const n = SR / 2, from = SR / 4;
    expect(binPower(plain, 1250, from, n) / binPower(plain, 1000, from, n)).toBeLessThan(1e-6);
    expect(binPower(fm, 1250, from, n) / binPower(fm, 1000, from, n)).toBeGreaterThan(0.1);
    const ratios = new Float64Array(4);
    const mod = new Phasor();
    mod.inc = 0.25;
    mod.depth = 2;
    fmRatios(mod, ratios, 0, 4);
    expect([...ratios].map((r) => Math.round(r * 1e9) / 1e9)).toEqual([1, 3, 1, -1]);
  });
});
