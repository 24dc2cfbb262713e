import { describe, expect, it } from 'vitest';
import { Rational, s } from '../../src/pattern/index.ts';
import { FOLLOW_TOLERANCE } from '../../src/scheduler/index.ts';
import { fakeScheduler } from './helpers.ts';

/** How far `x` is from the nearest whole number. */
const offGrid = (x: number): number => Math.abs(x - Math.round(x));

/** Onsets as (cycle position at the anchor's tempo, time) of the events kept, from audio time `from`. */
const kept = (events: readonly { time: number; controls: unknown }[], from: number) =>
  events.filter((e) => e.time >= from).map((e) => ({ time: Math.round(e.time * 1e9) / 1e9, controls: e.controls })).sort((a, b) => a.time - b.time);

describe('Scheduler.follow (a room clock)', () => {
  it('puts the cycles of two schedulers started apart where the anchor says', () => {
    const a = fakeScheduler({ cps: 0.5 });
    const b = fakeScheduler({ cps: 0.5 });
    for (const x of [a, b]) x.scheduler.setBlocks([{ label: 'd', pattern: s('bd sd hh') }]);
    a.scheduler.start({ time: 0 });
    b.clock.time = 0.137;
    b.scheduler.start({ time: 0.2 });
    for (const x of [a, b]) {
      x.clock.time = 1;
      x.scheduler.tick();
    }
    // The room: cycle 40 at audio time 3.5, at 1 cps.
    const anchor = { cycle: Rational.int(40), time: 3.5, cps: 1 };
    for (const x of [a, b]) {
      x.scheduler.follow(anchor);
      for (let t = 1; t < 6; t += 0.05) {
        x.clock.time = t;
        x.scheduler.tick();
      }
    }
    // From shortly after the follow on, both send the same events at the same times, on the anchor's grid.
    const ea = kept(a.sink.events, 1.1);
    const eb = kept(b.sink.events, 1.1);
    expect(ea.length).toBeGreaterThan(10);
    expect(eb.map((e) => e.time)).toEqual(ea.map((e) => e.time));
    expect(eb).toEqual(ea);
    for (const e of ea) expect(offGrid((e.time - 3.5) * 3)).toBeCloseTo(0, 6);
    expect(a.scheduler.status().cps).toBe(1);
  });

  it('applies a move under the tolerance from the next events queried, without cancelling', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1 });
    scheduler.setBlocks([{ label: 'd', pattern: s('bd*4') }]);
    scheduler.start({ time: 0 });
    clock.time = 1;
    scheduler.tick();
    const sentBefore = sink.events.length;
    const cancels = sink.cancels.length;
    const shift = FOLLOW_TOLERANCE / 2;
    scheduler.follow({ cycle: Rational.int(0), time: shift, cps: 1 });
    expect(sink.cancels.length).toBe(cancels);
    clock.time = 2;
    scheduler.tick();
    const later = sink.events.slice(sentBefore);
    expect(later.length).toBeGreaterThan(0);
    for (const e of later) expect(offGrid((e.time - shift) * 4)).toBeCloseTo(0, 9);
  });

  it('cancels and sends again what a larger move displaces, skipping the cycles it jumps over', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.5 });
    scheduler.setBlocks([{ label: 'd', pattern: s('bd*4') }]);
    scheduler.start({ time: 0 });
    clock.time = 1;
    scheduler.tick();
    // The room is 0.2 s ahead: cycle 0 was at -0.2.
    scheduler.follow({ cycle: Rational.int(0), time: -0.2, cps: 1 });
    expect(sink.cancels.length).toBe(1);
    clock.time = 3;
    scheduler.tick();
    const after = sink.sorted().filter((e) => e.time > 1.01);
    for (const e of after) expect(offGrid((e.time + 0.2) * 4)).toBeCloseTo(0, 9);
    // Nothing doubled at the jump: the last onset before it (at 1) and the first on the new grid (1.05).
    const times = sink.sorted().map((e) => e.time);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThan(0.05 - 1e-9);
    expect(times.filter((t) => t > 0.99 && t < 1.2).map((t) => Math.round(t * 1000) / 1000)).toEqual([1, 1.05]);
  });
});

describe('Scheduler.follow with a tempo change to come', () => {
  it('changes the tempo at the change\'s cycle on every follower, whenever each learnt of it', () => {
    const room = [
      { cycle: Rational.int(0), time: 0.5, cps: 1 },
      { cycle: Rational.int(4), time: 4.5, cps: 2 },
    ];
    const early = fakeScheduler({ cps: 0.5 });
    const late = fakeScheduler({ cps: 0.5 });
    for (const x of [early, late]) {
      x.scheduler.setBlocks([{ label: 'd', pattern: s('bd*2') }]);
      x.scheduler.start({ time: 0 });
    }
    early.scheduler.follow(room);
    late.scheduler.follow(room.slice(0, 1));
    for (let t = 0; t < 7; t += 0.05) {
      for (const x of [early, late]) {
        x.clock.time = t;
        // The late one hears of the change 40 ms before it falls, inside what it already sent.
        if (x === late && Math.abs(t - 4.45) < 0.01) x.scheduler.follow(room);
        x.scheduler.tick();
      }
    }
    const times = (x: typeof early) => x.sink.sorted().filter((e) => e.time > 1).map((e) => Math.round(e.time * 1e6) / 1e6);
    expect(times(late)).toEqual(times(early));
    // One a half second up to 4.5 s, one a quarter from there.
    expect(times(early).filter((t) => t > 2.9 && t < 5.3)).toEqual([3, 3.5, 4, 4.5, 4.75, 5, 5.25]);
  });
});

describe('an evaluation at a given cycle', () => {
  it('plays the new pattern from exactly that cycle, whenever it arrives before it', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.3 });
    scheduler.setBlocks([{ label: 'd', pattern: s('bd*2') }]);
    scheduler.start({ time: 0 });
    clock.time = 1.2;
    scheduler.tick();
    scheduler.setBlocks([{ label: 'd', pattern: s('hh*2') }], { at: Rational.int(3) });
    for (let t = 1.2; t < 5; t += 0.05) {
      clock.time = t;
      scheduler.tick();
    }
    const sounds = sink.sorted().map((e) => [Math.round(e.time * 2) / 2, (e.controls as { s: string }).s]);
    expect(sounds.filter(([t]) => (t as number) < 3).every(([, v]) => v === 'bd')).toBe(true);
    expect(sounds.filter(([t]) => (t as number) >= 3).every(([, v]) => v === 'hh')).toBe(true);
    expect(sounds.filter(([t]) => (t as number) >= 3).length).toBeGreaterThan(2);
  });

  it('takes a cycle already heard as the soonest one that is not', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.3 });
    scheduler.setBlocks([{ label: 'd', pattern: s('bd*4') }]);
    scheduler.start({ time: 0 });
    clock.time = 2.1;
    scheduler.tick();
    scheduler.setBlocks([{ label: 'd', pattern: s('hh*4') }], { at: Rational.int(1) });
    const soon = 2.1 + scheduler.blockDuration;
    expect(sink.sorted().filter((e) => e.time >= soon).every((e) => (e.controls as { s: string }).s === 'hh')).toBe(true);
    expect(sink.sorted().filter((e) => e.time < 2.1 && e.time > 1).every((e) => (e.controls as { s: string }).s === 'bd')).toBe(true);
  });
});
