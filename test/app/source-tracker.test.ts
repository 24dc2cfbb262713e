// Locations of evaluated code found again in the edited document.
import { ChangeSet } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { SourceTracker } from '../../src/app/source-tracker.ts';

const DOC = 'note("c e g")';

describe('SourceTracker', () => {
  it('moves locations through the edits made since the evaluation', () => {
    const tracker = new SourceTracker();
    tracker.mark('e1', DOC.length);
    tracker.map(ChangeSet.of({ from: 0, insert: '// hi\n' }, DOC.length).desc);
    expect(tracker.toCurrent('e1', [{ start: 6, end: 7 }])).toEqual([{ from: 12, to: 13 }]);
  });

  it('leaves out locations whose text was deleted', () => {
    const tracker = new SourceTracker();
    tracker.mark('e1', DOC.length);
    tracker.map(ChangeSet.of({ from: 8, to: 9, insert: 'f' }, DOC.length).desc);
    expect(tracker.toCurrent('e1', [{ start: 6, end: 7 }, { start: 8, end: 9 }])).toEqual([{ from: 6, to: 7 }]);
  });

  it('keeps each evaluation apart: a later one sees only the edits after it', () => {
    const tracker = new SourceTracker();
    tracker.mark('e1', DOC.length);
    const edit = ChangeSet.of({ from: 0, insert: 'xx' }, DOC.length);
    tracker.map(edit.desc);
    tracker.mark('e2', edit.newLength);
    expect(tracker.toCurrent('e1', [{ start: 6, end: 7 }])).toEqual([{ from: 8, to: 9 }]);
    expect(tracker.toCurrent('e2', [{ start: 8, end: 9 }])).toEqual([{ from: 8, to: 9 }]);
  });

  it('finds nothing for evaluations it forgot', () => {
    const tracker = new SourceTracker();
    tracker.mark('e1', DOC.length);
    tracker.mark('e2', DOC.length);
    tracker.retain(new Set(['e2']));
    expect(tracker.has('e1')).toBe(false);
    expect(tracker.toCurrent('e1', [{ start: 6, end: 7 }])).toEqual([]);
    expect(tracker.toCurrent('e2', [{ start: 6, end: 7 }])).toHaveLength(1);
  });
});
