/**
 * The outputs other than weft's sound, loaded when first used so the first page carries none of
 * them: MIDI with the first `.midi()` event (or Alt+M, which opens its panel), OSC with the first
 * `.osc()` event (it makes its own slot in the status line, before `anchor`, and takes the haps,
 * those that arrived while it downloaded first). Here only MIDI's readout, one watcher of the
 * haps for both, and the loading.
 */
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { EditorState, StateEffect } from '@codemirror/state';
import { el } from '../dom.ts';
import type { MidiLive } from '../midi/live.ts';
import type { HapBatch } from '../runtime/index.ts';
import type { AppContext, Feature } from './feature.ts';

/** The outputs' readout, and their clock once one runs. */
export interface Outputs extends Feature {
  /** Code is being sent: code that sends to MIDI starts MIDI now, so it is ready for the first event. */
  prepare(code: string): void;
  /** The audio time heard at `performance.now()` time `ms`, as MIDI maps it (undefined before MIDI runs). */
  audioTimeAt(ms: number): number | undefined;
}

/** Watches the haps for `.midi()` and `.osc()` events and starts each output with its first. */
export function outputsFeature(context: AppContext, anchor: HTMLElement): Outputs {
  const perf = context.performance;
  const readout = el('button', { class: 'status-slot outputs', 'data-readout': 'midi', hidden: '' });
  let midi: Promise<MidiLive> | undefined;
  let live: MidiLive | undefined;
  const startMidi = (): Promise<MidiLive> =>
    (midi ??= import('../midi/live.ts').then((m) =>
      m.startMidi({
        context: () => context.audio.audioContext,
        problem: (id, message) => perf.outputProblem(id, 'midi', message),
        notify: context.notify,
        readout,
        more: () => import('../midi/clock-session.ts').then((m) => [m.clockField(context)]),
      }).then((m) => (live = m))));
  // OSC: the batches kept while it downloads (until it takes over the haps), and its stop.
  let oscWaiting: HapBatch[] | undefined;
  let oscTookOver = false;
  let stopOsc = (): void => undefined;
  const stopHaps = perf.onHaps((batch) => {
    const uses = (output: string): boolean => batch.haps.some((h) => h.controls.output === output);
    if (midi !== undefined || uses('midi')) void startMidi().then((m) => m.receive(batch));
    if (oscTookOver) return;
    if (oscWaiting !== undefined) oscWaiting.push(batch);
    else if (uses('osc')) {
      const waiting = (oscWaiting = [batch]);
      void import('../osc/osc-output.ts').then((m) => (stopOsc = m.startOscOutput({ ...context, anchor, waiting, stop: () => (oscTookOver = true) })));
    }
  });
  const stopBeats = perf.onBeat((status) => void midi?.then((m) => m.beat(status)));
  const onKey = (event: KeyboardEvent): void => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyM') return;
    event.preventDefault();
    void startMidi().then((m) => m.openPanel());
  };
  document.addEventListener('keydown', onKey);
  // Port names complete inside `.midi("` and `midin("`, from the ports present (asking for MIDI then).
  const ports = (completion: CompletionContext): Promise<CompletionResult | null> | null => {
    const typed = completion.matchBefore(/(?:\.\s*midi|\bmidin)\s*\(\s*["'][^"'\n]*$/);
    if (typed === null) return null;
    const from = typed.from + typed.text.search(/["'][^"']*$/) + 1;
    return startMidi().then((m) => m.completePort(typed.text.includes('midin') ? 'input' : 'output', from));
  };
  context.view.dispatch({ effects: StateEffect.appendConfig.of(EditorState.languageData.of(() => [{ autocomplete: ports }])) });
  return {
    element: readout,
    audioTimeAt: (ms) => live?.audioTimeAt(ms),
    prepare(code) {
      if (midi === undefined && /\.\s*midi\s*\(/.test(code)) void startMidi();
    },
    dispose() {
      stopHaps();
      stopBeats();
      document.removeEventListener('keydown', onKey);
      void midi?.then((m) => m.dispose());
      stopOsc();
    },
  };
}
