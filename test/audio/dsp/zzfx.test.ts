import { describe, expect, it } from 'vitest';
import type { EngineError, SoundEvent } from '../../../src/audio/index.ts';
import { renderOffline } from '../../../src/audio/index.ts';
import { zzfxWave } from '../../../src/audio/dsp/zzfx.ts';
import { binPower, event, rms, SR, zeroCrossingFrequency } from '../helpers.ts';

const A3 = 220;

function play(events: SoundEvent[], seconds: number): { left: Float32Array; errors: EngineError[] } {
  const errors: EngineError[] = [];
  const { left } = renderOffline(events, { sampleRate: SR, duration: seconds, onError: (e) => errors.push(e) });
  return { left, errors };
}

/** Power of harmonics 1..8 of `f`, relative to the total of those 8. */
function harmonics(x: Float32Array, f: number, from: number, n: number): number[] {
  const h = Array.from({ length: 8 }, (_, k) => binPower(x, f * (k + 1), from, n));
  const total = h.reduce((a, b) => a + b, 0);
  return h.map((p) => p / total);
}

/** The frequency of the strongest DFT bin between `lo` and `hi` Hz (1 Hz steps). */
function strongest(x: Float32Array, from: number, n: number, lo: number, hi: number): number {
  let best = lo, power = -1;
  for (let f = lo; f <= hi; f++) {
    const p = binPower(x, f, from, n);
    if (p > power) [best, power] = [f, p];
  }
  return best;
}

describe('the ZzFX synths', () => {
  it('play each z_ wave at the note, each with its own spectrum', () => {
    const shapes = ['z_sine', 'z_triangle', 'z_sawtooth', 'z_square', 'z_tan', 'z_noise'];
    const spectra = shapes.map((s) => {
      const { left, errors } = play([event({ s, note: 'a3' }, 0, 0.5)], 0.5);
      expect(errors).toEqual([]);
      expect(rms(left, 4800, 24000)).toBeGreaterThan(0.05);
      return harmonics(left, A3, 4800, 9600);
    });
    // A sine is its fundamental; a triangle and a square have no even harmonics; a saw has them all.
    expect(spectra[0]![0]).toBeGreaterThan(0.99);
    expect(spectra[1]![0]).toBeGreaterThan(0.9);
    expect(spectra[1]![1]! + spectra[1]![3]!).toBeLessThan(0.001);
    expect(spectra[1]![2]!).toBeGreaterThan(0.005);
    expect(spectra[2]![1]!).toBeGreaterThan(0.1);
    expect(spectra[3]![1]! + spectra[3]![3]!).toBeLessThan(0.01);
    expect(spectra[3]![2]!).toBeGreaterThan(0.05);
    // Every pair of waves differs by more than 6 dB in one of its first eight harmonics.
    const db = (p: number): number => 10 * Math.log10(p + 1e-9);
    for (let a = 0; a < shapes.length; a++) {
      for (let b = a + 1; b < shapes.length; b++) {
        const distance = Math.max(...spectra[a]!.map((p, k) => Math.abs(db(p) - db(spectra[b]![k]!))));
        expect(distance, `${shapes[a]} vs ${shapes[b]}`).toBeGreaterThan(6);
      }
    }
  });

  it('zzfxWave gives ZzFX\'s waves: saw falling from 1, triangle from 1 down to -1, square by duty', () => {
    expect(zzfxWave(2, 0, 1)).toBe(1);
    expect(zzfxWave(2, 0.75, 1)).toBeCloseTo(-0.5);
    expect(zzfxWave(1, 0.5, 1)).toBe(-1);
    expect(zzfxWave(1, 0.25, 1)).toBeCloseTo(0);
    expect(zzfxWave(5, 0.3, 1)).toBe(1);
    expect(zzfxWave(5, 0.3, 0.5)).toBe(-1);
  });

  it('slide glides the pitch up by 500 Hz per second per unit', () => {
    const plain = play([event({ s: 'z_sine', freq: 220 }, 0, 1)], 1).left;
    const slid = play([event({ s: 'z_sine', freq: 220, slide: 0.5 }, 0, 1)], 1).left;
    // At 0.1 s and at 0.6 s: 220 + 250 × t Hz.
    expect(zeroCrossingFrequency(plain, 4320, 5280)).toBeCloseTo(220, 0);
    expect(zeroCrossingFrequency(plain, 28320, 29280)).toBeCloseTo(220, 0);
    expect(zeroCrossingFrequency(slid, 4320, 5280)).toBeCloseTo(245, -0.5);
    expect(zeroCrossingFrequency(slid, 28320, 29280)).toBeCloseTo(370, -0.5);
  });

  it('deltaSlide makes the slide itself grow', () => {
    const slid = play([event({ s: 'z_sine', freq: 220, deltaSlide: 1 }, 0, 1)], 1).left;
    // 220 + 500 × t² / 2 Hz: 222.5 Hz at 0.1 s, 310 Hz at 0.6 s.
    expect(zeroCrossingFrequency(slid, 4320, 5280)).toBeCloseTo(222.5, -0.5);
    expect(zeroCrossingFrequency(slid, 28320, 29280)).toBeCloseTo(310, -0.5);
  });

  it('pitchJump jumps the pitch by its Hz at pitchJumpTime', () => {
    const jumped = play([event({ s: 'z_sine', freq: 220, pitchJump: 220, pitchJumpTime: 0.3 }, 0, 1)], 1).left;
    expect(strongest(jumped, 4800, 9600, 100, 600)).toBe(220);
    expect(strongest(jumped, 19200, 9600, 100, 600)).toBe(440);
  });

  it('zmod, zcrush, znoise and curve change the sound; zrand detunes it', () => {
    const base = { s: 'z_sawtooth', freq: 220 };
    const plain = harmonics(play([event(base, 0, 0.5)], 0.5).left, A3, 4800, 9600);
    for (const extra of [{ zcrush: 0.5 }, { curve: 3 }]) {
      const changed = harmonics(play([event({ ...base, ...extra }, 0, 0.5)], 0.5).left, A3, 4800, 9600);
      expect(changed.reduce((sum, p, k) => sum + Math.abs(p - plain[k]!), 0), JSON.stringify(extra)).toBeGreaterThan(0.05);
    }
    // FM at 5 Hz takes energy from the fundamental; pitch noise puts energy between the harmonics.
    const tonal = (x: Float32Array): number => binPower(x, A3, 4800, 9600) / (rms(x, 4800, 14400) ** 2);
    const between = (x: Float32Array): number => {
      let sum = 0;
      for (let k = 1; k <= 10; k++) sum += binPower(x, 110 * (2 * k + 1), 4800, 9600);
      return sum / (rms(x, 4800, 14400) ** 2);
    };
    const clean = play([event(base, 0, 0.5)], 0.5).left;
    expect(tonal(play([event({ ...base, zmod: 5 }, 0, 0.5)], 0.5).left)).toBeLessThan(tonal(clean) * 0.5);
    expect(between(play([event({ ...base, znoise: 0.5 }, 0, 0.5)], 0.5).left)).toBeGreaterThan(between(clean) * 10);
    const detuned = play([event({ s: 'z_sine', freq: 220, zrand: 0.5 }, 0, 0.5, 7)], 0.5).left;
    const f = zeroCrossingFrequency(detuned, 2400, 21600);
    expect(Math.abs(f - 220)).toBeGreaterThan(1);
    expect(f).toBeGreaterThan(110);
    expect(f).toBeLessThan(330);
  });

  it('s("zzfx") plays a ZzFX parameter list: its frequency, wave and length', () => {
    // volume 1, no randomness, 440 Hz, no attack, 0.2 s sustain, 0.05 s release, sawtooth.
    const { left, errors } = play([event({ s: 'zzfx', zzfx: [1, 0, 440, 0, 0.2, 0.05, 2] }, 0, 1)], 1);
    expect(errors).toEqual([]);
    expect(strongest(left, 2400, 4800, 200, 700)).toBe(440);
    expect(binPower(left, 880, 2400, 4800)).toBeGreaterThan(binPower(left, 440, 2400, 4800) * 0.1);
    expect(rms(left, 2400, 9600)).toBeGreaterThan(0.05);
    expect(rms(left, 0.3 * SR, 0.5 * SR)).toBeLessThan(0.001);
  });
});
