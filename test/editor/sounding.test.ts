import { ChangeSet } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { EvaluationSnapshots, holdHap, mapRange, SoundingSet, type HeldHap } from '../../src/editor/sounding.ts';

const hap = (id: number, begin: number, end: number, from: number, to: number, evaluation?: string): HeldHap => ({
  id,
  begin,
  end,
  ranges: [{ from, to }],
  evaluation,
});

const ids = (haps: readonly HeldHap[]): (string | number)[] => haps.map((h) => h.id);

describe('mapRange', () => {
  // Document "note("c e")" (10 chars): the `c` is [6, 7).
  it('moves a range after an insertion before it', () => {
    const changes = ChangeSet.of({ from: 0, insert: '$: ' }, 10);
    expect(mapRange({ from: 6, to: 7 }, changes)).toEqual({ from: 9, to: 10 });
  });

  it('does not grow a range for insertions at its edges', () => {
    expect(mapRange({ from: 6, to: 7 }, ChangeSet.of({ from: 6, insert: 'x' }, 10))).toEqual({ from: 7, to: 8 });
    expect(mapRange({ from: 6, to: 7 }, ChangeSet.of({ from: 7, insert: 'x' }, 10))).toEqual({ from: 6, to: 7 });
  });

  it('grows a range for an insertion inside it', () => {
    expect(mapRange({ from: 6, to: 9 }, ChangeSet.of({ from: 7, insert: 'xy' }, 10))).toEqual({ from: 6, to: 11 });
  });

  it('drops a range whose text was deleted or replaced', () => {
    expect(mapRange({ from: 6, to: 7 }, ChangeSet.of({ from: 5, to: 8 }, 10))).toBeUndefined();
    expect(mapRange({ from: 6, to: 7 }, ChangeSet.of({ from: 6, to: 7, insert: 'd' }, 10))).toBeUndefined();
  });

  it('shrinks a range partly deleted', () => {
    expect(mapRange({ from: 6, to: 9 }, ChangeSet.of({ from: 4, to: 7 }, 10))).toEqual({ from: 4, to: 6 });
  });

  it('rejects empty ranges and ranges outside the document', () => {
    const none = ChangeSet.empty(10);
    expect(mapRange({ from: 3, to: 3 }, none)).toBeUndefined();
    expect(mapRange({ from: 8, to: 11 }, none)).toBeUndefined();
    expect(mapRange({ from: -1, to: 2 }, none)).toBeUndefined();
    expect(mapRange({ from: 8, to: 10 }, none)).toEqual({ from: 8, to: 10 });
  });
});

describe('holdHap', () => {
  it('maps every location and keeps those left', () => {
    const changes = ChangeSet.of({ from: 2, to: 4 }, 20);
    const held = holdHap({ id: 'a', begin: 1, end: 2, locations: [{ start: 2, end: 4 }, { start: 10, end: 12 }] }, changes, 'x');
    expect(held).toEqual({ id: 'a', begin: 1, end: 2, ranges: [{ from: 8, to: 10 }], evaluation: 'x' });
  });

  it('gives nothing when no location is left', () => {
    const changes = ChangeSet.of({ from: 0, to: 20 }, 20);
    expect(holdHap({ id: 'a', begin: 1, end: 2, locations: [{ start: 2, end: 4 }] }, changes)).toBeUndefined();
    expect(holdHap({ id: 'a', begin: 1, end: 2, locations: [] }, ChangeSet.empty(20))).toBeUndefined();
  });
});

describe('SoundingSet', () => {
  it('lights a hap exactly while the time is in [begin, end)', () => {
    let set = SoundingSet.empty.add([hap(1, 1, 2, 0, 3)]);
    const litAt = (t: number): number => (set = set.advance(t)).litRanges().length;
    expect(litAt(0.5)).toBe(0);
    expect(litAt(1)).toBe(1);
    expect(litAt(1.999)).toBe(1);
    expect(litAt(2)).toBe(0);
  });

  it('keeps pending haps sorted by begin whatever order they come in', () => {
    const set = SoundingSet.empty.add([hap(3, 3, 4, 0, 1), hap(1, 1, 2, 0, 1)]).add([hap(2, 2, 3, 0, 1), hap(4, 0.5, 9, 0, 1)]);
    expect(ids(set.pending)).toEqual([4, 1, 2, 3]);
    expect(set.nextChange).toBe(0.5);
  });

  it('says when the lit set next changes', () => {
    let set = SoundingSet.empty.add([hap(1, 1, 3, 0, 1), hap(2, 2, 2.5, 1, 2)]);
    expect(set.nextChange).toBe(1);
    set = set.advance(1.5);
    expect(set.nextChange).toBe(2);
    set = set.advance(2.2);
    expect(set.nextChange).toBe(2.5);
    set = set.advance(2.7);
    expect(set.nextChange).toBe(3);
    set = set.advance(3);
    expect(set.nextChange).toBe(Infinity);
    expect(set.active).toEqual([]);
  });

  it('skips haps that begin and end between two advances', () => {
    const set = SoundingSet.empty.add([hap(1, 1, 1.01, 0, 1), hap(2, 1, 5, 1, 2)]).advance(2);
    expect(ids(set.active)).toEqual([2]);
    expect(set.pending).toEqual([]);
  });

  it('returns the same set when an advance changes nothing but the time', () => {
    const set = SoundingSet.empty.add([hap(1, 1, 2, 0, 1)]).advance(1.2);
    const later = set.advance(1.5);
    expect(later.active).toBe(set.active);
    expect(later.time).toBe(1.5);
    expect(later.advance(1.5)).toBe(later);
  });

  it('drops haps already over when added, and starts those already begun', () => {
    const set = SoundingSet.empty.advance(5).add([hap(1, 1, 2, 0, 1), hap(2, 4, 6, 0, 1), hap(3, 7, 8, 0, 1), hap(4, 7, 7, 0, 1)]);
    expect(ids(set.active)).toEqual([2]);
    expect(ids(set.pending)).toEqual([3]);
  });

  it('follows a clock that went back, as a new audio context would', () => {
    const set = SoundingSet.empty.add([hap(1, 10, 11, 0, 1), hap(2, 12, 13, 1, 2)]).advance(10.5);
    expect(ids(set.active)).toEqual([1]);
    const restarted = set.advance(1);
    expect(ids(restarted.active)).toEqual([]);
    expect(ids(restarted.pending)).toEqual([1, 2]);
    // Haps of the new clock are not taken for haps of the past.
    expect(ids(restarted.add([hap(3, 0.9, 1.5, 2, 3)]).active)).toEqual([3]);
  });

  it('lists each lit range once, sorted', () => {
    const set = SoundingSet.empty
      .add([hap(1, 0, 1, 5, 6), hap(2, 0, 1, 1, 2), hap(3, 0, 1, 5, 6), { ...hap(4, 0, 1, 1, 3), ranges: [{ from: 1, to: 3 }, { from: 1, to: 2 }] }])
      .advance(0.5);
    expect(set.litRanges()).toEqual([{ from: 1, to: 2 }, { from: 1, to: 3 }, { from: 5, to: 6 }]);
  });

  it('moves pending and active ranges through edits and forgets haps whose text is gone', () => {
    const set = SoundingSet.empty.add([hap(1, 0, 2, 4, 6), hap(2, 1, 2, 10, 12), hap(3, 1, 2, 0, 2)]).advance(0.5);
    const mapped = set.map(ChangeSet.of([{ from: 0, to: 2 }, { from: 3, insert: 'abc' }], 20));
    expect(mapped.active).toEqual([hap(1, 0, 2, 5, 7)]);
    expect(mapped.pending).toEqual([hap(2, 1, 2, 11, 13)]);
    expect(mapped.time).toBe(0.5);
  });

  it('cancels haps from a time on, of one evaluation or of all', () => {
    const set = SoundingSet.empty
      .add([hap(1, 0, 3, 0, 1, 'a'), hap(2, 1, 2, 0, 1, 'a'), hap(3, 1, 2, 0, 1, 'b'), hap(4, 2, 3, 0, 1, 'b')])
      .advance(0.5);
    expect(ids(set.cancel(1, 'a').pending)).toEqual([3, 4]);
    expect(ids(set.cancel(1, 'a').active)).toEqual([1]);
    expect(ids(set.cancel(1.5).pending)).toEqual([2, 3]);
    expect(ids(set.cancel(0).active)).toEqual([]);
  });

  it('handles thousands of haps a second of audio', () => {
    const haps: HeldHap[] = [];
    for (let i = 0; i < 5000; i++) haps.push(hap(i, i / 1000, i / 1000 + 0.05, i % 100, (i % 100) + 1));
    let set = SoundingSet.empty;
    for (let i = 0; i < haps.length; i += 50) set = set.add(haps.slice(i, i + 50).reverse());
    for (let frame = 0; frame < 400; frame++) {
      const t = frame / 60;
      if (t >= set.nextChange) set = set.advance(t);
      const sounding = haps.filter((h) => h.begin <= t && t < h.end);
      expect(ids(set.active).sort((a, b) => Number(a) - Number(b))).toEqual(ids(sounding));
    }
    expect(set.pending.length).toBe(0);
    expect(set.active.length).toBe(0);
  });
});

describe('EvaluationSnapshots', () => {
  it('records the changes made since each evaluation', () => {
    let snapshots = EvaluationSnapshots.empty().mark('a', 10);
    snapshots = snapshots.map(ChangeSet.of({ from: 0, insert: 'xx' }, 10));
    snapshots = snapshots.mark('b', 12);
    snapshots = snapshots.map(ChangeSet.of({ from: 0, insert: 'y' }, 12));
    expect(snapshots.changesSince('a')?.mapPos(5)).toBe(8);
    expect(snapshots.changesSince('b')?.mapPos(5)).toBe(6);
    expect(snapshots.changesSince('c')).toBeUndefined();
  });

  it('starts over when a name is marked again', () => {
    const snapshots = EvaluationSnapshots.empty()
      .mark('a', 10)
      .map(ChangeSet.of({ from: 0, insert: 'xx' }, 10))
      .mark('a', 12);
    expect(snapshots.changesSince('a')?.mapPos(5)).toBe(5);
  });

  it('forgets the oldest names past its limit', () => {
    let snapshots = EvaluationSnapshots.empty(2);
    for (const name of ['a', 'b', 'c']) snapshots = snapshots.mark(name, 0);
    expect(snapshots.changesSince('a')).toBeUndefined();
    expect(snapshots.changesSince('b')).toBeDefined();
    snapshots = snapshots.mark('b', 0).mark('d', 0);
    expect(snapshots.changesSince('b')).toBeDefined();
    expect(snapshots.changesSince('c')).toBeUndefined();
  });
});
