// The audio-to-performance clock map, fitted from made-up output timestamps: two clocks that drift
// apart, an output latency, and readings with a few milliseconds of jitter.
import { describe, expect, it } from 'vitest';
import { ClockMap } from '../../../src/app/midi/clock-map.ts';

/** A made-up pair of clocks: performance ms = 5000 + (1 + drift) · 1000 · context s + latency. */
function clocks(drift: number, latencyMs: number) {
  return (context: number): number => 5000 + (1 + drift) * 1000 * context + latencyMs;
}

/** Jitter from -amplitude to +amplitude ms, repeatable. */
function jitter(amplitude: number): () => number {
  let seed = 99;
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return (seed / 2 ** 31 - 0.5) * 2 * amplitude;
  };
}

describe('the clock map', () => {
  it('maps audio time to when it is heard within 1 ms, through ±2 ms of jitter, 50 ppm of drift and 40 ms of latency', () => {
    const heard = clocks(50e-6, 40);
    const noise = jitter(2);
    const map = new ClockMap();
    // One reading a frame (60 a second) for ten seconds.
    for (let frame = 1; frame <= 600; frame++) {
      const context = frame / 60;
      map.add({ contextTime: context, performanceTime: heard(context) + noise() });
    }
    for (const ahead of [0, 0.1, 0.5, 1]) {
      const time = 10 + ahead;
      expect(Math.abs(map.toPerformance(time) - heard(time))).toBeLessThan(1);
      expect(map.toContext(map.toPerformance(time))).toBeCloseTo(time, 9);
    }
  });

  it('follows a clock that drifts over minutes, from its latest readings', () => {
    const noise = jitter(1);
    const map = new ClockMap(120);
    let context = 0;
    // The drift changes from 0 to 200 ppm halfway through five minutes.
    const heard = (c: number): number => 5000 + 1000 * c + (c > 150 ? (c - 150) * 0.2 : 0);
    for (let frame = 1; frame <= 300 * 60; frame++) {
      context = frame / 60;
      map.add({ contextTime: context, performanceTime: heard(context) + noise() });
    }
    expect(Math.abs(map.toPerformance(context + 0.2) - heard(context + 0.2))).toBeLessThan(1);
  });

  it('leaves out readings from before the output runs, out of order or not finite', () => {
    const map = new ClockMap();
    map.add({ contextTime: 0, performanceTime: 0 });
    map.add({ contextTime: 1, performanceTime: NaN });
    expect(map.ready()).toBe(false);
    map.add({ contextTime: 1, performanceTime: 2000 });
    // One reading is a map already: that reading, one second a second.
    expect(map.ready()).toBe(true);
    expect(map.toPerformance(1.5)).toBeCloseTo(2500, 9);
    map.add({ contextTime: 0.5, performanceTime: 9999 });
    map.add({ contextTime: 2, performanceTime: 3000 });
    expect(map.ready()).toBe(true);
    expect(map.toPerformance(3)).toBeCloseTo(4000, 9);
  });
});
