// MIDI clock from the tempo map: 24 pulses a beat, none lost or doubled however the time is cut
// into windows (a fake clock with jittery ticks), no drift over ten minutes, and the right spacing
// on both sides of a tempo change.
import { describe, expect, it } from 'vitest';
import { Rational } from '../../src/pattern/rational.ts';
import { clockPulses, pulseTime, songPosition, type ClockPulse } from '../../src/scheduler/midi-clock.ts';
import { tempoMap, withCps, type TempoMap } from '../../src/scheduler/tempo.ts';

/** Every pulse from 0 to `end` seconds, asked for in windows of 5 to 60 ms as a jittery timer would. */
function pulsesInWindows(map: TempoMap, end: number, beatsPerCycle?: number): ClockPulse[] {
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const out: ClockPulse[] = [];
  for (let from = 0; from < end; ) {
    const to = Math.min(end, from + 0.005 + random() * 0.055);
    out.push(...clockPulses(map, from, to, beatsPerCycle));
    from = to;
  }
  return out;
}

describe('MIDI clock', () => {
  it('gives 24 pulses a beat: 48 a second at 120 BPM (0.5 cps, four beats a cycle)', () => {
    const pulses = clockPulses(tempoMap(0.5), 0, 1);
    expect(pulses.length).toBe(48);
    expect(pulses[0]).toEqual({ pulse: 0, time: 0 });
    expect(pulses[47]!.time).toBeCloseTo(47 / 48, 12);
  });

  it('loses and doubles no pulse, and drifts by none, over ten minutes asked for in jittery windows', () => {
    const map = tempoMap(0.5);
    const pulses = pulsesInWindows(map, 600);
    // 600 s at 2 beats a second, 24 pulses a beat.
    expect(pulses.length).toBe(600 * 2 * 24);
    expect(pulses.every((p, i) => p.pulse === i)).toBe(true);
    // Each pulse is where the map puts it, to the last one: no drift.
    expect(pulses[pulses.length - 1]!.time).toBeCloseTo((600 * 48 - 1) / 48, 9);
    expect(pulses.every((p) => Math.abs(p.time - p.pulse / 48) < 1e-9)).toBe(true);
  });

  it('follows a tempo change: the pulses speed up where the cps changes, with no gap or pulse lost', () => {
    // 0.5 cps, then 0.75 cps from cycle 4 (8 s).
    const map = withCps(tempoMap(0.5), Rational.int(4), 0.75);
    const pulses = pulsesInWindows(map, 16);
    expect(pulses.every((p, i) => p.pulse === i)).toBe(true);
    const gaps = pulses.slice(1).map((p, i) => p.time - pulses[i]!.time);
    // Before the change, 1/48 s apart; after it, 1/72 s (0.75 cps × 4 beats × 24).
    expect(gaps.slice(0, 383).every((g) => Math.abs(g - 1 / 48) < 1e-9)).toBe(true);
    expect(gaps.slice(384).every((g) => Math.abs(g - 1 / 72) < 1e-9)).toBe(true);
    // Pulse 384 (cycle 4) is on the change, at 8 s; the count after it is 72 a second.
    expect(pulses[384]!.time).toBeCloseTo(8, 12);
    expect(pulses.length).toBe(384 + 8 * 72);
  });

  it('counts beats per cycle as set: three beats a cycle gives 72 pulses a cycle', () => {
    const map = tempoMap(1);
    expect(clockPulses(map, 0, 1, 3).length).toBe(72);
    expect(pulseTime(map, 72, 3)).toBe(1);
    expect(() => clockPulses(map, 0, 1, 0)).toThrow(/beats per cycle/);
  });

  it('gives the song position in sixteenth notes, for a continue from the middle', () => {
    expect(songPosition(Rational.int(0))).toBe(0);
    expect(songPosition(Rational.int(2))).toBe(32);
    expect(songPosition(Rational.of(1, 3))).toBe(5);
    expect(songPosition(Rational.int(2), 3)).toBe(24);
  });
});
