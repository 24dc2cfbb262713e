// The evaluation history: newest first, capped, kept in storage, tolerant of bad storage.
import { describe, expect, it } from 'vitest';
import { EvaluationHistory, summary, type HistoryEntry, type HistoryStorage } from '../../src/app/history.ts';

class MemoryStorage implements HistoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const entry = (code: string, time = 1, kind: HistoryEntry['kind'] = 'evaluate', ok = true): HistoryEntry => ({ time, code, kind, ok });

describe('EvaluationHistory', () => {
  it('lists entries newest first and keeps them across instances (page loads)', () => {
    const storage = new MemoryStorage();
    const history = new EvaluationHistory(storage);
    history.add(entry('a', 1));
    history.add(entry('b', 2));
    expect(history.entries().map((e) => e.code)).toEqual(['b', 'a']);
    expect(new EvaluationHistory(storage).entries()).toEqual(history.entries());
  });

  it('does not repeat the newest code: it takes the new time and result', () => {
    const history = new EvaluationHistory(new MemoryStorage());
    history.add(entry('a', 1, 'evaluate', false));
    history.add(entry('a', 2, 'evaluate', true));
    expect(history.entries()).toEqual([entry('a', 2, 'evaluate', true)]);
  });

  it('keeps an evaluation its kind when the same code is kept again before being replaced', () => {
    const history = new EvaluationHistory(new MemoryStorage());
    history.add(entry('a', 1, 'block'));
    history.add(entry('a', 2, 'replaced'));
    expect(history.entries()[0]?.kind).toBe('block');
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const history = new EvaluationHistory(new MemoryStorage(), { maxEntries: 3 });
    for (let i = 0; i < 10; i++) history.add(entry(`code ${i}`, i));
    expect(history.entries().map((e) => e.code)).toEqual(['code 9', 'code 8', 'code 7']);
  });

  it('keeps at most maxChars of code, but always the newest entry', () => {
    const history = new EvaluationHistory(new MemoryStorage(), { maxChars: 25 });
    history.add(entry('x'.repeat(10), 1));
    history.add(entry('y'.repeat(10), 2));
    history.add(entry('z'.repeat(10), 3));
    expect(history.entries().map((e) => e.code[0])).toEqual(['z', 'y']);
    history.add(entry('w'.repeat(100), 4));
    expect(history.entries().map((e) => e.code[0])).toEqual(['w']);
  });

  it('ignores malformed storage and malformed entries', () => {
    const storage = new MemoryStorage();
    storage.setItem('weft:history', 'not json');
    expect(new EvaluationHistory(storage).entries()).toEqual([]);
    storage.setItem('weft:history', JSON.stringify([entry('good'), { code: 3 }, null, { ...entry('bad'), kind: 'other' }]));
    expect(new EvaluationHistory(storage).entries()).toEqual([entry('good')]);
  });

  it('keeps working in memory when storage throws, halving what it tries to save', () => {
    let writes = 0;
    const full: HistoryStorage = {
      getItem: () => null,
      setItem: () => {
        writes++;
        throw new Error('QuotaExceededError');
      },
    };
    const history = new EvaluationHistory(full);
    for (let i = 0; i < 4; i++) history.add(entry(`c${i}`, i));
    expect(history.entries()[0]?.code).toBe('c3');
    expect(writes).toBeGreaterThan(0);
  });

  it('forgets everything on clear', () => {
    const storage = new MemoryStorage();
    const history = new EvaluationHistory(storage);
    history.add(entry('a'));
    history.clear();
    expect(new EvaluationHistory(storage).entries()).toEqual([]);
  });
});

describe('summary', () => {
  it('is the first line that is code, shortened with an ellipsis', () => {
    expect(summary('// title\n\n  setcps(1)\n$: s("bd")')).toBe('setcps(1)');
    expect(summary(`$: ${'x'.repeat(100)}`, undefined, 10)).toBe('$: xxxxxx…');
    expect(summary('// only a comment')).toBe('// only a comment');
  });

  it('is the first line of code that the previous version did not have', () => {
    expect(summary('setcps(1)\n$: s("bd sd")\n$: note("c")', 'setcps(1)\n$: s("bd")\n$: note("c")')).toBe('$: s("bd sd")');
    expect(summary('setcps(1)', 'setcps(1)\n$: s("bd")')).toBe('setcps(1)');
  });
});
