import { describe, expect, it } from 'vitest';
import { EvaluationLog, takesEffect, type LogEntry } from '../../../src/app/room/evaluation-log.ts';

const entry = (id: string, block: string, code: string, cycle: number, at: number): LogEntry => ({ id, performer: id.split(':')[0]!, block, code, cycle, at });

const ENTRIES = [
  entry('ana:1', '$drums', 's("bd*2")', 1, 100),
  entry('ben:1', '$bass', 'note("c2")', 2, 150),
  entry('ana:2', '$drums', 's("bd*4")', 4, 900),
  entry('ben:2', '$bass', 'note("e2")', 4, 910),
  entry('ana:3', '$drums', 's("bd sd")', 4, 950),
];

describe('the shared log of evaluations', () => {
  it('gives every peer the same code at every cycle, in whatever order the entries arrived', () => {
    const a = new EvaluationLog();
    const b = new EvaluationLog();
    for (const e of ENTRIES) a.add(e);
    for (const e of [...ENTRIES].reverse()) b.add(e);
    b.add(ENTRIES[0]!); // again: nothing changes
    expect(b.size).toBe(5);
    for (const cycle of [0, 1, 2, 3, 4, 10]) {
      const code = (log: EvaluationLog) => [...log.stateAt(cycle)].map(([block, e]) => `${block}=${e.code}`).sort();
      expect(code(a)).toEqual(code(b));
    }
    expect([...a.stateAt(3).values()].map((e) => e.code).sort()).toEqual(['note("c2")', 's("bd*2")']);
    // Two evaluations of one block for one cycle: the later one plays.
    expect(a.stateAt(4).get('$drums')!.code).toBe('s("bd sd")');
    expect(a.changesAfter(1)).toEqual([2, 4]);
  });

  it('gives a late joiner what is in force and what is to come, and forgets only what no cycle can play', () => {
    const log = new EvaluationLog();
    for (const e of ENTRIES) log.add(e);
    expect(log.replay(3).map((e) => e.id)).toEqual(['ana:1', 'ben:1', 'ana:2', 'ben:2', 'ana:3']);
    const joiner = new EvaluationLog();
    for (const e of log.replay(3)) joiner.add(e);
    for (const cycle of [3, 4, 5]) expect([...joiner.stateAt(cycle)]).toEqual([...log.stateAt(cycle)]);
    log.compact(5);
    expect(log.replay(5).map((e) => e.id)).toEqual(['ben:2', 'ana:3']);
    expect(log.size).toBe(2);
  });

  it('takes effect at the next cycle, or at the room\'s quantum', () => {
    expect(takesEffect(2.5)).toBe(3);
    expect(takesEffect(3)).toBe(4);
    expect(takesEffect(6.3, 4)).toBe(8);
    expect(() => takesEffect(1, 0)).toThrow(/whole number of cycles/);
    expect(() => new EvaluationLog().add(entry('x:1', '$', 's("bd")', 1.5, 0))).toThrow(/whole cycle/);
  });
});
