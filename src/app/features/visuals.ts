/**
 * The pianoroll and the scope below the editor, and the button that shows or hides them; and the
 * visuals the code asks for (`._pianoroll()` under its line, `.pianoroll()` behind the code).
 * Their drawing code loads when the audio first runs; a note clicked in a roll selects its code.
 * The roll has a text alternative, on request (its `notes` button, or Alt+Shift+N anywhere): the
 * notes playing, block by block, said through the live region and shown over the roll.
 */
import { EditorSelection } from '@codemirror/state';
import type { AudioParts } from '../audio-session.ts';
import { el } from '../dom.ts';
import type { WindowHap } from '../hap-window.ts';
import type { LiveHighlights } from '../highlights.ts';
import type { Evaluated } from '../performance.ts';
import { t } from '../i18n/index.ts';
import type { Announcer } from './announce.ts';
import { errorText, toolButton, type AppContext, type Feature } from './feature.ts';

/** How long the notes read stay shown over the roll (ms). */
const NOTES_SHOWN_MS = 10_000;

/** True for the key that reads the notes playing: Alt+Shift+N (by the key's place, as Alt changes the character on a Mac). */
const isNotesKey = (event: KeyboardEvent): boolean => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN';

/** The panel (`element`, below the editor) and its toolbar button. */
export interface Visuals extends Feature {
  readonly button: HTMLButtonElement;
}

export function visualsFeature({ view, audio, settings, now, notify, performance }: AppContext, highlights: LiveHighlights, voice: Announcer): Visuals {
  const words = t().visuals;
  const roll = el('canvas', { class: 'pianoroll', role: 'img', 'aria-label': words.roll });
  const scope = el('canvas', { class: 'oscilloscope', role: 'img', 'aria-label': words.scope });
  const notesText = el('p', { class: 'roll-notes', 'data-readout': 'notes' });
  notesText.hidden = true;
  const notesButton = el('button', { class: 'roll-notes-button', type: 'button', title: words.notesTitle, 'aria-keyshortcuts': 'Alt+Shift+N', 'data-action': 'notes', onclick: () => requestNotes(), onmousedown: (event: Event) => event.preventDefault() }, words.notesButton);
  const element = el(
    'section',
    { class: 'visuals', 'aria-label': words.panel },
    el('div', { class: 'visuals-frame roll' }, roll, notesText, notesButton),
    el('div', { class: 'visuals-frame scope' }, scope),
  );
  element.hidden = !settings.get().visuals;
  const button = toolButton('◫', words.toggleTitle, 'visuals', () => {
    settings.update({ visuals: !settings.get().visuals });
    element.hidden = !settings.get().visuals;
    button.setAttribute('aria-pressed', String(settings.get().visuals));
    view.requestMeasure();
  }, words.toggleName);
  button.setAttribute('aria-pressed', String(settings.get().visuals));

  // The text alternative: what the roll draws now, in words (the visuals' code loads for it if need be).
  let notesTimer: ReturnType<typeof setTimeout> | undefined;
  const readNotes = async (): Promise<void> => {
    const haps = highlights.window.haps();
    const blocks = haps.length === 0 ? [] : (await import('../visuals/index.ts')).playingNotes(haps, now());
    const text = t().visuals.notes(blocks);
    if (element.hidden) {
      // The panel is hidden: the message area shows it (and the live region says it).
      notify(text);
      return;
    }
    notesText.textContent = text;
    notesText.hidden = false;
    voice.say(text, 'notes');
    clearTimeout(notesTimer);
    notesTimer = setTimeout(() => (notesText.hidden = true), NOTES_SHOWN_MS);
  };
  const requestNotes = (): void => {
    readNotes().catch((error: unknown) => notify(t().visuals.loadFailed(errorText(error))));
  };
  const onKey = (event: KeyboardEvent): void => {
    if (!isNotesKey(event)) return;
    event.preventDefault();
    requestNotes();
  };
  document.addEventListener('keydown', onKey);

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
    }, (error: unknown) => notify(t().visuals.loadFailed(errorText(error))));
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
      document.removeEventListener('keydown', onKey);
      clearTimeout(notesTimer);
      unsubscribe();
      stopListening();
      stop?.();
    },
  };
}
