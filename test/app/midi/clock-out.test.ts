import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClockOut } from '../../../src/app/midi/clock-out.ts';
import type { OutPort } from '../../../src/app/midi/midi-out.ts';

const clock = { now: 0 };
const given: { data: number[]; at: number | undefined }[] = [];
const port: OutPort = { id: 'c', name: 'Clock', send: (data, at) => void given.push({ data: [...data], at }) };

/** Audio time t (s) is heard at 1000 t ms. */
function clockOut(beats = 4): ClockOut {
  return new ClockOut({ port: () => port, beatsPerCycle: () => beats, toPerformance: (t) => 1000 * t, toContext: (ms) => ms / 1000, latency: () => 0, now: () => clock.now });
}

/** Runs the clock's pump every 20 ms up to `ms`. */
function runTo(out: ClockOut, ms: number): void {
  for (; clock.now < ms; clock.now += 20) out.pump();
}

beforeEach(() => {
  vi.useFakeTimers();
  clock.now = 0;
  given.length = 0;
});
afterEach(() => vi.useRealTimers());

describe('MIDI clock out', () => {
  it('sends Start on the first pulse, then 24 pulses a beat at the tempo played, and Stop', () => {
    const out = clockOut();
    // 0.5 cps, 4 beats a cycle: 120 BPM, a pulse every 20.833 ms; playback starts at 0.1 s.
    out.beat({ running: true, tempo: { cycle: '0', time: 0.1, cps: 0.5 } });
    runTo(out, 2100);
    expect(given[0]).toEqual({ data: [0xfa], at: 99.5 });
    const pulses = given.filter((g) => g.data[0] === 0xf8);
    // Every pulse once, in order, 1/48 s apart.
    expect(pulses.slice(1).every((p, i) => Math.abs(p.at! - pulses[i]!.at! - 1000 / 48) < 1e-6)).toBe(true);
    expect(pulses.slice(0, 3).map((p) => p.at)).toEqual([100, 100 + 1000 / 48, 100 + 2000 / 48]);
    // Two seconds at 120 BPM: 4 beats, 96 pulses (those within the horizon ahead included).
    expect(pulses.filter((p) => p.at! < 2100).length).toBe(96);
    out.beat({ running: false, tempo: { cycle: '4', time: 2.1, cps: 0.5 } });
    expect(given.at(-1)!.data).toEqual([0xfc]);
    out.dispose();
  });

  it('follows a tempo change from where it is made, and sends Song Position and Continue when playback resumes mid-way', () => {
    const out = clockOut();
    out.beat({ running: true, tempo: { cycle: '0', time: 0, cps: 0.5 } });
    runTo(out, 1000);
    // From cycle 1/2 (1 s) the tempo doubles: pulses every 10.4 ms.
    out.beat({ running: true, tempo: { cycle: '1/2', time: 1, cps: 1 } });
    runTo(out, 1500);
    const after = given.filter((g) => g.data[0] === 0xf8 && g.at! >= 1000 + 250 && g.at! < 1500);
    const gaps = after.slice(1).map((p, i) => p.at! - after[i]!.at!);
    expect(gaps.every((gap) => Math.abs(gap - 1000 / 96) < 1e-6)).toBe(true);
    out.beat({ running: false, tempo: { cycle: '1', time: 1.5, cps: 1 } });
    given.length = 0;
    // Resumes at cycle 1: song position 16 sixteenths, then Continue.
    out.beat({ running: true, tempo: { cycle: '1', time: 3, cps: 1 } });
    expect(given.slice(0, 2).map((g) => g.data)).toEqual([[0xf2, 16, 0], [0xfb]]);
    out.dispose();
  });

  it('counts beats per cycle as set: 3 beats a cycle are 72 pulses a cycle', () => {
    const out = clockOut(3);
    out.beat({ running: true, tempo: { cycle: '0', time: 0, cps: 1 } });
    runTo(out, 1000);
    expect(given.filter((g) => g.data[0] === 0xf8 && g.at! < 1000).length).toBe(72);
    out.dispose();
  });
});
