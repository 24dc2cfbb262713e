import { describe, expect, it } from 'vitest';
import { ServerClock } from '../../../src/app/room/clock-sync.ts';

/** A seeded random source (mulberry32), so each run sees the same network. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Pings every 250 ms from local time `from` to `to` over a network of 1–6 ms each way, one in ten
 * held 40 ms more on one side; `serverAt(local)` is the server's true time.
 */
function ping(clock: ServerClock, serverAt: (local: number) => number, from: number, to: number, seed: number): void {
  const next = random(seed);
  for (let sent = from; sent < to; sent += 250) {
    const out = 1 + 5 * next() + (next() < 0.1 ? 40 : 0);
    const back = 1 + 5 * next() + (next() < 0.1 ? 40 : 0);
    clock.add({ sent, server: serverAt(sent + out), received: sent + out + back });
  }
}

describe('the server clock, estimated from pings', () => {
  it('knows the server time within 1 ms after 5 s of pings over a jittery, uneven network', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const clock = new ServerClock();
      const serverAt = (local: number) => local + 1234.5;
      ping(clock, serverAt, 0, 5000, seed);
      expect(Math.abs(clock.toServer(5000)! - serverAt(5000))).toBeLessThan(1);
      expect(clock.quality(5000)).toMatchObject({ samples: 20 });
      expect(clock.quality(5000).jitter).toBeLessThan(5);
    }
  });

  it('converges within 5 s for a client whose clock is 200 ms off at the start: a large error is stepped', () => {
    const clock = new ServerClock();
    const serverAt = (local: number) => local - 200;
    expect(clock.ready()).toBe(false);
    expect(clock.toServer(0)).toBeUndefined();
    ping(clock, serverAt, 0, 250, 7);
    // The first answer steps the clock to within the network's unevenness.
    expect(Math.abs(clock.toServer(250)! - serverAt(250))).toBeLessThan(30);
    ping(clock, serverAt, 250, 5000, 8);
    expect(Math.abs(clock.toServer(5000)! - serverAt(5000))).toBeLessThan(1);
  });

  it('slews a small correction (never more than 1% of the time passing), so server time never jumps', () => {
    const clock = new ServerClock();
    ping(clock, (local) => local + 100, 0, 5000, 9);
    // The server's clock moved by 20 ms.
    const serverAt = (local: number) => local + 120;
    // Time runs in 10 ms ticks; each ping's answer is taken when it arrives.
    const next = random(10);
    const answers: { sent: number; server: number; received: number }[] = [];
    for (let sent = 5000; sent < 15000; sent += 250) {
      const out = 1 + 5 * next();
      answers.push({ sent, server: serverAt(sent + out), received: sent + out + 1 + 5 * next() });
    }
    let last = clock.toServer(5000)!;
    for (let t = 5010; t <= 15000; t += 10) {
      while (answers[0] !== undefined && answers[0].received <= t) clock.add(answers.shift()!);
      const now = clock.toServer(t)!;
      // Server time runs at the local rate, give or take the slew.
      expect(Math.abs(now - last - 10)).toBeLessThanOrEqual(0.1 + 1e-9);
      last = now;
    }
    // Once the samples from before the move have aged out (32 of them, 8 s), and the rest slewed.
    expect(Math.abs(clock.toServer(15000)! - serverAt(15000))).toBeLessThan(1);
  });

  it('maps back from server time to local time, and leaves out answers that make no sense', () => {
    const clock = new ServerClock();
    ping(clock, (local) => local + 5000, 0, 2000, 11);
    for (const local of [100, 2000, 123456]) expect(clock.toLocal(clock.toServer(local)!)).toBeCloseTo(local, 6);
    const before = clock.quality(2000).samples;
    clock.add({ sent: 10, server: NaN, received: 12 });
    clock.add({ sent: 10, server: 5000, received: 5 });
    expect(clock.quality(2000).samples).toBe(before);
  });
});
