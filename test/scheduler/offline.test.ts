import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pattern, Rational, note, s } from '../../src/pattern/index.ts';
import { scheduleOffline, tempoMap } from '../../src/scheduler/index.ts';
import { expectedEvents, fakeScheduler, patternArb } from './helpers.ts';

describe('scheduleOffline', () => {
  it('gives what a live scheduler started at time 0 sends under a fake clock', () => {
    fc.assert(
      fc.property(patternArb, patternArb, fc.constantFrom(0.5, 1, 1.3), fc.integer({ min: 1, max: 6 }), (p, q, cps, cycles) => {
        const blocks = [{ label: 'a', pattern: p }, { label: 'b', pattern: q }, { label: '_c', pattern: s('m*3'), muted: true }];
        const { scheduler, clock, sink } = fakeScheduler({ cps });
        scheduler.setBlocks(blocks);
        scheduler.start({ time: 0 });
        for (let i = 1; clock.time < cycles / cps; i++) {
          clock.time = i * 0.05;
          scheduler.tick();
        }
        const live = sink.sorted().filter((e) => e.time < cycles / cps);
        expect(scheduleOffline(blocks, { cps, cycles })).toEqual(live);
      }),
      { numRuns: 100 },
    );
  });

  it('renders a bare pattern from cycle 0 at time 0, without a block label', () => {
    const events = scheduleOffline(note('c [e g]'), { cps: 0.5, cycles: 2 });
    expect(events.map((e) => [e.id, e.time, e.duration, e.controls, e.block])).toEqual([
      [0, 0, 1, { note: 'c' }, undefined],
      [1, 1, 0.5, { note: 'e' }, undefined],
      [2, 1.5, 0.5, { note: 'g' }, undefined],
      [3, 2, 1, { note: 'c' }, undefined],
      [4, 3, 0.5, { note: 'e' }, undefined],
      [5, 3.5, 0.5, { note: 'g' }, undefined],
    ]);
    expect(events.every((e) => !('block' in e))).toBe(true);
  });

  it('gives the onsets of one query, in time order, for a fractional number of cycles', () => {
    const pattern = s('bd*3 [sd cp]/2');
    const events = scheduleOffline(pattern, { cps: 0.7, cycles: '7/2' });
    const expected = expectedEvents(pattern, Rational.int(0), Rational.of(7, 2), tempoMap(0.7), undefined).sort((x, y) => x.time - y.time);
    expect(events.map(({ id: _id, ...e }) => e)).toEqual(expected);
    expect(events.map((e) => e.id)).toEqual(events.map((_, i) => i));
  });

  it('throws a query error, or reports it and silences the block with onError', () => {
    const failing = new Pattern<unknown>(() => {
      throw new Error('nope');
    });
    expect(() => scheduleOffline(failing, { cps: 1, cycles: 1 })).toThrow('nope');
    const errors: unknown[] = [];
    const events = scheduleOffline([{ label: 'a', pattern: failing }, { label: 'b', pattern: s('hh') }], {
      cps: 1,
      cycles: 2,
      onError: (_e, label) => errors.push(label),
    });
    expect(errors).toEqual(['a']);
    expect(events.map((e) => e.block)).toEqual(['b', 'b']);
  });
});
