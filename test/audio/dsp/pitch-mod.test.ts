// The pitch envelope (penv, pattack, pdecay, psustain, prelease, pcurve, panchor) and vibrato
// (vib, vibmod), measured as the pitch of rendered notes period by period.
import { describe, expect, it } from 'vitest';
import { event, render, SR, zeroCrossingFrequency } from '../helpers.ts';

const C3 = 130.8128;

/** The pitch of each period (between rising zero crossings) in `[from, to)`: its time in seconds and frequency. */
function periods(x: Float32Array, from = 0, to = x.length): { t: number; f: number }[] {
  const crossings: number[] = [];
  for (let i = Math.max(1, from); i < to; i++) {
    const a = x[i - 1]!, b = x[i]!;
    if (a < 0 && b >= 0) crossings.push(i - 1 + a / (a - b));
  }
  return crossings.slice(1).map((c, k) => ({ t: (c + crossings[k]!) / 2 / SR, f: SR / (c - crossings[k]!) }));
}

/** Semitones from `base` to `f`. */
const semitones = (f: number, base: number): number => 12 * Math.log2(f / base);

/** The pitch in semitones above C3 of the period nearest time `t`. */
function pitchAt(x: Float32Array, t: number): number {
  const all = periods(x);
  let best = all[0]!;
  for (const p of all) if (Math.abs(p.t - t) < Math.abs(best.t - t)) best = p;
  return semitones(best.f, C3);
}

const note = (controls: Record<string, unknown>, duration = 0.5, seconds = 0.6): Float32Array =>
  render([event({ note: 'c3', s: 'sawtooth', ...controls }, 0, duration)], seconds).left;

describe('penv', () => {
  it('starts a sawtooth an octave up and ends at the note', () => {
    const x = note({ penv: 12 });
    const first = periods(x)[0]!;
    expect(semitones(first.f, C3)).toBeGreaterThan(11);
    expect(semitones(first.f, C3)).toBeLessThan(12.05);
    const settled = zeroCrossingFrequency(x, Math.round(0.25 * SR), Math.round(0.45 * SR));
    expect(Math.abs(1200 * Math.log2(settled / C3))).toBeLessThan(5);
    const plain = note({});
    expect(Math.abs(semitones(periods(plain)[0]!.f, C3))).toBeLessThan(0.1);
  });

  it('goes down for a negative depth', () => {
    expect(pitchAt(note({ penv: -12, pdecay: 0.4 }), 0.02)).toBeLessThan(-11);
  });
});

describe('pattack', () => {
  it('rises from the note to the top of the envelope over the attack', () => {
    const x = note({ penv: 12, pattack: 0.2, pdecay: 0.2 });
    expect(pitchAt(x, 0.01)).toBeLessThan(1.5);
    expect(pitchAt(x, 0.1)).toBeGreaterThan(5);
    expect(pitchAt(x, 0.1)).toBeLessThan(7);
    expect(pitchAt(x, 0.2)).toBeGreaterThan(11);
  });
});

describe('pdecay', () => {
  it('sets how long the pitch takes to fall back', () => {
    const short = note({ penv: 12, pdecay: 0.05 }), long = note({ penv: 12, pdecay: 0.4 });
    expect(Math.abs(pitchAt(short, 0.1))).toBeLessThan(0.1);
    // Linear in semitones: three quarters of the way up after a quarter of the decay.
    expect(pitchAt(long, 0.1)).toBeGreaterThan(8.5);
    expect(pitchAt(long, 0.1)).toBeLessThan(9.5);
  });
});

describe('psustain', () => {
  it('holds the pitch at that fraction of the depth', () => {
    const x = note({ penv: 12, psustain: 0.5 });
    expect(pitchAt(x, 0.3)).toBeGreaterThan(5.9);
    expect(pitchAt(x, 0.3)).toBeLessThan(6.1);
  });
});

describe('prelease', () => {
  it('moves the pitch back to the note after the note ends', () => {
    const held = { penv: 12, psustain: 1, release: 0.5 };
    const instant = note({ ...held }, 0.3, 0.7), slow = note({ ...held, prelease: 0.4 }, 0.3, 0.7);
    expect(pitchAt(instant, 0.25)).toBeGreaterThan(11.9);
    expect(pitchAt(slow, 0.25)).toBeGreaterThan(11.9);
    expect(Math.abs(pitchAt(instant, 0.4))).toBeLessThan(0.1);
    // A quarter of the way into the release: three quarters of the depth.
    expect(pitchAt(slow, 0.4)).toBeGreaterThan(8.5);
    expect(pitchAt(slow, 0.4)).toBeLessThan(9.5);
  });
});

describe('pcurve', () => {
  it('makes the fall exponential: fast, then slow', () => {
    const linear = note({ penv: 12, pdecay: 0.4 }), curved = note({ penv: 12, pdecay: 0.4, pcurve: 1 });
    expect(pitchAt(curved, 0.1)).toBeLessThan(pitchAt(linear, 0.1) - 3);
    expect(pitchAt(curved, 0.3)).toBeGreaterThan(0.05);
    expect(pitchAt(curved, 0.3)).toBeLessThan(pitchAt(linear, 0.3));
  });
});

describe('panchor', () => {
  it('puts the note at the top of the range at 1 and in the middle at 0.5', () => {
    const top = note({ penv: 12, panchor: 1, pdecay: 0.4 }), middle = note({ penv: 12, panchor: 0.5, pdecay: 0.4 });
    expect(Math.abs(pitchAt(top, 0.01))).toBeLessThan(0.5);
    expect(pitchAt(middle, 0.01)).toBeGreaterThan(5.5);
    expect(pitchAt(top, 0.45)).toBeLessThan(-11.9);
    expect(pitchAt(middle, 0.45)).toBeLessThan(-5.9);
    expect(pitchAt(middle, 0.45)).toBeGreaterThan(-6.1);
  });
});

/** The vibrato of a sine at A3 over one second: its depth in semitones and its rate in Hz. */
function vibrato(controls: Record<string, unknown>): { depth: number; rate: number } {
  const x = render([event({ note: 'a3', s: 'sine', ...controls }, 0, 1.2)], 1.2).left;
  const track = periods(x, Math.round(0.1 * SR), Math.round(1.1 * SR)).map((p) => ({ t: p.t, s: semitones(p.f, 220) }));
  const depth = Math.max(...track.map((p) => Math.abs(p.s)));
  let turns = 0;
  for (let k = 1; k < track.length; k++) if (track[k - 1]!.s < 0 && track[k]!.s >= 0) turns++;
  return { depth, rate: turns / (track[track.length - 1]!.t - track[0]!.t) };
}

describe('vib', () => {
  it('wobbles the pitch at its rate, by half a semitone when no depth is given', () => {
    const none = vibrato({});
    expect(none.depth).toBeLessThan(0.01);
    const v = vibrato({ vib: 5 });
    expect(v.rate).toBeGreaterThan(4.5);
    expect(v.rate).toBeLessThan(5.5);
    expect(v.depth).toBeGreaterThan(0.45);
    expect(v.depth).toBeLessThan(0.52);
    const fast = vibrato({ vib: 8 });
    expect(fast.rate).toBeGreaterThan(7.5);
    expect(fast.rate).toBeLessThan(8.5);
  });
});

describe('vibmod', () => {
  it('sets the depth in semitones, also as vib\'s second value', () => {
    const v = vibrato({ vib: 4, vibmod: 2 });
    expect(v.depth).toBeGreaterThan(1.85);
    expect(v.depth).toBeLessThan(2.05);
    expect(v.rate).toBeGreaterThan(3.5);
    expect(v.rate).toBeLessThan(4.5);
    expect(vibrato({ vib: '4:2' }).depth).toBeCloseTo(v.depth, 2);
  });
});
