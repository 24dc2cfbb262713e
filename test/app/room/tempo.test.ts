import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleAt, roomTempo, timeOfCycle } from '../../../src/app/room/tempo.ts';
import type { TempoSegment } from '../../../src/app/room/protocol.ts';

const origin: TempoSegment = { id: 'origin', cycle: 0, cps: 0.5, at: 1_000_000 };

describe('the room tempo map', () => {
  it('is undefined until the server has put its origin', () => {
    expect(roomTempo([{ id: 'a:1', cycle: 4, cps: 1 }])).toBeUndefined();
  });

  it('places each cycle at the same server time on every peer, whatever order the segments arrived in', () => {
    const changes = fc.array(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), cycle: fc.integer({ min: 1, max: 50 }), cps: fc.constantFrom(0.25, 0.5, 0.75, 1, 2) }), { maxLength: 8 });
    fc.assert(fc.property(changes, (list) => {
      const all = [origin, ...list];
      const a = roomTempo(all)!;
      const b = roomTempo([...all].reverse())!;
      expect(b).toEqual(a);
      for (const cycle of [0, 3.5, 17, 49.25, 60]) expect(cycleAt(a, timeOfCycle(a, cycle))).toBeCloseTo(cycle, 9);
    }));
  });

  it('works the times of changes out from the origin', () => {
    const map = roomTempo([origin, { id: 'b:1', cycle: 8, cps: 1 }])!;
    // 8 cycles at 0.5 cps: 16 s after the origin; then one a second.
    expect(timeOfCycle(map, 8)).toBe(1_016_000);
    expect(timeOfCycle(map, 10)).toBe(1_018_000);
    expect(cycleAt(map, 1_004_000)).toBe(2);
  });

  it('takes the earliest of two origins (two server processes that loaded the room at once)', () => {
    const map = roomTempo([{ ...origin, id: 'origin-2', at: 1_000_500 }, origin])!;
    expect(map.segments[0]!.at).toBe(1_000_000);
  });
});
