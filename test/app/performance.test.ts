// The performance's controls against a fake runtime: what is sent, what is shown, what is kept.
import type { EditorState } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { evaluationProblems, shownProblems } from '../../src/editor/errors.ts';
import { advanceSounding, soundingHighlight, soundingRanges } from '../../src/editor/index.ts';
import type { AudioParts, AudioSession } from '../../src/app/audio-session.ts';
import { LiveHighlights } from '../../src/app/highlights.ts';
import { EvaluationHistory } from '../../src/app/history.ts';
import { StatusModel } from '../../src/app/live-status.ts';
import { Performance } from '../../src/app/performance.ts';
import { fakeView as fakeEditor } from './fake-view.ts';
import { StateMirror, type ClientStatus, type EvaluateOptions, type EvaluateResult, type HapBatch, type Runtime, type RuntimeError, type Snapshot } from '../../src/app/runtime/index.ts';

const DOC = '$: s("bd")\n\n$: note("c e")\n\nbass: note("c2")';

interface Call {
  readonly name: string;
  readonly args: readonly unknown[];
}

/** Just enough of an EditorView, with the highlights and the problems shown. */
const fakeView = (doc: string) => fakeEditor(doc, [soundingHighlight({ now: () => 0 }), evaluationProblems()]);

/** The runtime's answers: a result, or a function that gets the evaluation's options (to post haps first, as a worker may). */
type Answer = EvaluateResult | ((options: EvaluateOptions | undefined) => EvaluateResult);

function setup(results: Answer[] = []) {
  const { view, state } = fakeView(DOC);
  const mirror = new StateMirror();
  const calls: Call[] = [];
  const errorListeners: ((error: RuntimeError) => void)[] = [];
  const statusListeners: ((status: ClientStatus) => void)[] = [];
  const hapListeners: ((batch: HapBatch) => void)[] = [];
  const record = (name: string) => (...args: unknown[]): void => void calls.push({ name, args });
  const runtime = {
    evaluate(code: string, options?: EvaluateOptions) {
      calls.push({ name: 'evaluate', args: [code, options] });
      const answer = results.shift() ?? { ok: true, blocks: [], cps: 0.5, samples: [], visuals: [], warnings: [], sliders: [], midiInputs: [] };
      return Promise.resolve(typeof answer === 'function' ? answer(options) : answer);
    },
    mute: record('mute'),
    unmute: record('unmute'),
    solo: record('solo'),
    unsolo: record('unsolo'),
    hush: record('hush'),
    stop: record('stop'),
    start: record('start'),
    setCps: record('setCps'),
    slider: record('slider'),
    midiIn: record('midiIn'),
    follow: record('follow'),
    onHaps: (listener: (batch: HapBatch) => void) => (hapListeners.push(listener), () => undefined),
    onStatus: (listener: (status: ClientStatus) => void) => (statusListeners.push(listener), () => undefined),
    onError: (listener: (error: RuntimeError) => void) => (errorListeners.push(listener), () => undefined),
    get state() {
      return mirror.state;
    },
    onState: (listener) => mirror.subscribe(listener),
    status: () => undefined,
    dispose: () => undefined,
  } satisfies Runtime;
  const parts = { runtime, engine: { onStats: () => () => undefined, onError: () => () => undefined } } as unknown as AudioParts;
  const audio = { start: async () => parts, prepare: async () => parts, warm: async () => parts.runtime, ready: parts, now: () => 0 } as unknown as AudioSession;
  const history = new EvaluationHistory(undefined);
  const status = new StatusModel();
  const notices: string[] = [];
  const highlights = new LiveHighlights(view, () => 0);
  let changes = 0;
  const performance = new Performance({ view, audio, highlights, history, status, changed: () => void changes++, notify: (m) => void notices.push(m) });
  /** The worker posts the store's state. */
  const store = (snapshot: Partial<Snapshot>): void => mirror.dispatch({ type: 'snapshot', snapshot: { entries: [], blocks: [], mutes: [], solos: [], ...snapshot } });
  /** The key evaluation `n` (from 0) was sent with. */
  const keyOf = (n: number): string => (calls.filter((c) => c.name === 'evaluate')[n]?.args[1] as EvaluateOptions).key!;
  return { view, calls, performance, history, notices, errorListeners, statusListeners, hapListeners, state, store, keyOf, changes: () => changes };
}

const blocks = (...list: [string, number][]) => list.map(([label, from]) => ({ label, muted: false, from, to: from + 5 }));

describe('Performance', () => {
  it('evaluates the whole document, keeping it in the history', async () => {
    const t = setup();
    expect(await t.performance.evaluateAll(DOC)).toBe(true);
    expect(t.calls).toEqual([{ name: 'evaluate', args: [DOC, { key: t.keyOf(0) }] }]);
    expect(t.history.entries()).toMatchObject([{ code: DOC, kind: 'evaluate', ok: true }]);
  });

  it('evaluates a block with its place in the document, so errors come back located there', async () => {
    const t = setup();
    const from = DOC.indexOf('bass');
    await t.performance.evaluateBlock({ text: 'bass: note("c2")', from, to: DOC.length, label: 'bass' });
    expect(t.calls[0]?.args[1]).toEqual({ block: { label: 'bass', from, to: DOC.length, line: 5, column: 1 }, key: t.keyOf(0) });
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
    // Shown once the problems' code is here (it loads with the first problem).
    await expect.poll(() => shownProblems(t.state())[0]).toMatchObject({ message: 'bad value', from: 3, to: 9 });
  });

  it('mutes and unmutes the playing block the cursor is in, as the runtime\'s store has it, telling repeated labels apart by place', async () => {
    const t = setup();
    await t.performance.evaluateAll(DOC);
    t.store({ blocks: blocks(['$', 0], ['$#2', 12], ['bass', 27]) });
    const second = { text: '$: note("c e")', from: 12, to: 26, label: '$' };
    await t.performance.toggleMute(second);
    // Nothing is kept here: until the store says it is muted, it is not.
    expect(t.performance.state()?.mutes).toEqual([]);
    t.store({ blocks: blocks(['$', 0], ['$#2', 12], ['bass', 27]), mutes: ['$#2'] });
    await t.performance.toggleMute(second);
    expect(t.calls.slice(1)).toEqual([{ name: 'mute', args: ['$#2'] }, { name: 'unmute', args: ['$#2'] }]);
    await t.performance.toggleSolo({ text: 'bass: note("c2")', from: 27, to: 43, label: 'bass' });
    expect(t.calls.at(-1)).toEqual({ name: 'solo', args: ['bass'] });
    const before = t.changes();
    t.store({ blocks: blocks(['$', 0], ['$#2', 12], ['bass', 27]), solos: ['bass'] });
    expect(t.performance.state()).toMatchObject({ mutes: [], solos: ['bass'] });
    expect(t.changes()).toBe(before + 1);
    expect(t.notices).toEqual(['muted $#2', 'unmuted $#2', 'solo bass']);
  });

  it('says so, and sends nothing, for a block that is not playing', async () => {
    const t = setup();
    await t.performance.toggleMute({ text: 'x: s("bd")', from: 0, to: 10, label: 'x' });
    expect(t.calls).toEqual([]);
    expect(t.notices[0]).toMatch(/not playing/);
  });

  it('stops everything: silence, clock stopped', async () => {
    const t = setup();
    await t.performance.evaluateAll(DOC);
    t.store({ blocks: blocks(['bass', 27]) });
    t.performance.stop();
    expect(t.calls.slice(-2).map((c) => c.name)).toEqual(['hush', 'stop']);
  });

  it('lights haps that arrive before the evaluation is answered', async () => {
    const t = setup([
      (options) => {
        // The worker's first haps overtake its answer.
        t.hapListeners[0]!({ cancels: [], haps: [{ id: 1, time: 1, duration: 0.5, block: 'bass', key: options!.key!, locations: [{ start: 40, end: 42 }], controls: {} }] });
        return { ok: true, blocks: blocks(['bass', 27]), cps: 0.5, samples: [], visuals: [], warnings: [], sliders: [], midiInputs: [] };
      },
    ]);
    await t.performance.evaluateAll(DOC);
    t.view.dispatch({ effects: advanceSounding.of(1.1) });
    expect(soundingRanges(t.state()).map((r) => t.state().sliceDoc(r.from, r.to))).toEqual(['c2']);
  });

  it('plays the document when stopped, and stops when playing', async () => {
    const t = setup();
    await t.performance.togglePlay();
    expect(t.calls.map((c) => c.name)).toEqual(['evaluate']);
    t.statusListeners[0]!({ running: true, cps: 0.5, cycle: 0, time: 0, ahead: 1, eventsScheduled: 1, eventsLate: 0, realmsReplaced: 0, tempo: { cycle: '0', time: 0, cps: 0.5 }, restarts: 0 });
    await t.performance.togglePlay();
    expect(t.calls.map((c) => c.name)).toEqual(['evaluate', 'hush', 'stop']);
  });

  it("keeps the transport on the performer's code while an example plays: play takes the performer's code back, the example's stop leaves it alone", async () => {
    const t = setup();
    const running = { running: true, cps: 0.5, cycle: 0, time: 0, ahead: 1, eventsScheduled: 1, eventsLate: 0, realmsReplaced: 0, tempo: { cycle: '0', time: 0, cps: 0.5 }, restarts: 0 };
    const example = fakeView('s("cp")');
    const source = { view: example.view, highlights: new LiveHighlights(example.view, () => 0, t.performance.window) };
    t.performance.addSource(source);
    let told = 0;
    t.performance.onNews((news) => {
      if (news.kind !== 'error') told++;
    });

    await t.performance.evaluateAll(DOC);
    t.statusListeners[0]!(running);
    expect(t.performance.playingFrom()?.view).toBe(t.view);
    expect(t.performance.performerStatus().playing).toBe(true);

    await t.performance.playFrom(source, 's("cp")');
    expect(t.performance.playingFrom()).toBe(source);
    expect(t.performance.status().playing).toBe(true);
    expect(t.performance.performerStatus().playing).toBe(false);
    expect(told).toBe(2);

    // The transport's play plays the performer's code in place of the example (it does not stop).
    await t.performance.togglePlay();
    expect(t.calls.map((c) => c.name)).toEqual(['evaluate', 'evaluate', 'evaluate']);
    expect(t.calls[2]?.args[0]).toBe(DOC);
    expect(t.performance.performerStatus().playing).toBe(true);

    // The example's stop does nothing to the performer's code; the performer's own stop stops it.
    t.performance.stopFrom(source);
    expect(t.calls.map((c) => c.name)).not.toContain('stop');
    await t.performance.playFrom(source, 's("cp")');
    t.performance.stopFrom(source);
    expect(t.calls.map((c) => c.name).slice(-2)).toEqual(['hush', 'stop']);
  });

  it('plays code from another view: lit there and not in the editor, its errors shown there, not kept in the history', async () => {
    const t = setup([
      { ok: true, blocks: blocks(['$', 0]), cps: 0.5, samples: [], visuals: [], warnings: [], sliders: [], midiInputs: [] },
      { ok: true, blocks: blocks(['$', 0]), cps: 0.5, samples: [], visuals: [], warnings: [], sliders: [], midiInputs: [] },
      { ok: false, error: { message: 'no such sound', line: 1, column: 3, from: 2, to: 4 } },
      { ok: true, blocks: blocks(['$', 0]), cps: 0.5, samples: [], visuals: [], warnings: [], sliders: [], midiInputs: [] },
    ]);
    const example = fakeView('s("cp")');
    const source = { view: example.view, highlights: new LiveHighlights(example.view, () => 0) };
    const forget = t.performance.addSource(source);
    const lit = (view: { view: EditorView; state: () => EditorState }, time: number): string[] => {
      view.view.dispatch({ effects: advanceSounding.of(time) });
      return soundingRanges(view.state()).map((r) => view.state().sliceDoc(r.from, r.to));
    };
    const editor = { view: t.view, state: t.state };
    const hapAt = (id: number, time: number, start: number, end: number, key: string) => ({ id, time, duration: 0.5, block: '$', key, locations: [{ start, end }], controls: {} });

    await t.performance.evaluateAll(DOC);
    expect(await t.performance.playFrom(source, 's("cp")')).toBe(true);
    t.hapListeners[0]!({ cancels: [], haps: [hapAt(1, 1, 3, 5, t.keyOf(1))] });
    expect(lit(example, 1.1)).toEqual(['cp']);
    expect(lit(editor, 1.1)).toEqual([]);
    expect(t.history.entries()).toHaveLength(1);

    // A failing example shows its error in its own view.
    expect(await t.performance.playFrom(source, 's("??")')).toBe(false);
    expect(shownProblems(example.state())).toMatchObject([{ severity: 'error', message: 'no such sound' }]);
    expect(shownProblems(t.state())).toEqual([]);

    // The performer's code takes over: its haps light the editor, not the example's view.
    await t.performance.evaluateAll(DOC);
    t.hapListeners[0]!({ cancels: [], haps: [hapAt(2, 2, 3, 5, t.keyOf(3))] });
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
