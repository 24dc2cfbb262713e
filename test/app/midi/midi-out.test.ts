import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MidiOut, SHORT_HORIZON, type OutPort } from '../../../src/app/midi/midi-out.ts';
import type { SoundingHap } from '../../../src/app/runtime/messages.ts';

/** A port that records what it is given, and withdraws (with `clear`) what is not due yet. */
function port(name: string, withdraws: boolean) {
  const given: { data: number[]; at: number; given: number }[] = [];
  const p: OutPort & { given: typeof given; clears: number; due: (now: number) => number[][] } = {
    id: name, name, given, clears: 0,
    send(data, at) { given.push({ data: [...data], at: at ?? 0, given: clock.now }); },
    due(now) { return given.filter((g) => g.at <= now).sort((a, b) => a.at - b.at).map((g) => g.data); },
  };
  if (withdraws) p.clear = () => {
    p.clears++;
    for (let i = given.length - 1; i >= 0; i--) if (given[i]!.at > clock.now) given.splice(i, 1);
  };
  return p;
}

const clock = { now: 0 };
let id = 0;
const hap = (time: number, controls: Record<string, unknown>, duration = 0.25, block = '$'): SoundingHap =>
  ({ id: ++id, time, duration, locations: [], controls: { output: 'midi', ...controls }, block });

function setup(withdraws: boolean, latency = 0) {
  const a = port('A', withdraws);
  const problems: string[] = [];
  const out = new MidiOut({
    port: (wanted) => (wanted === undefined || wanted === 'A' ? a : undefined),
    portNames: () => ['A'],
    // Audio time t (s) is heard at 1000 + 1000·t ms.
    toPerformance: (t) => 1000 + 1000 * t,
    latency: () => latency,
    problem: (_id, message) => problems.push(message),
    now: () => clock.now,
  });
  return { a, out, problems };
}

beforeEach(() => {
  vi.useFakeTimers();
  clock.now = 0;
});
afterEach(() => vi.useRealTimers());

describe('MIDI out', () => {
  it('gives a port that withdraws everything at once, stamped with the mapped time plus its latency', () => {
    const { a, out } = setup(true, 5);
    out.receive({ cancels: [], haps: [hap(0.5, { note: 60 }), hap(0.75, { note: 62, midichan: 3 })] });
    expect(a.given.map((g) => [g.data, g.at])).toEqual([
      [[0x90, 60, 114], 1505], [[0x80, 60, 0], 1755], [[0x92, 62, 114], 1755], [[0x82, 62, 0], 2005],
    ]);
    out.dispose();
  });

  it('gives a port that cannot withdraw only what is due within the short horizon', () => {
    const { a, out } = setup(false);
    out.receive({ cancels: [], haps: [hap(0.5, { note: 60 }), hap(1, { note: 62 })] });
    expect(a.given).toEqual([]);
    clock.now = 1500 - SHORT_HORIZON;
    out.pump();
    expect(a.given.map((g) => g.data[1])).toEqual([60]);
    clock.now = 2000;
    out.pump();
    expect(a.given.map((g) => `${g.data[0]!.toString(16)} ${g.data[1]}`)).toEqual(['90 60', '80 60', '90 62']);
    out.dispose();
  });

  it('leaves out a note on more than 50 ms late (a burst of stale notes is worse than silence), and says so', () => {
    const dropped: number[] = [];
    const a = port('A', false);
    const out = new MidiOut({
      port: () => a, portNames: () => ['A'], toPerformance: (t) => 1000 + 1000 * t, latency: () => 0,
      problem: () => undefined, dropped: (n) => dropped.push(n), now: () => clock.now,
    });
    out.receive({ cancels: [], haps: [hap(0.5, { note: 60 }), hap(0.75, { note: 62 })] });
    clock.now = 1790; // a stall: the first note was due at 1500, the second at 1750
    out.pump();
    expect(a.given.map((g) => `${g.data[0]!.toString(16)} ${g.data[1]}`)).toEqual(['80 60', '90 62']);
    expect(out.stats).toMatchObject({ dropped: 1, late: 2 });
    expect(dropped).toEqual([1]);
    out.dispose();
  });

  it('sends a message past its time (a stall) at once, never with a timestamp before now, and counts it late', () => {
    const { a, out } = setup(false);
    out.receive({ cancels: [], haps: [hap(0.5, { note: 60 })] });
    clock.now = 1530; // a stall: the note was due at 1500
    out.pump();
    // Past its time, it goes at once (no timestamp) and is counted.
    expect(a.given.map((g) => [g.data[0], g.at])).toEqual([[0x90, 0]]);
    clock.now = 1560;
    out.pump();
    expect(a.given.map((g) => [g.data[0], g.at])).toEqual([[0x90, 0], [0x80, 1750]]);
    expect(out.stats.late).toBe(1);
    out.dispose();
  });

  it('withdraws on a swap what the new code replaces, and keeps the note off of a note already started', () => {
    const { a, out } = setup(true);
    out.receive({ cancels: [], haps: [hap(0, { note: 60 }, 1), hap(0.5, { note: 64 }), hap(0.5, { note: 67 }, 0.25, 'other')] });
    clock.now = 1100; // the first note sounds
    out.receive({ cancels: [{ time: 0.1, block: '$' }], haps: [hap(0.5, { note: 65 })] });
    expect(a.clears).toBe(1);
    const ahead = a.given.filter((g) => g.at > clock.now).map((g) => `${g.data[0]!.toString(16)} ${g.data[1]} ${g.at}`).sort((x, y) => Number(x.split(' ')[2]) - Number(y.split(' ')[2]) || x.localeCompare(y));
    expect(ahead).toEqual(['90 41 1500', '90 43 1500', '80 41 1750', '80 43 1750', '80 3c 2000'].map((x) => x.replace(/ ([0-9a-f]+) /, (_m, k: string) => ` ${parseInt(k, 16)} `)));
    out.dispose();
  });

  it('ends a note struck again before its note off where the new one starts, note off first', () => {
    for (const withdraws of [true, false]) {
      clock.now = 0;
      const { a, out } = setup(withdraws);
      out.receive({ cancels: [], haps: [hap(0, { note: 60 }, 1)] });
      out.receive({ cancels: [], haps: [hap(0.5, { note: 60 }, 1)] });
      for (clock.now = 0; clock.now <= 5000; clock.now += 10) out.pump();
      expect(a.due(5000).map((d) => `${d[0]!.toString(16)} ${d[1]}`)).toEqual(['90 60', '80 60', '90 60', '80 60']);
      expect(a.given.filter((g) => g.data[0] === 0x80).map((g) => g.at)).toEqual([1500, 2500]);
      expect(a.given.every((g) => g.at >= g.given)).toBe(true);
      out.dispose();
    }
  });

  it('says at the call that a port is missing, naming the ports there are', () => {
    const { out, problems } = setup(true);
    out.receive({ cancels: [], haps: [hap(0, { note: 60, midiport: 'IAC Bus 9' })] });
    expect(problems).toEqual(['MIDI output "IAC Bus 9" is not there: the outputs are "A"']);
    out.dispose();
  });

  it('ends every sounding note at once on a hush', () => {
    const { a, out } = setup(true);
    out.receive({ cancels: [], haps: [hap(0, { note: 60 }, 4), hap(1, { note: 62 })] });
    clock.now = 1200;
    out.receive({ cancels: [{ time: -Infinity }], haps: [] });
    expect(a.given.filter((g) => g.at > 1200)).toEqual([]);
    expect(a.given.at(-1)).toMatchObject({ data: [0x80, 60, 0], at: 1200 });
    out.dispose();
  });
});
