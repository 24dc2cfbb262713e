import { describe, expect, it } from 'vitest';
import { binPower, event, powerSpectrum, render, rms, SR } from '../helpers.ts';

const at = (t: number): number => Math.round(t * SR);

/** The spectral centroid (Hz) of a 4096-sample frame at `from` seconds. */
function centroid(x: Float32Array, from: number): number {
  const n = 4096;
  const p = powerSpectrum(x, at(from), n);
  let sum = 0, weighted = 0;
  for (let k = 1; k < n / 2; k++) {
    sum += p[k]!;
    weighted += p[k]! * ((k * SR) / n);
  }
  return weighted / sum;
}

/** A short burst of white noise into the reverb (the dry burst is over by 0.1 s). */
const burst = (controls: Record<string, unknown>, seconds = 2) =>
  render([event({ s: 'white', room: 0.8, release: 0.005, ...controls }, 0, 0.08, 4)], seconds).left;

describe('reverb tone', () => {
  it('roomlp darkens the tail', () => {
    const open = burst({ size: 2 });
    const dark = burst({ size: 2, roomlp: 800 });
    expect(centroid(dark, 0.4)).toBeLessThan(centroid(open, 0.4) * 0.5);
    expect(centroid(dark, 0.4)).toBeLessThan(1500);
  });

  it('roomdim makes the tail darker as it decays', () => {
    const plain = burst({ size: 2 });
    const dim = burst({ size: 2, roomdim: 400 });
    // At about -60 dB (2 s in) its cutoff has fallen to roomdim; early on it is still bright.
    expect(centroid(dim, 0.3)).toBeGreaterThan(centroid(dim, 1.4) * 2);
    expect(centroid(dim, 1.4)).toBeLessThan(centroid(plain, 1.4) * 0.5);
  });

  it('roomfade sets how long the tail takes to fade by 60 dB', () => {
    const level = (x: Float32Array, t: number) => rms(x, at(t), at(t + 0.1));
    const short = burst({ size: 4, roomfade: 0.5 }, 3);
    const long = burst({ size: 0.5, roomfade: 3 }, 3);
    // 60 dB per roomfade seconds: from 0.3 s to 1.3 s, a 3 s fade loses 20 dB (a 0.5 s one 120).
    const drop = 20 * Math.log10(level(long, 1.3) / level(long, 0.3));
    expect(drop).toBeGreaterThan(-26);
    expect(drop).toBeLessThan(-14);
    expect(level(short, 1.3)).toBeLessThan(level(long, 1.3) * 1e-3);
  });
});

describe('ducking', () => {
  // A sustained 3 kHz pad on orbit 2 (a kick has next to nothing there), and a kick on orbit 1 at 1 s.
  const pad = { s: 'sine', freq: 3000, orbit: 2, gain: 0.5 };
  const mix = (kick: Record<string, unknown>, padOrbit = 2) =>
    render([event({ ...pad, orbit: padOrbit }, 0, 2, 1), event({ s: 'bd', orbit: 1, ...kick }, 1, 0.2, 2)], 1.8).left;
  const padLevel = (x: Float32Array, t: number) => Math.sqrt(binPower(x, 3000, at(t), 480));

  it('turns the ducked orbit down by duckdepth when the kick hits, and back up over duckattack', () => {
    const plain = mix({});
    const ducked = mix({ duckorbit: 2, duckdepth: 0.8, duckattack: 0.2, duckonset: 0.002 });
    expect(padLevel(ducked, 0.5) / padLevel(plain, 0.5)).toBeCloseTo(1, 2);
    // Just after the onset, 1 - depth of the level; halfway through the attack, about 0.6.
    expect(padLevel(ducked, 1.004) / padLevel(plain, 1.004)).toBeCloseTo(0.2 + 0.8 * 0.0175, 1);
    expect(padLevel(ducked, 1.095) / padLevel(plain, 1.095)).toBeCloseTo(0.6, 1);
    expect(padLevel(ducked, 1.4) / padLevel(plain, 1.4)).toBeCloseTo(1, 2);
  });

  it('ducks only the orbits it names', () => {
    const other = mix({ duckorbit: 3 }, 2);
    const plain = mix({});
    expect(padLevel(other, 1.004) / padLevel(plain, 1.004)).toBeCloseTo(1, 2);
    const both = mix({ duckorbit: '2:3', duckdepth: 1, duckattack: 0.2 }, 3);
    expect(padLevel(both, 1.004) / padLevel(plain, 1.004)).toBeLessThan(0.1);
  });
});
