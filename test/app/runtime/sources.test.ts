import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockBook, toDocument, UNLABELLED, type Entry, type SourceFor } from '../../../src/app/runtime/sources.ts';
import { SourceCache } from '../../../src/app/runtime/source-cache.ts';
import { evaluate } from '../../../src/eval/index.ts';
import { silence, type Pattern } from '../../../src/pattern/index.ts';
import { BlockSet } from '../../../src/scheduler/blocks.ts';
import type { BlockRange } from '../../../src/app/runtime/messages.ts';

// One cache per pattern of an entry, as the runtime keeps them.
const caches = new Map<string, SourceCache>();
const same: SourceFor = (e, index) => {
  const key = `${e.id}:${index}`;
  let cache = caches.get(key);
  if (cache === undefined) caches.set(key, (cache = new SourceCache({ entry: e.id, index })));
  return cache;
};
let nextId = 1;
const blocksOf = (code: string): Entry['blocks'] => evaluate(code).blocks.map(({ label, muted, from, to }) => ({ label, muted, from, to }));
const entry = (code: string, block?: BlockRange): Entry =>
  block === undefined ? { id: nextId++, code, blocks: blocksOf(code) } : { id: nextId++, code, block, blocks: blocksOf(code) };

describe('BlockBook.assign', () => {
  it('gives repeated labels the scheduler\'s unique names, and unlabelled code one block', () => {
    const book = new BlockBook();
    const code = '$: s("a")\n$: s("b")\n_$: s("c")';
    expect(book.assign(entry(code), same).set.map((b) => b.label)).toEqual(['$', '$#2', '_$']);
    expect(book.specs().map((s) => [s.label, s.muted])).toEqual([['$', false], ['$#2', false], ['_$', true]]);
    expect(book.assign(entry('s("bd")'), same).set).toEqual([{ label: UNLABELLED, muted: false, from: 0, to: 7 }]);
    expect(book.labels()).toEqual([UNLABELLED]);
  });

  it('matches a block evaluated alone to the block of its label nearest its place', () => {
    const book = new BlockBook();
    const doc = '$: s("a")\n$: s("b")\nx: s("c")';
    book.assign(entry(doc), same);
    const first = book.current('$')!.cache;
    const { set } = book.assign(entry('$: s("B")', { label: '$', from: 10, to: 19 }), same);
    expect(set).toEqual([{ label: '$#2', muted: false, from: 10, to: 19 }]);
    expect(book.current('$')!.cache).toBe(first);
    // Moved by edits since: still the nearest.
    expect(book.assign(entry('$: s("A")', { from: 2, to: 11 }), same).set[0]!.label).toBe('$');
    // A new label is added at the end.
    expect(book.assign(entry('y: s("d")', { from: 30, to: 39 }), same).set[0]!.label).toBe('y');
    expect(book.labels()).toEqual(['$', '$#2', 'x', 'y']);
  });

  it('keeps mutes and solos of labels that remain', () => {
    const book = new BlockBook();
    book.assign(entry('a: s("a")\nb: s("b")'), same);
    book.choices.mute('a');
    book.choices.solo('b');
    book.assign(entry('a: s("a2")'), same);
    expect(book.snapshot()).toMatchObject({ mutes: ['a'], solos: [] });
  });
});

describe('BlockBook.revert', () => {
  it('falls back to the previous version, then to silence', () => {
    const book = new BlockBook();
    const one = entry('$: s("a")');
    book.assign(one, same);
    book.assign(entry('$: s("b")'), same);
    expect(book.revert('$')).toMatchObject({ reverted: 'previous' });
    expect(book.current('$')?.entry).toBe(one);
    expect(book.revert('$')).toMatchObject({ reverted: 'silence', failed: { entry: one } });
    expect(book.specs()[0]!.pattern).toBe(silence);
  });

  it('mirrors the scheduler\'s blocks through any evaluations and reverts', () => {
    const labels = ['$', 'a', 'b', '_$'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('all' as const), labels: fc.array(fc.constantFrom(...labels), { maxLength: 4 }) }),
      fc.record({ kind: fc.constant('block' as const), labels: fc.array(fc.constantFrom(...labels), { minLength: 1, maxLength: 2 }), from: fc.nat(60) }),
      fc.record({ kind: fc.constant('revert' as const), label: fc.constantFrom('$', '$#2', 'a', 'b', '') }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 10 }), (ops) => {
        const book = new BlockBook();
        const scheduler = new BlockSet();
        for (const o of ops) {
          if (o.kind === 'revert') {
            book.revert(o.label);
            scheduler.revert(o.label);
          } else {
            const code = o.labels.map((l, i) => `${l}: s("x${i}")`).join('\n');
            book.assign(o.kind === 'all' ? entry(code) : entry(code, { from: o.from, to: o.from + code.length }), same);
            scheduler.replaceAll(book.specs());
          }
          for (const label of book.labels()) {
            const mine: Pattern<unknown> = book.current(label)?.cache.pattern ?? (silence as unknown as Pattern<unknown>);
            expect(scheduler.pattern(label)).toBe(mine);
          }
          expect(scheduler.labels()).toEqual(book.labels());
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('BlockBook.snapshot', () => {
  it('rebuilds the same blocks, fallbacks and controls from code', () => {
    const book = new BlockBook();
    book.assign(entry('a: s("a")\nb: s("b")'), same);
    book.assign(entry('b: s("b2")', { from: 10, to: 20 }), same);
    book.assign(entry('c: s("c")', { from: 21, to: 30 }), same);
    book.revert('c');
    book.choices.mute('a');
    const snapshot = book.snapshot();
    expect(snapshot.blocks.map((b) => [b.label, b.current?.entry, b.fallback?.entry])).toEqual([
      ['a', snapshot.entries[0]!.id, undefined],
      ['b', snapshot.entries[1]!.id, snapshot.entries[0]!.id],
      ['c', undefined, undefined],
    ]);
    expect(snapshot.entries).toHaveLength(2);

    const entries = new Map(snapshot.entries.map((e): [number, Entry] => [e.id, { ...e, blocks: blocksOf(e.code) }]));
    const copy = new BlockBook();
    copy.restore(snapshot, entries, same);
    expect(copy.snapshot()).toEqual(snapshot);
    expect(copy.labels()).toEqual(['a', 'b', 'c']);
    expect(copy.fallback('b')?.entry.id).toBe(snapshot.entries[0]!.id);
    // What it plays: the muted block is not heard, the reverted one is silence.
    expect([...copy.audible().keys()]).toEqual(['b', 'c']);
    expect(copy.pattern('c')).toBe(silence);
    // The rebuilt blocks play the same patterns of the same evaluations.
    for (const label of ['a', 'b']) {
      const [mine, theirs] = [copy.current(label)!, book.current(label)!];
      expect([mine.entry.id, mine.index]).toEqual([theirs.entry.id, theirs.index]);
    }
  });
});

describe('toDocument', () => {
  it('shifts offsets and lines, and columns on the first line', () => {
    const error = { message: 'm', line: 1, column: 3, from: 2, to: 4 };
    expect(toDocument(undefined, error)).toBe(error);
    expect(toDocument({ from: 10, to: 20, line: 5, column: 4 }, error)).toEqual({ message: 'm', line: 5, column: 6, from: 12, to: 14 });
    expect(toDocument({ from: 10, to: 20, line: 5, column: 4 }, { ...error, line: 2 })).toEqual({ message: 'm', line: 6, column: 3, from: 12, to: 14 });
  });
});
