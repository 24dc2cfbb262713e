// The MIDI clock follower (a phase-locked loop) on a fake clock: pulses at 120 BPM with ±2 ms of
// uniform jitter (a seeded random) lock the tempo within 0.5% in 4 beats; a tempo change is
// followed; lost pulses and a silence do not throw the lock; Start, Stop, Continue and Song
// Position are read from the bytes.
import { describe, expect, it } from 'vitest';
import { ClockFollower } from '../../../src/app/midi/clock-follower.ts';
import { PULSES_PER_QUARTER } from '../../../src/scheduler/midi-clock.ts';

/** A seeded uniform random in [0, 1). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** Feeds `beats` beats at `bpm` from `start` ms with ±`jitter` ms; returns the BPM read after each pulse and the next start. */
function feed(follower: ClockFollower, bpm: number, beats: number, start: number, jitter: number, random: () => number): { readings: (number | undefined)[]; end: number } {
  const period = 60000 / bpm / PULSES_PER_QUARTER;
  const readings: (number | undefined)[] = [];
  const pulses = beats * PULSES_PER_QUARTER;
  for (let i = 0; i < pulses; i++) {
    follower.message([0xf8], start + i * period + (random() * 2 - 1) * jitter);
    readings.push(follower.bpm());
  }
  return { readings, end: start + pulses * period };
}

/** The first pulse from which every reading stays within `tolerance` of `bpm` (Infinity: never). */
function lockedFrom(readings: readonly (number | undefined)[], bpm: number, tolerance: number): number {
  let from = Infinity;
  readings.forEach((r, i) => {
    const within = r !== undefined && Math.abs(r / bpm - 1) <= tolerance;
    if (!within) from = Infinity;
    else if (from === Infinity) from = i;
  });
  return from;
}

describe('the MIDI clock follower', () => {
  it('locks 120 BPM with ±2 ms of jitter within 0.5% in 4 beats, for every seed', () => {
    const lockBeats: number[] = [];
    const firstErrors: number[] = [];
    const errors: number[] = [];
    for (let seed = 1; seed <= 50; seed++) {
      const follower = new ClockFollower();
      const { readings } = feed(follower, 120, 8, 1000, 2, seeded(seed));
      const from = lockedFrom(readings, 120, 0.005);
      expect(from, `seed ${seed}`).toBeLessThan(4 * PULSES_PER_QUARTER);
      lockBeats.push((from + 1) / PULSES_PER_QUARTER);
      firstErrors.push(Math.abs(readings[PULSES_PER_QUARTER - 1]! / 120 - 1));
      errors.push(Math.abs(readings[4 * PULSES_PER_QUARTER - 1]! / 120 - 1));
    }
    // Measured for the note, not asserted: the slowest lock and the worst error at beat 4.
    console.info(`lock within 0.5%: at most ${Math.max(...lockBeats).toFixed(2)} beats (error at beat 1: at most ${(Math.max(...firstErrors) * 100).toFixed(3)}%); error at beat 4: at most ${(Math.max(...errors) * 100).toFixed(3)}%`);
  });

  it.each([90, 126, 117])('follows a tempo change from 120 to %d BPM within 0.5% in a few beats', (bpm) => {
    const follower = new ClockFollower();
    const random = seeded(7);
    const { end } = feed(follower, 120, 8, 0, 2, random);
    const { readings } = feed(follower, bpm, 8, end, 2, random);
    const from = lockedFrom(readings, bpm, 0.005);
    expect(from).toBeLessThan(8 * PULSES_PER_QUARTER);
    expect(follower.cps(4)).toBeCloseTo(bpm / 60 / 4, 2);
    console.info(`120 -> ${bpm} BPM: within 0.5% after ${((from + 1) / PULSES_PER_QUARTER).toFixed(2)} beats`);
  });

  it('counts lost pulses and starts the lock again after a silence', () => {
    const follower = new ClockFollower();
    const period = 500 / PULSES_PER_QUARTER;
    for (let i = 0; i <= 96; i++) if (i % 10 !== 5) follower.pulse(i * period);
    expect(follower.bpm()).toBeCloseTo(120, 6);
    expect(follower.state().pulse).toBe(97);
    // Two seconds of silence, then 100 BPM: no trace of 120 once it settles.
    const later = 96 * period + 2000;
    const slower = 600 / PULSES_PER_QUARTER;
    for (let i = 0; i < 30; i++) follower.pulse(later + i * slower);
    expect(follower.bpm()).toBeCloseTo(100, 6);
  });

  it('tells no tempo before a beat has arrived', () => {
    const follower = new ClockFollower();
    for (let i = 0; i < PULSES_PER_QUARTER - 1; i++) follower.pulse(i * 20);
    expect(follower.bpm()).toBeUndefined();
    follower.pulse(PULSES_PER_QUARTER * 20);
    expect(follower.bpm()).toBeCloseTo(125, 6);
  });

  it('reads Start, Stop, Continue and Song Position', () => {
    const follower = new ClockFollower();
    follower.message([0xf2, 0x10, 0x01], 0); // (1 << 7) | 16 = 144 sixteenths
    expect(follower.state().pulse).toBe(144 * 6);
    follower.message([0xfb], 0);
    expect(follower.state().running).toBe(true);
    follower.message([0xfc], 0);
    expect(follower.state().running).toBe(false);
    follower.message([0xfa], 0);
    expect(follower.state()).toMatchObject({ running: true, pulse: 0 });
    follower.message([0xf8], 10);
    expect(follower.state().pulse).toBe(1);
  });
});
