import { describe, expect, it } from 'vitest';
import { Pattern, Rational, s } from '../../src/pattern/index.ts';
import { fakeScheduler } from './helpers.ts';

/** A pattern that answers like `base` until a query reaches cycle `cycle`, and throws from there. */
function failingFrom<T>(cycle: number, base: Pattern<T>): Pattern<T> {
  return new Pattern((state) => {
    if (state.span.end.gt(Rational.int(cycle))) throw new Error(`boom at ${cycle}`);
    return base.query(state);
  });
}

describe('Scheduler (query errors)', () => {
  it('reverts a block that throws at cycle 17 to its last good pattern, reports it and plays on', () => {
    const errors: [string, string][] = [];
    const { scheduler, clock, sink } = fakeScheduler({ cps: 2, onError: (e, label) => errors.push([(e as Error).message, label]) });
    scheduler.setBlocks([{ label: 'a', pattern: s('bd*2') }, { label: 'b', pattern: s('hh') }]);
    scheduler.start({ time: 0 });
    scheduler.setBlock('a', failingFrom(17, s('cp*2')));
    for (let i = 1; i <= 240; i++) {
      clock.time = i * 0.05;
      scheduler.tick();
    }
    expect(errors).toEqual([['boom at 17', 'a']]);
    const a = sink.sorted().filter((e) => e.block === 'a');
    // Every half cycle has exactly one event: cp until just before 17, bd from there on.
    expect(a.map((e) => e.time)).toEqual(Array.from({ length: a.length }, (_, i) => i / 4));
    const firstBd = a.findIndex((e, i) => i > 0 && e.controls['s'] === 'bd');
    expect(a.slice(1, firstBd).every((e) => e.controls['s'] === 'cp')).toBe(true);
    expect(a.slice(firstBd).every((e) => e.controls['s'] === 'bd')).toBe(true);
    expect(firstBd / 2).toBeGreaterThan(16);
    expect(firstBd / 2).toBeLessThanOrEqual(17);
    expect(sink.events.filter((e) => e.block === 'b')).toHaveLength(Math.floor((12 + 0.3) * 2) + 1);
  });

  it('keeps the old pattern playing when the new one throws at once', () => {
    const errors: string[] = [];
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, onError: (_e, label) => errors.push(label) });
    scheduler.setBlocks([{ label: 'a', pattern: s('bd*4') }]);
    scheduler.start({ time: 0 });
    clock.time = 0.1;
    scheduler.tick();
    scheduler.setBlocks([{ label: 'a', pattern: failingFrom(0, s('cp')) }]);
    clock.time = 1;
    scheduler.tick();
    expect(errors).toEqual(['a']);
    expect(sink.sorted().map((e) => [e.time, e.controls['s']])).toEqual([[0, 'bd'], [0.25, 'bd'], [0.5, 'bd'], [0.75, 'bd'], [1, 'bd'], [1.25, 'bd']]);
  });

  it('silences a new block that throws and has no earlier pattern', () => {
    const errors: string[] = [];
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, onError: (_e, label) => errors.push(label) });
    scheduler.setBlocks([{ label: 'a', pattern: failingFrom(2, s('bd')) }]);
    scheduler.start({ time: 0 });
    for (let i = 1; i <= 40; i++) {
      clock.time = i * 0.1;
      scheduler.tick();
    }
    expect(errors).toEqual(['a']);
    expect(sink.events.map((e) => e.time)).toEqual([0, 1]);
  });
});

describe('Scheduler.status', () => {
  it('reports cps, cycle and the events sent and sent late', () => {
    const { scheduler, clock } = fakeScheduler({ cps: 0.5, lookahead: 0.3 });
    expect(scheduler.status()).toEqual({ running: false, cps: 0.5, cycle: 0, eventsScheduled: 0, eventsLate: 0 });
    scheduler.setBlocks([{ label: 'a', pattern: s('x*8') }]); // an event every 0.25 s
    scheduler.start({ time: 0 });
    clock.time = 0.5;
    scheduler.tick(); // [0, 0.8): 4 events, none late
    expect(scheduler.status()).toEqual({ running: true, cps: 0.5, cycle: 0.25, eventsScheduled: 4, eventsLate: 0 });
    clock.time = 2; // a stall: [0.8, 2.3) sends 1..2.25, of which 1..1.75 late
    scheduler.tick();
    expect(scheduler.status()).toEqual({ running: true, cps: 0.5, cycle: 1, eventsScheduled: 10, eventsLate: 4 });
  });
});
