import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rational, note, pure, s, sequence } from '../../src/pattern/index.ts';
import { Scheduler, scheduleOffline, secondsToCycle, tempoMap, type SoundEvent } from '../../src/scheduler/index.ts';
import { FakeClock, RecordingSink, canonical, expectedEvents, fakeScheduler, patternArb } from './helpers.ts';

const stepsArb = fc.array(fc.double({ min: 0, max: 1.5, noNaN: true }), { minLength: 1, maxLength: 30 });

describe('Scheduler.tick', () => {
  it('sends, over any tick sizes, exactly the onsets of one big query', () => {
    fc.assert(
      fc.property(patternArb, stepsArb, fc.constantFrom(0.5, 0.75, 1, 2.3), (pattern, steps, cps) => {
        const { scheduler, clock, sink } = fakeScheduler({ cps });
        scheduler.setBlocks([{ label: 'a', pattern }]);
        scheduler.start({ time: 0 });
        for (const dt of steps) {
          clock.time += dt;
          scheduler.tick();
        }
        const map = tempoMap(cps);
        const end = secondsToCycle(map, clock.time + scheduler.lookahead);
        expect(canonical(sink.events)).toEqual(canonical(expectedEvents(pattern, Rational.int(0), end, map, 'a') as SoundEvent[]));
        // One batch per query, in onset order: the ids count up in time order, as offline.
        expect(sink.sorted()).toEqual(scheduleOffline([{ label: 'a', pattern }], { cps, cycles: end }));
        expect(sink.cancels).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('queries from the last queried point to now + lookahead', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.25 });
    scheduler.setBlocks([{ label: 'a', pattern: sequence(pure({ s: 'a' }), pure({ s: 'b' }), pure({ s: 'c' }), pure({ s: 'd' })).fast(2) }]);
    scheduler.start({ time: 0 });
    // Onsets every 1/8 s: [0, 0.25) holds 0 and 0.125.
    expect(sink.events.map((e) => e.time)).toEqual([0, 0.125]);
    clock.time = 0.1;
    scheduler.tick();
    expect(sink.events.map((e) => e.time)).toEqual([0, 0.125, 0.25]);
    scheduler.tick();
    expect(sink.batches).toHaveLength(2);
  });

  it('sends nothing before start and after stop', () => {
    const { scheduler, clock, sink } = fakeScheduler();
    scheduler.setBlocks([{ label: 'a', pattern: s('bd*4') }]);
    scheduler.tick();
    expect(sink.events).toEqual([]);
    scheduler.start({ time: 0 });
    const count = sink.events.length;
    expect(count).toBeGreaterThan(0);
    scheduler.stop();
    clock.time = 5;
    scheduler.tick();
    expect(sink.events.length).toBeLessThanOrEqual(count);
  });

  it('gives each event its absolute time, whole duration, controls, block, locations and tempo', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 0.5, lookahead: 2 });
    scheduler.setBlocks([{ label: 'drums', pattern: s('bd [sd hh]') }]);
    clock.time = 10;
    scheduler.start({ time: 10 });
    expect(sink.events).toEqual([
      { id: 0, time: 10, duration: 1, controls: { s: 'bd' }, block: 'drums', locations: [{ start: 0, end: 2 }], cps: 0.5 },
      { id: 1, time: 11, duration: 0.5, controls: { s: 'sd' }, block: 'drums', locations: [{ start: 4, end: 6 }], cps: 0.5 },
      { id: 2, time: 11.5, duration: 0.5, controls: { s: 'hh' }, block: 'drums', locations: [{ start: 7, end: 9 }], cps: 0.5 },
    ]);
  });

  it('wraps a value that is not a plain object as { value }', () => {
    const { scheduler, sink } = fakeScheduler({ cps: 1, lookahead: 1 });
    scheduler.setBlocks([{ label: 'a', pattern: sequence<unknown>(pure(3), pure('c3'), pure([1, 2])) }]);
    scheduler.start({ time: 0 });
    expect(sink.events.map((e) => e.controls)).toEqual([{ value: 3 }, { value: 'c3' }, { value: [1, 2] }]);
  });

  it('sends only fragments holding their onset (an event is sent once, by its start)', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.1 });
    // One event lasting two cycles: queried in many small spans, it is sent once.
    scheduler.setBlocks([{ label: 'a', pattern: note('c').slow(2) }]);
    scheduler.start({ time: 0 });
    for (let i = 0; i < 35; i++) {
      clock.time += 0.1;
      scheduler.tick();
    }
    expect(sink.events.map((e) => [e.time, e.duration])).toEqual([[0, 2], [2, 2]]);
  });
});

describe('Scheduler.start', () => {
  it('starts cycle 0 one block from now by default', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, sampleRate: 44100, blockSize: 128 });
    clock.time = 3;
    scheduler.setBlocks([{ label: 'a', pattern: s('bd') }]);
    scheduler.start();
    expect(sink.events[0]?.time).toBe(3 + 128 / 44100);
  });

  it('can resume at a given cycle and time', () => {
    const { scheduler, clock, sink } = fakeScheduler({ cps: 1, lookahead: 0.4 });
    scheduler.setBlocks([{ label: 'a', pattern: sequence(pure({ s: 'a' }), pure({ s: 'b' })) }]);
    clock.time = 7;
    scheduler.start({ time: 7, cycle: '5/2' });
    expect(sink.events.map((e) => [e.time, e.controls])).toEqual([[7, { s: 'b' }]]);
  });

  it('ticks by itself with a timer every interval', () => {
    const clock = new FakeClock();
    const sink = new RecordingSink();
    const calls: number[] = [];
    let callback: (() => void) | undefined;
    const timer = {
      setInterval: (f: () => void, ms: number) => {
        callback = f;
        calls.push(ms);
        return 1;
      },
      clearInterval: () => void (callback = undefined),
    };
    const scheduler = new Scheduler({ clock, sink, timer, interval: 0.02, cps: 1, lookahead: 0.1 });
    scheduler.setBlocks([{ label: 'a', pattern: s('bd*8') }]);
    scheduler.start({ time: 0 });
    expect(calls).toEqual([20]);
    clock.time = 0.2;
    callback?.();
    expect(sink.events.map((e) => e.time)).toEqual([0, 0.125, 0.25]);
    scheduler.stop();
    expect(callback).toBeUndefined();
  });
});
