// The performance's controls against a fake runtime: what is sent, what is shown, what is kept.
import { EditorState, type TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { advanceSounding, evaluationProblems, shownProblems, soundingHighlight, soundingRanges } from '../../src/editor/index.ts';
import type { AudioParts, AudioSession } from '../../src/app/audio-session.ts';
import { LiveHighlights } from '../../src/app/highlights.ts';
import { EvaluationHistory } from '../../src/app/history.ts';
import { StatusModel } from '../../src/app/live-status.ts';
import { Performance } from '../../src/app/performance.ts';
import type { ClientStatus, EvaluateOptions, EvaluateResult, HapBatch, Runtime, RuntimeError } from '../../src/app/runtime/index.ts';

const DOC = '$: s("bd")\n\n$: note("c e")\n\nbass: note("c2")';

interface Call {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** Just enough of an EditorView, with the highlights and the problems shown. */
function fakeView(doc: string): { view: EditorView; state: () => EditorState } {
  let state = EditorState.create({ doc, extensions: [soundingHighlight({ now: () => 0 }), evaluationProblems()] });
  const view = {
    get state() {
      return state;
    },
    dispatch(spec: TransactionSpec) {
      state = state.update(spec).state;
    },
  } as unknown as EditorView;
  return { view, state: () => state };
}

function setup(results: EvaluateResult[] = []) {
  const { view, state } = fakeView(DOC);
  const calls: Call[] = [];
  const errorListeners: ((error: RuntimeError) => void)[] = [];
  const statusListeners: ((status: ClientStatus) => void)[] = [];
  const hapListeners: ((batch: HapBatch) => void)[] = [];
  const record = (name: string) => (...args: unknown[]): void => void calls.push({ name, args });
  const runtime = {
    evaluate(code: string, options?: EvaluateOptions) {
      calls.push({ name: 'evaluate', args: [code, options] });
      return Promise.resolve(results.shift() ?? { ok: true, blocks: [], cps: 0.5, samples: [] });
    },
    mute: record('mute'),
    unmute: record('unmute'),
    solo: record('solo'),
    unsolo: record('unsolo'),
    hush: record('hush'),
    stop: record('stop'),
    start: record('start'),
    setCps: record('setCps'),
    onHaps: (listener: (batch: HapBatch) => void) => (hapListeners.push(listener), () => undefined),
    onStatus: (listener: (status: ClientStatus) => void) => (statusListeners.push(listener), () => undefined),
    onError: (listener: (error: RuntimeError) => void) => (errorListeners.push(listener), () => undefined),
    status: () => undefined,
    dispose: () => undefined,
  } satisfies Runtime;
  const parts = { runtime, engine: { onStats: () => () => undefined } } as unknown as AudioParts;
  const audio = { start: async () => parts, prepare: async () => parts, ready: parts, now: () => 0 } as unknown as AudioSession;
  const history = new EvaluationHistory(undefined);
  const status = new StatusModel();
  const notices: string[] = [];
  const highlights = new LiveHighlights(view, () => 0);
  const performance = new Performance({ view, audio, highlights, history, status, changed: () => undefined, notify: (m) => void notices.push(m) });
  return { view, calls, performance, history, notices, errorListeners, statusListeners, hapListeners, state };
}

const blocks = (...list: [string, number][]) => list.map(([label, from]) => ({ label, muted: false, from, to: from + 5 }));

describe('Performance', () => {
  it('evaluates the whole document, keeping it in the history', async () => {
    const t = setup();
    expect(await t.performance.evaluateAll(DOC)).toBe(true);
    expect(t.calls).toEqual([{ name: 'evaluate', args: [DOC, {}] }]);
    expect(t.history.entries()).toMatchObject([{ code: DOC, kind: 'evaluate', ok: true }]);
  });

  it('evaluates a block with its place in the document, so errors come back located there', async () => {
    const t = setup();
    const from = DOC.indexOf('bass');
    await t.performance.evaluateBlock({ text: 'bass: note("c2")', from, to: DOC.length, label: 'bass' });
    expect(t.calls[0]?.args[1]).toEqual({ block: { label: 'bass', from, to: DOC.length, line: 5, column: 1 } });
    expect(t.history.entries()[0]).toMatchObject({ code: DOC, kind: 'block' });
  });

  it('shows an error where it is and in the status, until the next good evaluation', async () => {
    const error = { message: 'unexpected token', line: 3, column: 4, from: 15, to: 16 };
    const t = setup([{ ok: false, error }]);
    expect(await t.performance.evaluateAll(DOC)).toBe(false);
    expect(shownProblems(t.state())).toEqual([{ severity: 'error', message: 'unexpected token', from: 15, to: 16 }]);
    expect(t.performance.status().error).toEqual({ message: 'unexpected token', line: 3, column: 4 });
    expect(t.history.entries()[0]?.ok).toBe(false);
    await t.performance.evaluateAll(DOC);
    expect(shownProblems(t.state())).toEqual([]);
    expect(t.performance.status().error).toBeNull();
  });

  it('shows errors the runtime reports later (a pattern failing while it plays)', async () => {
    const t = setup();
    await t.performance.evaluateAll(DOC);
    t.errorListeners[0]!({ kind: 'query', message: 'bad value', line: 1, column: 4, from: 3, to: 9, label: '$' });
    expect(shownProblems(t.state())[0]).toMatchObject({ message: 'bad value', from: 3, to: 9 });
  });

  it('mutes and unmutes the playing block the cursor is in, telling repeated labels apart by place', async () => {
    const t = setup([{ ok: true, blocks: blocks(['$', 0], ['$#2', 12], ['bass', 27]), cps: 0.5, samples: [] }]);
    await t.performance.evaluateAll(DOC);
    const second = { text: '$: note("c e")', from: 12, to: 26, label: '$' };
    await t.performance.toggleMute(second);
    await t.performance.toggleMute(second);
    expect(t.calls.slice(1)).toEqual([{ name: 'mute', args: ['$#2'] }, { name: 'unmute', args: ['$#2'] }]);
    await t.performance.toggleSolo({ text: 'bass: note("c2")', from: 27, to: 43, label: 'bass' });
    expect(t.calls.at(-1)).toEqual({ name: 'solo', args: ['bass'] });
    expect(t.performance.controls()).toEqual({ muted: [], soloed: ['bass'] });
  });

  it('says so, and sends nothing, for a block that is not playing', async () => {
    const t = setup();
    await t.performance.toggleMute({ text: 'x: s("bd")', from: 0, to: 10, label: 'x' });
    expect(t.calls).toEqual([]);
    expect(t.notices[0]).toMatch(/not playing/);
  });

  it('stops everything: silence, clock stopped, mutes forgotten', async () => {
    const t = setup([{ ok: true, blocks: blocks(['bass', 27]), cps: 0.5, samples: [] }]);
    await t.performance.evaluateAll(DOC);
    await t.performance.toggleMute({ text: '', from: 27, to: 43, label: 'bass' });
    t.performance.stop();
    expect(t.calls.slice(-2).map((c) => c.name)).toEqual(['hush', 'stop']);
    expect(t.performance.controls().muted).toEqual([]);
  });

  it('plays the document when stopped, and stops when playing', async () => {
    const t = setup();
    await t.performance.togglePlay();
    expect(t.calls.map((c) => c.name)).toEqual(['evaluate']);
    t.statusListeners[0]!({ running: true, cps: 0.5, cycle: 0, time: 0, ahead: 1, eventsScheduled: 1, eventsLate: 0, realmsReplaced: 0, tempo: { cycle: '0', time: 0, cps: 0.5 }, restarts: 0 });
    await t.performance.togglePlay();
    expect(t.calls.map((c) => c.name)).toEqual(['evaluate', 'hush', 'stop']);
  });

  it('plays code from another view: lit there and not in the editor, its errors shown there, not kept in the history', async () => {
    const t = setup([
      { ok: true, blocks: blocks(['$', 0]), cps: 0.5, samples: [] },
      { ok: true, blocks: blocks(['$', 0]), cps: 0.5, samples: [] },
      { ok: false, error: { message: 'no such sound', line: 1, column: 3, from: 2, to: 4 } },
      { ok: true, blocks: blocks(['$', 0]), cps: 0.5, samples: [] },
    ]);
    const example = fakeView('s("cp")');
    const source = { view: example.view, highlights: new LiveHighlights(example.view, () => 0) };
    const forget = t.performance.addSource(source);
    const lit = (view: { view: EditorView; state: () => EditorState }, time: number): string[] => {
      view.view.dispatch({ effects: advanceSounding.of(time) });
      return soundingRanges(view.state()).map((r) => view.state().sliceDoc(r.from, r.to));
    };
    const editor = { view: t.view, state: t.state };
    const hapAt = (id: number, time: number, start: number, end: number) => ({ id, time, duration: 0.5, block: '$', locations: [{ start, end }], controls: {} });

    await t.performance.evaluateAll(DOC);
    expect(await t.performance.playFrom(source, 's("cp")')).toBe(true);
    t.hapListeners[0]!({ cancels: [], haps: [hapAt(1, 1, 3, 5)] });
    expect(lit(example, 1.1)).toEqual(['cp']);
    expect(lit(editor, 1.1)).toEqual([]);
    expect(t.history.entries()).toHaveLength(1);

    // A failing example shows its error in its own view.
    expect(await t.performance.playFrom(source, 's("??")')).toBe(false);
    expect(shownProblems(example.state())).toMatchObject([{ severity: 'error', message: 'no such sound' }]);
    expect(shownProblems(t.state())).toEqual([]);

    // The performer's code takes over: the example's view no longer lights new haps.
    await t.performance.evaluateAll(DOC);
    t.hapListeners[0]!({ cancels: [], haps: [hapAt(2, 2, 3, 5)] });
    expect(lit(example, 2.1)).toEqual([]);
    expect(lit(editor, 2.1)).toEqual([DOC.slice(3, 5)]);
    forget();
  });

  it('sets the tempo, ignoring values that are not positive', async () => {
    const t = setup();
    await t.performance.setCps(0.75);
    await t.performance.setCps(-1);
    await t.performance.setCps(Number.NaN);
    expect(t.calls).toEqual([{ name: 'setCps', args: [0.75] }]);
  });
});
