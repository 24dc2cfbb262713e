import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../../src/app/runtime/messages.ts';
import { MAX_RESTARTS, Watchdog, recover } from '../../../src/app/runtime/watchdog.ts';

/** Checks every 25 ms from `from` to `to` (ms); the time of the first check that says "hung". */
function firstHang(dog: Watchdog, from: number, to: number): number | undefined {
  for (let at = from; at <= to; at += 25) if (dog.check(at)) return at;
  return undefined;
}

describe('Watchdog.check', () => {
  it('gives a playing worker as long as its queued audio lasts, minus the restart margin', () => {
    const dog = new Watchdog(0);
    dog.heard(0, 1); // 1 s queued
    expect(dog.deadline()).toBe(700);
    const hung = firstHang(dog, 25, 2000);
    // Seen on two checks in a row.
    expect(hung).toBe(725);
  });

  it('gives an evaluation at most maxSilence, and a stopped worker maxSilence', () => {
    const dog = new Watchdog(0, { maxSilence: 1 });
    dog.heard(0, 5);
    expect(dog.deadline()).toBe(1000);
    dog.heard(100, 0);
    expect(dog.deadline()).toBe(1100);
  });

  it('gives at least minSilence when little audio is queued', () => {
    const dog = new Watchdog(0, { minSilence: 0.1 });
    dog.heard(0, 0.05);
    expect(dog.deadline()).toBe(100);
  });

  it('counts from the latest message, heartbeat or not', () => {
    const dog = new Watchdog(0);
    dog.heard(0, 1);
    dog.heard(700);
    // Queued audio still ends at 1000 ms, but a message gives at least minSilence more.
    expect(dog.deadline()).toBe(800);
    dog.heard(1000, 1);
    expect(firstHang(dog, 1025, 1700)).toBeUndefined();
  });

  it('does not judge after this thread stalled, giving waiting messages time to arrive', () => {
    const dog = new Watchdog(0);
    dog.heard(0, 1);
    for (let at = 25; at <= 500; at += 25) expect(dog.check(at)).toBe(false);
    // A 1.5 s stall of the main thread: the worker's heartbeats are still queued.
    expect(dog.check(2000)).toBe(false);
    expect(dog.check(2025)).toBe(false);
    dog.heard(2030, 1);
    expect(firstHang(dog, 2050, 2700)).toBeUndefined();
  });

  it('still finds a hang after a stall', () => {
    const dog = new Watchdog(0);
    dog.heard(0, 1);
    dog.check(25);
    expect(dog.check(2000)).toBe(false);
    expect(firstHang(dog, 2025, 2200)).toBe(2075);
  });
});

const snapshot: Snapshot = {
  entries: [
    { id: 1, code: 'a: s("x")\nb: s("y")' },
    { id: 4, code: 'b: s("y").fmap(f)', block: { label: 'b', from: 10, to: 27, line: 2, column: 1 } },
  ],
  blocks: [
    { label: 'a', muted: false, from: 0, to: 9, current: { entry: 1, index: 0 } },
    { label: 'b', muted: false, from: 10, to: 27, current: { entry: 4, index: 0 }, fallback: { entry: 1, index: 1 } },
  ],
  mutes: [],
  solos: ['b'],
};

describe('recover', () => {
  it('restores everything as it was: the runtime worker runs no performer code to blame', () => {
    const recovery = recover({ snapshot, recentRestarts: 0 });
    expect(recovery.snapshot).toBe(snapshot);
    expect(recovery.error.message).toMatch(/restarted/);
  });

  it('restores silence when workers keep hanging', () => {
    expect(recover({ snapshot, recentRestarts: 1 }).snapshot).toBe(snapshot);
    expect(recover({ snapshot, recentRestarts: MAX_RESTARTS }).snapshot.blocks).toEqual([]);
  });
});
