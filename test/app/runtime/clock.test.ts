import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AudioClock } from '../../../src/app/runtime/clock.ts';

const BLOCK = 128 / 48000;

describe('AudioClock', () => {
  it('is 0 and not ready before the first stamp', () => {
    const clock = new AudioClock();
    expect(clock.ready).toBe(false);
    expect(clock.now(1234)).toBe(0);
  });

  it('adds the time elapsed since the stamp arrived', () => {
    const clock = new AudioClock();
    clock.stamp(10, 5000);
    expect(clock.ready).toBe(true);
    expect(clock.now(5000)).toBe(10);
    expect(clock.now(5100)).toBeCloseTo(10.1, 12);
  });

  it('never runs ahead of the real audio clock, and lags it by no more than the latest delivery delay', () => {
    // The real audio clock runs from `origin` (ms of the local clock); the worklet posts a stamp
    // after each 128-frame block now and then, and messages arrive after a random delay.
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.array(fc.record({ gap: fc.integer({ min: 1, max: 40 }), delay: fc.double({ min: 0, max: 30, noNaN: true }), probe: fc.double({ min: 0, max: 60, noNaN: true }) }), { minLength: 1, maxLength: 60 }),
        (origin, steps) => {
          const clock = new AudioClock();
          const real = (ms: number): number => (ms - origin) / 1000;
          let frameBlock = 0;
          let at = origin;
          let lastDelay = 0;
          for (const { gap, delay, probe } of steps) {
            frameBlock += gap;
            const rendered = frameBlock * BLOCK;
            const posted = origin + rendered * 1000;
            const arrived = Math.max(at, posted + delay);
            at = arrived;
            // The stamp: start of the block just rendered, plus that block.
            clock.stamp((frameBlock - 1) * BLOCK + BLOCK, arrived);
            lastDelay = arrived - posted;
            const when = arrived + probe;
            at = when;
            const estimate = clock.now(when);
            expect(estimate).toBeLessThanOrEqual(real(when) + 1e-9);
            if (probe < 250) expect(real(when) - estimate).toBeLessThanOrEqual(lastDelay / 1000 + 1e-9);
          }
        },
      ),
    );
  });

  it('never goes backwards when a stamp arrives late', () => {
    const clock = new AudioClock();
    clock.stamp(1, 1000);
    expect(clock.now(1050)).toBeCloseTo(1.05, 12);
    // Posted at 1.04 s of audio but handled 30 ms late: the estimate holds.
    clock.stamp(1.04, 1070);
    expect(clock.now(1070)).toBeCloseTo(1.07, 12);
    expect(clock.now(1090)).toBeCloseTo(1.07, 12);
    expect(clock.now(1100)).toBeCloseTo(1.07, 12);
    expect(clock.now(1110)).toBeCloseTo(1.08, 12);
  });

  it('stops when the stamps stop (a suspended context)', () => {
    const clock = new AudioClock({ staleAfter: 0.25 });
    clock.stamp(2, 0);
    expect(clock.now(200)).toBeCloseTo(2.2, 12);
    expect(clock.now(5000)).toBeCloseTo(2.25, 12);
  });
});

describe('AudioClock.settled', () => {
  it('waits for two stamps that arrived as far apart as they were posted', () => {
    const clock = new AudioClock();
    // A busy thread handles five queued stamps at once...
    for (let k = 0; k < 5; k++) clock.stamp(0.1 + k * 0.05, 300 + k * 0.1);
    expect(clock.settled).toBe(false);
    // ...then they arrive at their own pace.
    clock.stamp(0.35, 322);
    expect(clock.settled).toBe(false);
    clock.stamp(0.4, 372);
    expect(clock.settled).toBe(true);
    expect(clock.now(372)).toBeCloseTo(0.4, 12);
  });
});
