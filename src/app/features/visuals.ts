/**
 * The pianoroll and the scope below the editor, and the button that shows or hides them; and the
 * visuals the code asks for (`._pianoroll()` under its line, `.pianoroll()` behind the code).
 * Their drawing code loads when the audio first runs; a note clicked in a roll selects its code.
 */
import { EditorSelection } from '@codemirror/state';
import type { AudioParts } from '../audio-session.ts';
import { el } from '../dom.ts';
import type { WindowHap } from '../hap-window.ts';
import type { LiveHighlights } from '../highlights.ts';
import type { Evaluated } from '../performance.ts';
import { errorText, toolButton, type AppContext, type Feature } from './feature.ts';

/** The panel (`element`, below the editor) and its toolbar button. */
export interface Visuals extends Feature {
  readonly button: HTMLButtonElement;
}

export function visualsFeature({ view, audio, settings, now, notify, performance }: AppContext, highlights: LiveHighlights): Visuals {
  const roll = el('canvas', { class: 'pianoroll', 'aria-label': 'pianoroll: click a note to find its code' });
  const scope = el('canvas', { class: 'oscilloscope', 'aria-label': 'oscilloscope' });
  const element = el('section', { class: 'visuals', 'aria-label': 'visuals' }, el('div', { class: 'visuals-frame roll' }, roll), el('div', { class: 'visuals-frame scope' }, scope));
  element.hidden = !settings.get().visuals;
  const button = toolButton('◫', 'Show or hide the pianoroll and scope', 'visuals', () => {
    settings.update({ visuals: !settings.get().visuals });
    element.hidden = !settings.get().visuals;
    button.setAttribute('aria-pressed', String(settings.get().visuals));
    view.requestMeasure();
  }, 'pianoroll and scope');
  button.setAttribute('aria-pressed', String(settings.get().visuals));

  const select = (hap: WindowHap): void => {
    const ranges = highlights.rangesOf(hap);
    if (ranges.length === 0) return;
    view.dispatch({ selection: EditorSelection.create(ranges.map((r) => EditorSelection.range(r.from, r.to))), scrollIntoView: true });
    view.focus();
  };
  let started = false;
  let stop: (() => void) | undefined;
  let disposed = false;
  // Evaluations answered before the drawing code is here wait for it, in order.
  let show: (evaluated: Evaluated) => void;
  const early: Evaluated[] = [];
  show = (evaluated) => void early.push(evaluated);
  const stopListening = performance.onEvaluated((evaluated) => show(evaluated));
  const start = (parts: AudioParts): void => {
    if (started) return;
    started = true;
    import('../visuals/index.ts').then((visuals) => {
      if (disposed) return;
      const cps = (): number => performance.status().cps;
      const slide = (id: string, value: number): void => parts.runtime.slider(id, value);
      const code = new visuals.CodeVisuals({ view, highlights, analyser: parts.analyser, now, cps, onSelect: select, slide });
      show = (evaluated) => code.show(evaluated);
      for (const evaluated of early.splice(0)) code.show(evaluated);
      const frames = visuals.startVisuals({ roll, scope, window: highlights.window, analyser: parts.analyser, now, onSelect: select, visible: () => settings.get().visuals, code });
      stop = () => {
        frames();
        code.dispose();
      };
    }, (error: unknown) => notify(`the visuals could not load: ${errorText(error)}`));
  };
  const unsubscribe = audio.onState((state) => {
    const parts = audio.ready;
    if (state === 'running' && parts !== undefined) start(parts);
  });
  return {
    element,
    button,
    dispose: () => {
      disposed = true;
      unsubscribe();
      stopListening();
      stop?.();
    },
  };
}
