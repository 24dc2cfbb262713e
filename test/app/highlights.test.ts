// The runtime's haps lighting the editor: each hap placed by the code of the evaluation whose key
// it carries, whenever it arrives; cancels taking back exactly the haps of the blocks they name.
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

const hap = (id: number, time: number, block: string, text: string, key: string): ScheduledHap => ({ id, time, duration: 0.5, block, key, locations: [at(text)], controls: {} });

describe('LiveHighlights', () => {
  it('lights the haps of its own evaluations while they sound, ignoring haps of keys it does not know', () => {
    const { view, lit } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    const key = live.sent();
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'c', key), hap(2, 1, '$b', 'bd', key), hap(3, 1, '$b', 'hh', 'elsewhere:1')] });
    expect(lit(1.1)).toEqual(['c', 'bd']);
    expect(lit(2)).toEqual([]);
  });

  it('lights haps that arrive before the evaluation is answered, and keeps lighting them once the store plays it', () => {
    const { view, lit } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    const key = live.sent();
    // The worker's haps come first; the answer and the state after.
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'c', key)] });
    expect(lit(1.1)).toEqual(['c']);
    live.played(new Set([key]));
    live.receive({ cancels: [], haps: [hap(2, 2, '$b', 'hh', key)] });
    expect(lit(2.1)).toEqual(['hh']);
  });

  it('places haps by the document as it was when their code was sent, after later typing', () => {
    let live: LiveHighlights | undefined;
    const { view, type, lit } = fakeView((changes) => live?.tracker.map(changes));
    live = new LiveHighlights(view, () => 0);
    const key = live.sent();
    type(0, '// intro\n');
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'e', key)] });
    expect(lit(1)).toEqual(['e']);
  });

  it('takes back only the cancelled block\'s haps, keeping the other blocks of the same evaluation', () => {
    const { view, lit } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    const first = live.sent();
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'c', first), hap(2, 1, '$b', 'bd', first), hap(3, 2, '$a', 'e', first), hap(4, 2, '$b', 'hh', first)] });
    // Alt+Enter on $b: its haps after 1.5 go; the new ones come.
    const second = live.sent();
    live.receive({ cancels: [{ time: 1.5, block: '$b' }], haps: [hap(5, 2, '$b', 'bd', second)] });
    expect(live.window.haps().map((h) => h.id)).toEqual([1, 2, 3, 5]);
    expect(lit(2.1)).toEqual(['e', 'bd']);
  });

  it('clears every hap on a cancel without a block (hush), and on clear', () => {
    const { view, lit } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    const key = live.sent();
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'c', key)] });
    live.receive({ cancels: [{ time: -Infinity }], haps: [] });
    expect(lit(1.1)).toEqual([]);
    live.receive({ cancels: [], haps: [hap(2, 2, '$a', 'c', key)] });
    live.clear();
    expect(lit(2.1)).toEqual([]);
    expect(live.window.haps()).toEqual([]);
  });

  it('finds a hap\'s code in the current document, for the pianoroll', () => {
    let live: LiveHighlights | undefined;
    const { view, type } = fakeView((changes) => live?.tracker.map(changes));
    live = new LiveHighlights(view, () => 0);
    const key = live.sent();
    live.receive({ cancels: [], haps: [hap(1, 1, '$b', 'hh', key)] });
    type(0, 'xyz');
    const [held] = live.window.haps();
    const ranges = live.rangesOf(held!);
    expect(ranges.map((r) => view.state.sliceDoc(r.from, r.to))).toEqual(['hh']);
  });

  it("neither lights nor selects a visual's call, which its haps carry to be drawn by it", () => {
    const { view, lit } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    const key = live.sent();
    // Say `s("bd hh")` were the call of a visual that the haps of `hh` went through.
    live.placed(key, [at('s("bd hh")')]);
    live.receive({ cancels: [], haps: [{ ...hap(1, 1, '$b', 'hh', key), locations: [at('hh'), at('s("bd hh")')] }] });
    expect(lit(1.1)).toEqual(['hh']);
    expect(live.rangesOf(live.window.haps()[0]!).map((r) => view.state.sliceDoc(r.from, r.to))).toEqual(['hh']);
  });

  it('keeps the documents of evaluations the store plays, and forgets the others once no hap needs them', () => {
    const { view } = fakeView();
    const live = new LiveHighlights(view, () => 0);
    const first = live.sent();
    const second = live.sent();
    live.receive({ cancels: [], haps: [hap(1, 1, '$a', 'c', first)] });
    live.played(new Set([first, second]));
    // Another view's code replaced both.
    live.played(new Set(['elsewhere:1']));
    expect(live.tracker.has(first)).toBe(true);
    expect(live.tracker.has(second)).toBe(false);
    live.clear();
    live.played(new Set(['elsewhere:1']));
    expect(live.tracker.has(first)).toBe(false);
  });

  it('gives each view keys of its own', () => {
    const { view } = fakeView();
    const a = new LiveHighlights(view, () => 0);
    const b = new LiveHighlights(view, () => 0);
    expect(a.sent()).not.toBe(b.sent());
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
