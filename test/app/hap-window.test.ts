// The haps around now: added in time order, cancelled by block and time, pruned behind now.
import { describe, expect, it } from 'vitest';
import { HapWindow, type WindowHap } from '../../src/app/hap-window.ts';

const hap = (id: number, time: number, block = '$', duration = 0.25): WindowHap => ({ id, time, duration, block, evaluation: 'e1', locations: [], controls: {} });
const ids = (w: HapWindow): number[] => w.haps().map((h) => h.id);

describe('HapWindow', () => {
  it('holds haps sorted by time, a hap sent again (same id) replacing the first', () => {
    const w = new HapWindow();
    w.add([hap(2, 1), hap(1, 0.5)]);
    w.add([hap(3, 0.75), { ...hap(2, 1), duration: 9 }]);
    expect(ids(w)).toEqual([1, 3, 2]);
    expect(w.haps()[2]?.duration).toBe(9);
  });

  it('cancels the haps of a block that start strictly after the time, returning them', () => {
    const w = new HapWindow();
    w.add([hap(1, 1, 'a'), hap(2, 2, 'a'), hap(3, 2, 'b'), hap(4, 3, 'a')]);
    expect(w.cancel({ time: 1, block: 'a' }).map((h) => h.id)).toEqual([2, 4]);
    expect(ids(w)).toEqual([1, 3]);
  });

  it('cancels every block when the cancel names none', () => {
    const w = new HapWindow();
    w.add([hap(1, 1, 'a'), hap(2, 2, 'b')]);
    w.cancel({ time: -Infinity });
    expect(ids(w)).toEqual([]);
  });

  it('forgets haps that ended more than the keep time ago', () => {
    const w = new HapWindow(2);
    w.add([hap(1, 0, '$', 1), hap(2, 5, '$', 1), hap(3, 9, '$', 1)]);
    w.prune(7.5);
    expect(ids(w)).toEqual([2, 3]);
  });

  it('lists the haps from a time, and the evaluations held', () => {
    const w = new HapWindow();
    w.add([hap(1, 1), { ...hap(2, 2), evaluation: 'e2' }]);
    expect(w.from(1.5).map((h) => h.id)).toEqual([2]);
    expect(w.evaluations()).toEqual(new Set(['e1', 'e2']));
  });
});
