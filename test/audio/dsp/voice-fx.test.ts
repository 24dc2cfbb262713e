import { describe, expect, it } from 'vitest';
import { compressedLevel, djfCutoff } from '../../../src/audio/dsp/voice-fx.ts';
import { renderOffline, type EngineError } from '../../../src/audio/index.ts';
import { event, peak, powerSpectrum, render, rms, SR } from '../helpers.ts';

const db = (x: number): number => 20 * Math.log10(x);
const at = (t: number): number => Math.round(t * SR);

/** The amplitude envelope: RMS over windows of `window` samples, every `hop` samples, in `[from, to)` seconds. */
function envelope(x: Float32Array, from: number, to: number, window = 128, hop = 64): number[] {
  const out: number[] = [];
  for (let i = at(from); i + window <= at(to); i += hop) out.push(rms(x, i, i + window));
  return out;
}

/** The envelope's period in seconds: between its first and last upward crossing of its mean. */
function envelopePeriod(env: number[], hop = 64): number {
  const mean = env.reduce((a, b) => a + b, 0) / env.length;
  const ups: number[] = [];
  for (let i = 1; i < env.length; i++) if (env[i - 1]! < mean && env[i]! >= mean) ups.push(i);
  return ((ups[ups.length - 1]! - ups[0]!) * hop) / SR / (ups.length - 1);
}

/** Power summed over bins from `lo` to `hi` Hz of a `n`-sample frame at `from` seconds. */
function bandPower(x: Float32Array, from: number, lo: number, hi: number, n = 8192): number {
  const p = powerSpectrum(x, at(from), n);
  let s = 0;
  for (let k = Math.ceil((lo * n) / SR); k <= Math.floor((hi * n) / SR); k++) s += p[k]!;
  return s;
}

describe('compressor', () => {
  // A 375 Hz sine at gain 2: a level of 0.6 (-4.4 dB) before the pan.
  const tone = (controls: Record<string, unknown>) => render([event({ freq: 375, s: 'sine', gain: 2, ...controls }, 0, 1, 3)], 1).left;
  const steadyPeak = (x: Float32Array) => db(peak(x, at(0.5), at(0.9)));

  it('lowers peaks above the threshold by about the ratio', () => {
    const input = steadyPeak(tone({}));
    const level = db(0.6);
    for (const ratio of [2, 4, 8]) {
      const output = steadyPeak(tone({ compressor: `-30:${ratio}:0:0.001:0.2` }));
      const expected = (level - -30) * (1 - 1 / ratio);
      expect(input - output).toBeGreaterThan(expected - 1);
      expect(input - output).toBeLessThan(expected + 1);
    }
  });

  it('leaves a sound below the threshold as it is, and bends softly within the knee', () => {
    const quiet = (controls: Record<string, unknown>) =>
      render([event({ freq: 375, s: 'sine', gain: 0.1, ...controls }, 0, 1, 3)], 1).left;
    expect(Math.abs(steadyPeak(quiet({ compressor: '-20:4:0' })) - steadyPeak(quiet({})))).toBeLessThan(0.05);
    expect(compressedLevel(-30, -20, 4, 10)).toBe(-30);
    expect(compressedLevel(-20, -20, 4, 10)).toBeCloseTo(-20 - (0.75 * 25) / 20, 6);
    expect(compressedLevel(0, -20, 4, 10)).toBe(-15);
  });

  it('takes its attack time to clamp down', () => {
    const x = tone({ compressor: '-30:8:0:0.05:0.2' });
    // 10 ms in, an attack of 50 ms has done about a fifth of its work; by 400 ms all of it.
    const early = db(peak(x, at(0.005), at(0.015)));
    const late = steadyPeak(x);
    expect(early - late).toBeGreaterThan(8);
  });
});

describe('tremolo', () => {
  const tone = (controls: Record<string, unknown>) => render([event({ freq: 375, s: 'sine', ...controls }, 0, 1, 3)], 1).left;

  it('modulates the amplitude at its rate, down to 1 - depth', () => {
    const env = envelope(tone({ tremolo: 8, tremolodepth: 0.5 }), 0.1, 0.95);
    expect(envelopePeriod(env)).toBeCloseTo(1 / 8, 2);
    expect(Math.min(...env) / Math.max(...env)).toBeCloseTo(0.5, 1);
    const flat = envelope(tone({}), 0.1, 0.95);
    expect(Math.min(...flat) / Math.max(...flat)).toBeGreaterThan(0.99);
  });

  it('takes its rate in cycles from tremolosync and the tempo, and its depth from a list', () => {
    const env = envelope(tone({ tremolosync: '4:0.8', cps: 1.5 }), 0.05, 0.95);
    expect(envelopePeriod(env)).toBeCloseTo(1 / 6, 2);
    expect(Math.min(...env) / Math.max(...env)).toBeCloseTo(0.2, 1);
  });

  it('a square with skew is up for that part of each cycle', () => {
    const upFraction = (skew: number) => {
      const env = envelope(tone({ tremolo: 4, tremoloshape: 'square', tremoloskew: skew }), 0.1, 0.85);
      const top = Math.max(...env);
      return env.filter((e) => e > top / 2).length / env.length;
    };
    expect(upFraction(0.5)).toBeCloseTo(0.5, 1);
    expect(upFraction(0.25)).toBeCloseTo(0.25, 1);
  });

  it('rejects an unknown shape, naming the shapes it knows', () => {
    const errors: EngineError[] = [];
    const x = renderOffline([event({ s: 'sine', tremolo: 4, tremoloshape: 'wobble' }, 0, 0.2, 3)], {
      sampleRate: SR, duration: 0.3, onError: (e) => errors.push(e),
    }).left;
    expect(peak(x)).toBe(0);
    expect(errors.map((e) => e.message)).toEqual(['control "tremoloshape" must be one of sine, tri, square, saw, ramp, got "wobble"']);
  });
});

describe('phaser', () => {
  // White noise through the phaser against the same noise without: their ratio is the phaser's response.
  const noise = (controls: Record<string, unknown>) => render([event({ s: 'white', ...controls }, 0, 4, 5)], 4).left;

  /** The frequency (Hz) of the deepest notch of `wet` against `dry` in `[lo, hi]`, in a frame centred at `t` seconds. */
  function notch(wet: Float32Array, dry: Float32Array, t: number, lo: number, hi: number): number {
    const n = 8192;
    const pw = powerSpectrum(wet, at(t) - n / 2, n), pd = powerSpectrum(dry, at(t) - n / 2, n);
    let best = 0, bestRatio = Infinity;
    for (let k = Math.ceil((lo * n) / SR); k <= Math.floor((hi * n) / SR); k++) {
      let w = 0, d = 0;
      for (let j = k - 2; j <= k + 2; j++) { w += pw[j]!; d += pd[j]!; }
      if (w / d < bestRatio) { bestRatio = w / d; best = (k * SR) / n; }
    }
    return best;
  }

  it('moves its notches with its LFO, about center ± sweep / 2', () => {
    const dry = noise({});
    const wet = noise({ phaser: 0.25, phaserdepth: 1, phasercenter: 1000, phasersweep: 1000 });
    // Four first-order all-passes give notches at 0.414 × their frequency (and 2.414 ×): the LFO
    // is at its top (1500 Hz) at 1 s and at its bottom (500 Hz) at 3 s.
    expect(notch(wet, dry, 1, 100, 1000)).toBeGreaterThan(0.414 * 1500 * 0.9);
    expect(notch(wet, dry, 1, 100, 1000)).toBeLessThan(0.414 * 1500 * 1.1);
    expect(notch(wet, dry, 3, 100, 1000)).toBeGreaterThan(0.414 * 500 * 0.9);
    expect(notch(wet, dry, 3, 100, 1000)).toBeLessThan(0.414 * 500 * 1.1);
  });

  it('notches less deeply with less depth', () => {
    const dry = noise({});
    const depthOf = (depth: number) => {
      const wet = noise({ phaser: 0.25, phaserdepth: depth, phasercenter: 1000, phasersweep: 1000 });
      return bandPower(wet, 0.96, 560, 680) / bandPower(dry, 0.96, 560, 680);
    };
    // x + d·allpass, over 1 + d: at the notch ((1 - d) / (1 + d))², 0 for depth 1 and 0.29 for 0.3.
    expect(depthOf(1)).toBeLessThan(0.1);
    expect(depthOf(0.3)).toBeGreaterThan(0.25);
    expect(depthOf(0.3)).toBeLessThan(0.45);
  });
});

describe('djf', () => {
  const noise = (controls: Record<string, unknown>) => render([event({ s: 'white', ...controls }, 0, 1, 9)], 1).left;

  it('is a lowpass falling below 0.5, a highpass rising above it, and nothing at 0.5', () => {
    const dry = noise({});
    const low = noise({ djf: 0.2 });
    const high = noise({ djf: 0.8 });
    const ratio = (x: Float32Array, lo: number, hi: number) => bandPower(x, 0.3, lo, hi) / bandPower(dry, 0.3, lo, hi);
    expect(djfCutoff(0.2)).toBeCloseTo(20 * Math.pow(1000, 0.4), 6);
    expect(ratio(low, 40, 150)).toBeGreaterThan(0.7);
    expect(ratio(low, 3000, 10000)).toBeLessThan(0.01);
    expect(ratio(high, 40, 150)).toBeLessThan(0.01);
    expect(ratio(high, 5000, 15000)).toBeGreaterThan(0.7);
    expect(noise({ djf: 0.5 })).toEqual(dry);
  });

  it('sweeps further the further it is from 0.5', () => {
    const dry = noise({});
    // Cutoffs of 10 kHz, 2.5 kHz and 630 Hz: what passes between 4 and 8 kHz falls by 12 dB an octave.
    const highs = (djf: number) => bandPower(noise({ djf }), 0.3, 4000, 8000) / bandPower(dry, 0.3, 4000, 8000);
    expect(highs(0.45)).toBeGreaterThan(0.5);
    expect(highs(0.45)).toBeGreaterThan(highs(0.35) * 5);
    expect(highs(0.35)).toBeGreaterThan(highs(0.25) * 5);
  });
});

describe('dry', () => {
  it('sets the level of the dry sound only: dry 0 leaves the reverb alone', () => {
    const snare = (controls: Record<string, unknown>) => render([event({ s: 'sd', ...controls }, 0, 0.1, 1)], 1.5).left;
    const both = snare({ room: 0.5 });
    const wetOnly = snare({ room: 0.5, dry: 0 });
    const dryOnly = snare({});
    expect(peak(snare({ dry: 0 }))).toBe(0);
    // Wet + dry = both, sample by sample (nothing here is loud enough to limit).
    let worst = 0;
    for (let i = 0; i < both.length; i++) worst = Math.max(worst, Math.abs(both[i]! - wetOnly[i]! - dryOnly[i]!));
    expect(worst).toBeLessThan(1e-4 * peak(both));
    expect(rms(wetOnly, 0, at(0.05))).toBeLessThan(rms(both, 0, at(0.05)) * 0.5);
    const half = snare({ dry: 0.5 });
    expect(peak(half)).toBeCloseTo(peak(dryOnly) * 0.5, 3);
  });
});
