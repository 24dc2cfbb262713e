// The runtime's haps lighting the editor: each block's haps placed by the code that made it,
// cancels taking back exactly the haps of the blocks they name.
import { EditorState, type ChangeDesc, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { advanceSounding, soundingHighlight, soundingRanges } from '../../src/editor/index.ts';
import { LiveHighlights, type ScheduledHap } from '../../src/app/highlights.ts';

const DOC = '$a: note("c e")\n$b: s("bd hh")';
const at = (text: string): { start: number; end: number } => {
  const start = DOC.indexOf(text);
  return { start, end: start + text.length };
};

interface Fake {
  view: EditorView;
  type: (from: number, insert: string) => void;
  lit: (time: number) => string[];
}

/** Just enough of an EditorView: a state that dispatches update; edits go to `onChange`, as the app's editor sends them. */
function fakeView(onChange: (changes: ChangeDesc) => void = () => undefined, doc = DOC): Fake {
  let state = EditorState.create({ doc, extensions: soundingHighlight({ now: () => 0 }) });
  const view = {
    get state() {
      return state;
    },
    dispatch(spec: TransactionSpec) {
      const tr = state.update(spec);
      state = tr.state;
      if (tr.docChanged) onChange(tr.changes.desc);
    },
  } as unknown as EditorView;
  return {
    view,
    type: (from, insert) => view.dispatch({ changes: { from, insert } }),
    lit: (time) => {
      view.dispatch({ effects: advanceSounding.of(time) });
      return soundingRanges(state).map((r) => state.sliceDoc(r.from, r.to));
    },
  };
}

const hap = (id: number, time: number, block: string, text: string): ScheduledHap => ({ id, time, duration: 0.5, block, locations: [at(text)], controls: {} });

describe('LiveHighlights', () => {
  it('lights the haps of evaluated blocks while they sound, ignoring blocks it does not know', () => {
    const { view, lit } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    const name = live.sent();
    live.evaluated(name, ['$a', '$b'], true);
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'c'), hap(2, 1, '$b', 'bd'), hap(3, 1, '$zz', 'hh')] });
    expect(lit(1.1)).toEqual(['c', 'bd']);
    expect(lit(2)).toEqual([]);
  });

  it('places haps by the document as it was when their code was sent, after later typing', () => {
    let live: LiveHighlights | undefined;
    const { view, type, lit } = fakeView((changes) => live?.tracker.map(changes));
    live = new LiveHighlights(view, () => 0);
    const name = live.sent();
    type(0, '// intro\n');
    live.evaluated(name, ['$a'], true);
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'e')] });
    expect(lit(1)).toEqual(['e']);
  });

  it('takes back only the cancelled block\'s haps, keeping the other blocks of the same evaluation', () => {
    const { view, lit } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    const first = live.sent();
    live.evaluated(first, ['$a', '$b'], true);
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'c'), hap(2, 1, '$b', 'bd'), hap(3, 2, '$a', 'e'), hap(4, 2, '$b', 'hh')] });
    // Alt+Enter on $b: its haps after 1.5 go; the new ones come.
    const second = live.sent();
    live.evaluated(second, ['$b'], false);
    live.receive({ cancels: [{ time: 1.5, block: '$b' }], haps: [hap(5, 2, '$b', 'bd')] });
    expect(live.window.haps().map((h) => h.id)).toEqual([1, 2, 3, 5]);
    expect(lit(2.1)).toEqual(['e', 'bd']);
  });

  it('clears every hap on a cancel without a block (hush), and on clear', () => {
    const { view, lit } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    live.evaluated(live.sent(), ['$a'], true);
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'c')] });
    live.receive({ cancels: [{ time: -Infinity }], haps: [] });
    expect(lit(1.1)).toEqual([]);
    live.receive({ cancels: [], haps: [hap(2, 2, '$a', 'c')] });
    live.clear();
    expect(lit(2.1)).toEqual([]);
    expect(live.window.haps()).toEqual([]);
  });

  it('finds a hap\'s code in the current document, for the pianoroll', () => {
    let live: LiveHighlights | undefined;
    const { view, type } = fakeView((changes) => live?.tracker.map(changes));
    live = new LiveHighlights(view, () => 0);
    const name = live.sent();
    live.evaluated(name, ['$b'], true);
    live.receive({ cancels: [], haps: [hap(1, 1, '$b', 'hh')] });
    type(0, 'xyz');
    const [held] = live.window.haps();
    const ranges = live.rangesOf(held!);
    expect(ranges.map((r) => view.state.sliceDoc(r.from, r.to))).toEqual(['hh']);
  });

  it('stops lighting the new haps of blocks another view now plays: the named ones, or all', () => {
    const { view, lit } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    const name = live.sent();
    live.evaluated(name, ['$a', '$b'], true);
    live.disown(['$b']);
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'c'), hap(2, 1, '$b', 'bd')] });
    expect(lit(1.1)).toEqual(['c']);
    live.disown();
    live.receive({ cancels: [], haps: [hap(3, 2, '$a', 'e')] });
    expect(lit(2.1)).toEqual([]);
    // Nothing plays from this view's code any more: its document is forgotten once its haps are.
    live.clear();
    live.disown();
    expect(live.tracker.has(name)).toBe(false);
  });

  it('forgets the documents of failed evaluations', () => {
    const { view } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    const name = live.sent();
    expect(live.tracker.has(name)).toBe(true);
    live.failed(name);
    expect(live.tracker.has(name)).toBe(false);
  });
});
