import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CPS, MIN_CPS } from '../../src/audio/protocol.ts';
import { Rational, s } from '../../src/pattern/index.ts';
import { cycleToSeconds, scheduleOffline, secondsToCycle, tempoMap, withCps, type TempoMap } from '../../src/scheduler/index.ts';
import { expectedEvents, fakeScheduler, patternArb } from './helpers.ts';

type Op = { kind: 'tick'; dt: number } | { kind: 'cps'; cps: number };

const opsArb = fc.array(
  fc.oneof(
    fc.double({ min: 0, max: 1, noNaN: true }).map((dt): Op => ({ kind: 'tick', dt })),
    fc.constantFrom(0.25, 0.5, 1, 1.5, 3).map((cps): Op => ({ kind: 'cps', cps })),
  ),
  { minLength: 1, maxLength: 25 },
);

/** Onset time and value of each event, in time order. */
const timeline = (events: readonly { time: number; controls: Record<string, unknown>; block?: string }[]): [number, string, unknown][] =>
  events.map((e): [number, string, unknown] => [e.time, e.block ?? '', e.controls]).sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]) || JSON.stringify(a[2]).localeCompare(JSON.stringify(b[2])));

describe('Scheduler.setCps', () => {
  it('moves every later onset to the phase-continuous map, none doubled or dropped', () => {
    fc.assert(
      fc.property(patternArb, opsArb, (pattern, ops) => {
        const { scheduler, clock, sink } = fakeScheduler({ cps: 1 });
        scheduler.setBlocks([{ label: 'a', pattern }, { label: 'b', pattern: s('hh*3') }]);
        scheduler.start({ time: 0 });
        let map: TempoMap = tempoMap(1);
        let queried = secondsToCycle(map, scheduler.lookahead);
        for (const op of ops) {
          if (op.kind === 'tick') {
            clock.time += op.dt;
            scheduler.tick();
            const target = secondsToCycle(map, clock.time + scheduler.lookahead);
            if (target.gt(queried)) queried = target;
          } else {
            scheduler.setCps(op.cps);
            map = withCps(map, secondsToCycle(map, clock.time + scheduler.blockDuration, 'ceil'), op.cps);
          }
        }
        const expected = [
          ...expectedEvents(pattern, Rational.int(0), queried, map, 'a'),
          ...expectedEvents(s('hh*3'), Rational.int(0), queried, map, 'b'),
        ];
        expect(timeline(sink.events)).toEqual(timeline(expected));
        expect(new Set(sink.events.map((e) => e.id)).size).toBe(sink.events.length);
      }),
      { numRuns: 150 },
    );
  });

  it('changes the tempo one audio block after now, the cycle position continuous there', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 1, sampleRate: 256 });
    scheduler.setBlocks([{ label: 'a', pattern: s('x*4') }]);
    scheduler.start({ time: 0 });
    // One block is 0.5 s here: the change is at 0.5 s, cycle 1/2.
    scheduler.setCps(2);
    expect(sink.cancels).toHaveLength(1);
    expect(sink.cancels[0]!.block).toBeUndefined();
    expect(sink.cancels[0]!.time).toBeCloseTo(0.5, 5);
    expect(sink.sorted().map((e) => [e.time, e.duration])).toEqual([[0, 0.25], [0.25, 0.25], [0.5, 0.125], [0.625, 0.125]]);
    expect(scheduler.status().cps).toBe(1);
    clock.time = 0.5;
    expect(scheduler.status()).toMatchObject({ cps: 2, cycle: 0.5 });
  });

  it('does nothing when the tempo does not change', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1 });
    scheduler.setBlocks([{ label: 'a', pattern: s('x*4') }]);
    scheduler.start({ time: 0 });
    clock.time = 0.1;
    scheduler.setCps(1);
    expect(sink.cancels).toEqual([]);
    expect(sink.batches).toHaveLength(1);
  });

  it('before start, sets the tempo the clock starts with', () => {
    const { scheduler, sink } = fakeScheduler({ cps: 1, lookahead: 1 });
    scheduler.setCps(4);
    scheduler.setBlocks([{ label: 'a', pattern: s('x') }]);
    scheduler.start({ time: 0 });
    expect(sink.events.map((e) => e.time)).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it('rejects a cps that is not positive', () => {
    const { scheduler } = fakeScheduler();
    expect(() => scheduler.setCps(0)).toThrow(RangeError);
  });

  it('keeps the tempo inside the range weft plays, so the clock never freezes', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.3 });
    scheduler.setBlocks([{ label: 'a', pattern: s('x') }]);
    scheduler.start({ time: 0 });
    scheduler.setCps(1e-9);
    clock.time = 10;
    scheduler.tick();
    expect(scheduler.status().cps).toBe(MIN_CPS);
    expect(scheduler.status().cycle).toBeGreaterThan(0);
    scheduler.setCps(1e9);
    clock.time = 10.5;
    scheduler.tick();
    expect(scheduler.status().cps).toBe(MAX_CPS);
    expect(sink.events.length).toBeGreaterThan(40);
  });
});

describe('cps control', () => {
  it('changes the tempo at the onset of the event that carries it', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1 });
    scheduler.setBlocks([{ label: 'a', pattern: s('x*4').cps('<1 2>') }]);
    scheduler.start({ time: 0 });
    for (; clock.time < 2.1; clock.time += 0.07) scheduler.tick();
    expect(sink.sorted().map((e) => [e.time, e.duration])).toEqual([
      [0, 0.25], [0.25, 0.25], [0.5, 0.25], [0.75, 0.25],
      [1, 0.125], [1.125, 0.125], [1.25, 0.125], [1.375, 0.125],
      [1.5, 0.25], [1.75, 0.25], [2, 0.25], [2.25, 0.25],
    ]);
  });

  it('from a swapped block, re-times the other blocks already sent', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.3 });
    scheduler.setBlocks([{ label: 'a', pattern: s('a*4') }, { label: 'b', pattern: s('b*4') }]);
    scheduler.start({ time: 0 });
    clock.time = 0.1;
    scheduler.tick();
    scheduler.setBlock('b', s('b*4').cps(2));
    for (; clock.time < 0.7; clock.time += 0.05) scheduler.tick();
    // From cycle 1/4 (0.25 s) on, 2 cps: onsets every 1/8 s.
    expect(sink.sorted().map((e) => [e.time, e.block])).toEqual([
      [0, 'a'], [0, 'b'], [0.25, 'a'], [0.25, 'b'], [0.375, 'a'], [0.375, 'b'], [0.5, 'a'], [0.5, 'b'],
      [0.625, 'a'], [0.625, 'b'], [0.75, 'a'], [0.75, 'b'], [0.875, 'a'], [0.875, 'b'],
    ]);
    expect(cycleToSeconds(scheduler.tempoMap, Rational.int(1))).toBe(0.625);
  });

  it('cannot take the tempo outside the range weft plays', () => {
    const slow = scheduleOffline(s('x*2').cps(1e-9), { cps: 1, cycles: 1 });
    expect(slow.map((e) => [e.cps, e.time])).toEqual([[MIN_CPS, 0], [MIN_CPS, 0.5 / MIN_CPS]]);
    const fast = scheduleOffline(s('x*2').cps(1e9), { cps: 1, cycles: 1 });
    expect(fast.map((e) => [e.cps, e.time])).toEqual([[MAX_CPS, 0], [MAX_CPS, 0.5 / MAX_CPS]]);
  });

  it('gives the same events live and offline', () => {
    const pattern = s('x*4 y').cps('<1 2 0.5>');
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1 });
    scheduler.setBlocks([{ label: 'a', pattern }]);
    scheduler.start({ time: 0 });
    for (; clock.time < 6; clock.time += 0.11) scheduler.tick();
    const offline = scheduleOffline([{ label: 'a', pattern }], { cps: 1, cycles: 3 });
    expect(sink.sorted().slice(0, offline.length)).toEqual(offline);
  });
});
