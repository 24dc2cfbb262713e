// The status model: heartbeats and stats stamps into what window.weft.status() reports.
import { describe, expect, it } from 'vitest';
import { LATE_WINDOW, PEAK_WINDOW, StatusModel, toDb, type EngineBeat, type RuntimeBeat } from '../../src/app/live-status.ts';

const beat = (b: Partial<RuntimeBeat> = {}): RuntimeBeat => ({ running: true, cps: 0.5, cycle: 2, time: 10, eventsScheduled: 40, eventsLate: 1, ...b });
const stamp = (s: Partial<EngineBeat> = {}): EngineBeat => ({ time: 10, voices: 3, peak: 0.5, cpu: 0.1, late: 0, ...s });

describe('toDb', () => {
  it('converts amplitudes to dBFS, silence to -Infinity', () => {
    expect(toDb(1)).toBe(0);
    expect(toDb(0.5)).toBeCloseTo(-6.0206, 4);
    expect(toDb(0)).toBe(-Infinity);
  });
});

describe('StatusModel', () => {
  it('reports a silent, stopped performance before anything arrives', () => {
    expect(new StatusModel().status(0)).toEqual({ playing: false, cps: 0.5, cycle: 0, eventsScheduled: 0, eventsLate: 0, voices: 0, peakDb: -Infinity, error: null });
  });

  it('carries the cycle on from the latest heartbeat at its tempo while playing, and holds it when stopped', () => {
    const model = new StatusModel();
    model.runtime(beat());
    expect(model.status(11).cycle).toBeCloseTo(2.5, 12);
    expect(model.status(9).cycle).toBe(2);
    model.runtime(beat({ running: false, cycle: 3 }));
    expect(model.status(20).cycle).toBe(3);
  });

  it('takes the peak over the last second of stamps', () => {
    const model = new StatusModel();
    model.stats(stamp({ time: 10, peak: 0.9 }));
    model.stats(stamp({ time: 10.5, peak: 0.1 }));
    expect(model.status(10.5).peakDb).toBeCloseTo(toDb(0.9), 12);
    model.stats(stamp({ time: 10 + PEAK_WINDOW + 0.01, peak: 0.1 }));
    expect(model.status(11).peakDb).toBeCloseTo(toDb(0.1), 12);
    expect(model.peak(0.2)).toBe(0.1);
  });

  it('starts the peak window over when the clock goes back (a new audio context)', () => {
    const model = new StatusModel();
    model.stats(stamp({ time: 50, peak: 1 }));
    model.stats(stamp({ time: 0.05, peak: 0.25 }));
    expect(model.peak()).toBe(0.25);
  });

  it('reports counts from the runtime, voices from the engine, and the larger count of late events', () => {
    const model = new StatusModel();
    model.runtime(beat({ eventsScheduled: 120, eventsLate: 2 }));
    model.stats(stamp({ voices: 7, late: 5, cpu: 0.25 }));
    expect(model.status(10)).toMatchObject({ playing: true, eventsScheduled: 120, eventsLate: 5, voices: 7 });
    expect(model.cpu()).toBe(0.25);
  });

  it('counts only the late events of the last ten seconds', () => {
    const model = new StatusModel();
    model.stats(stamp({ time: 1, late: 0 }));
    model.stats(stamp({ time: 2, late: 40 }));
    expect(model.status(2).eventsLate).toBe(40);
    model.stats(stamp({ time: 2 + LATE_WINDOW - 0.5, late: 41 }));
    expect(model.status(11).eventsLate).toBe(41);
    model.stats(stamp({ time: 2 + LATE_WINDOW + 1, late: 41 }));
    expect(model.status(13).eventsLate).toBe(1);
    model.stats(stamp({ time: 2 + 2 * LATE_WINDOW + 1, late: 41 }));
    expect(model.status(23).eventsLate).toBe(0);
  });

  it('reports the latest error as message, line and column until it is cleared', () => {
    const model = new StatusModel();
    model.setError({ message: 'boom', line: 3, column: 7, from: 12, to: 13 } as never);
    expect(model.status(0).error).toEqual({ message: 'boom', line: 3, column: 7 });
    model.setError(null);
    expect(model.status(0).error).toBeNull();
  });

  it('gives a fresh object each time, so a caller cannot change what the next one sees', () => {
    const model = new StatusModel();
    model.setError({ message: 'x', line: 1, column: 1 });
    const first = model.status(0) as { error: { message: string } };
    first.error.message = 'changed';
    expect(model.status(0).error?.message).toBe('x');
  });
});
