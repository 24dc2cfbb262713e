/**
 * The weft app: the editor filling the page, the transport and tools above it, the visuals
 * below, wired to the audio and the runtime. `startApp` builds it into a page.
 */
import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { getFontSize, keymapModes, localStorageDocument, setFontSize, type KeymapMode } from '../editor/index.ts';
import { AudioSession, type AudioParts } from './audio-session.ts';
import { el } from './dom.ts';
import { createEditor, useKeymap } from './editor-setup.ts';
import { exampleTitle, listExamples } from './examples.ts';
import type { WindowHap } from './hap-window.ts';
import { openHelp } from './help.ts';
import { LiveHighlights } from './highlights.ts';
import { EvaluationHistory } from './history.ts';
import { openHistory } from './history-panel.ts';
import { LanguageServiceLoader } from './language-service.ts';
import { LearnPanel } from './learn-panel.ts';
import { StatusModel, type WeftStatus } from './live-status.ts';
import { Performance } from './performance.ts';
import { isAudioFile, sampleErrorText, sampleProgressText } from './sample-status.ts';
import { browserStorage, loadSettings, saveSettings, type Settings } from './settings.ts';
import { sharedCode } from './share.ts';
import { openBounce, openShare } from './tools.ts';
import { Transport } from './transport.ts';
import { WELCOME } from './welcome.ts';

/** What `window.weft` offers: a read-only view of the performance. */
export interface WeftApi {
  /** The performance at a glance (a fresh object each call). */
  status(): WeftStatus;
}

declare global {
  interface Window {
    readonly weft?: WeftApi;
  }
}

/** The app, once started. */
export interface App {
  readonly view: EditorView;
  readonly performance: Performance;
  readonly audio: AudioSession;
}

/** How long a message for the performer stays. */
const NOTICE_MS = 2500;

function toolButton(label: string, title: string, action: string, onclick: () => void): HTMLButtonElement {
  // A click does not take the focus from the editor: the performer keeps typing after it.
  return el('button', { class: 'tool', title, 'data-action': action, onclick, onmousedown: (event: Event) => event.preventDefault() }, label);
}

/**
 * Builds the app into `root`: restores the saved code (or opens a shared link's code, or the
 * welcome pattern on a first visit), prepares the audio, and exposes `window.weft`.
 */
export async function startApp(root: HTMLElement): Promise<App> {
  const storage = browserStorage();
  let settings: Settings = loadSettings(storage);
  const updateSettings = (change: Partial<Settings>): void => {
    settings = { ...settings, ...change };
    saveSettings(storage, settings);
  };
  const documents = localStorageDocument();
  const history = new EvaluationHistory(storage);
  const status = new StatusModel();
  // The sample files performer code declares: their progress and failures show in the toolbar.
  const sampleReadout = el('span', { class: 'block-controls', 'data-readout': 'samples' });
  const audio = new AudioSession({
    onProgress: (progress) => {
      sampleReadout.textContent = sampleProgressText(progress);
      if (progress.failed === 0) sampleReadout.title = '';
    },
    onError: (error) => {
      const message = sampleErrorText(error, (offset) => view.state.doc.lineAt(Math.min(offset, view.state.doc.length)).number);
      sampleReadout.title = message;
      notify(message);
    },
  });

  // A shared link's code is shown instead of the saved code, which is kept in the history first.
  const shared = await sharedCode(location.hash);
  let startDoc: string | undefined;
  let sharedNotice: string | undefined;
  if (typeof shared === 'string') {
    const saved = documents.load();
    sharedNotice = 'opened shared code: press play to hear it';
    if (saved !== null && saved !== shared) {
      history.add({ time: Date.now(), code: saved, kind: 'replaced', ok: true });
      sharedNotice += ' (your previous code is in History)';
    }
    documents.save(shared);
    startDoc = shared;
    window.history.replaceState(null, '', location.pathname + location.search);
  }

  const editorHost = el('main', { class: 'editor', 'data-testid': 'editor' });
  const toast = el('div', { class: 'toast', role: 'status', 'aria-live': 'polite' });
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const notify = (message: string): void => {
    toast.textContent = message;
    toast.classList.add('shown');
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => toast.classList.remove('shown'), NOTICE_MS);
  };
  const firstNotice = shared instanceof Error ? shared.message : sharedNotice;
  if (firstNotice !== undefined) setTimeout(() => notify(firstNotice), 0);
  const audioHeard = (): number => {
    const context = audio.ready?.context;
    return context === undefined ? 0 : context.currentTime - (context.outputLatency || 0);
  };

  // The performance and the editor refer to each other: the editor's callbacks run only later,
  // once both exist.
  let perf: Performance | undefined;
  const perform = (action: (p: Performance) => Promise<unknown> | void): void => {
    if (perf === undefined) return;
    Promise.resolve(action(perf)).catch((error: unknown) => notify(`audio failed: ${error instanceof Error ? error.message : String(error)}`));
  };
  const fontValue = el('span', { class: 'font-size', 'data-readout': 'font-size' }, String(settings.fontSize));
  const view = createEditor(
    { parent: editorHost, fallback: WELCOME, fontSize: settings.fontSize, storage: documents, ...(startDoc === undefined ? {} : { doc: startDoc }) },
    {
      onEvaluate: (code) => perform((p) => p.evaluateAll(code)),
      onEvaluateBlock: (block) => perform((p) => p.evaluateBlock(block)),
      onStop: () => perform((p) => p.stop()),
      onMute: (block) => perform((p) => p.toggleMute(block)),
      onSolo: (block) => perform((p) => p.toggleSolo(block)),
      onChange: (changes) => highlights.tracker.map(changes),
      onFontSize: (size) => {
        fontValue.textContent = String(size);
        updateSettings({ fontSize: size });
      },
      now: audioHeard,
    },
  );
  const highlights = new LiveHighlights(view, audioHeard);
  const transport = new Transport({
    togglePlay: () => perform((p) => p.togglePlay()),
    setCps: (cps) => perform((p) => p.setCps(cps)),
  });
  const controls = el('span', { class: 'block-controls', 'data-readout': 'controls' });
  const changed = (): void => {
    if (perf === undefined) return;
    const { muted, soloed } = perf.controls();
    controls.textContent = [muted.length > 0 ? `muted ${muted.join(' ')}` : '', soloed.length > 0 ? `solo ${soloed.join(' ')}` : ''].filter(Boolean).join(' · ');
  };
  perf = new Performance({ view, audio, highlights, history, status, changed, notify });
  const app: App = { view, performance: perf, audio };
  const learn = new LearnPanel({ performance: perf, now: audioHeard, notify }, () => view.requestMeasure());
  // TypeScript's completions, docs and warnings: loaded after the first sound, never before.
  const languageService = new LanguageServiceLoader(
    view,
    (state, detail) => {
      root.dataset['intel'] = state;
      if (state === 'failed') notify(`completions and type checks are unavailable: ${detail ?? 'unknown error'}`);
    },
    undefined,
    () => audio.ready?.samples.soundNames() ?? [],
  );

  // Audio files dropped onto the editor become a `samples({...})` call at the line they land on,
  // and start loading at once (the editor would otherwise insert their bytes as text).
  editorHost.addEventListener(
    'drop',
    (event) => {
      const files = [...(event.dataTransfer?.files ?? [])].filter(isAudioFile);
      if (files.length === 0) return;
      event.preventDefault();
      event.stopPropagation();
      void Promise.all([import('../audio/worklet/index.ts'), audio.prepare()]).then(([worklet, parts]) => {
        const dropped = worklet.dropToSamplesCall(files);
        const at = view.posAtCoords({ x: event.clientX, y: event.clientY });
        const from = at === null ? 0 : view.state.doc.lineAt(at).from;
        view.dispatch({ changes: { from, insert: dropped.code }, selection: { anchor: from + dropped.code.length }, userEvent: 'input.drop' });
        view.focus();
        void dropped.load(parts.samples);
        notify(`added ${files.length} sample file${files.length === 1 ? '' : 's'}: evaluate to play them`);
      }, (error: unknown) => notify(`could not add the files: ${error instanceof Error ? error.message : String(error)}`));
    },
    true,
  );

  /** Replaces the whole document (undoably), keeping the code it replaces in the history. */
  const replaceDocument = (code: string): void => {
    const current = view.state.doc.toString();
    if (current === code) return;
    history.add({ time: Date.now(), code: current, kind: 'replaced', ok: true });
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code }, selection: { anchor: 0 }, scrollIntoView: true, userEvent: 'input.replace' });
    view.focus();
  };

  const examples = listExamples();
  const exampleMenu = el(
    'select',
    { class: 'tool', 'aria-label': 'open an example', title: 'Open an example performance (your code is kept in History)', 'data-action': 'examples' },
    el('option', { value: '' }, 'Examples…'),
    ...examples.map((example) => el('option', { value: example.id }, example.name)),
  );
  exampleMenu.addEventListener('change', () => {
    const example = examples.find((e) => e.id === exampleMenu.value);
    exampleMenu.value = '';
    if (example === undefined) return;
    void example.load().then((code) => {
      replaceDocument(code);
      notify(`opened ${exampleTitle(code) ?? example.name}; press play`);
    });
  });
  const applyKeymap = (mode: KeymapMode): void => {
    useKeymap(view, mode).then(
      () => updateSettings({ keymap: mode }),
      (error: unknown) => notify(`could not load ${mode} keys: ${String(error)}`),
    );
  };
  const stepFont = (step: number) => (): void => setFontSize(view, getFontSize(view.state) + step);
  const visualsPanel = el('section', { class: 'visuals', 'aria-label': 'visuals' });
  const tools = el(
    'div',
    { class: 'tools' },
    controls,
    sampleReadout,
    exampleMenu,
    toolButton('Learn', 'The tutorial and the reference, with examples to play', 'learn', () =>
      learn.navigate(learn.shown() === undefined ? { page: 'tutorial' } : undefined),
    ),
    toolButton('History', 'Browse and restore earlier evaluations', 'history', () => openHistory(history.entries(), replaceDocument)),
    toolButton('Share', 'Copy a link holding this code', 'share', () => void openShare(view.state.doc.toString(), location.href).catch((e: unknown) => notify(String(e)))),
    toolButton('Bounce', 'Download the code as a WAV file', 'bounce', () =>
      openBounce({ code: () => view.state.doc.toString(), cycles: settings.bounceCycles, onCycles: (n) => updateSettings({ bounceCycles: n }) }),
    ),
    el('span', { class: 'font-control', title: 'Text size (Ctrl/Cmd + = / -)' }, toolButton('A−', 'Smaller text', 'font-smaller', stepFont(-2)), fontValue, toolButton('A+', 'Larger text', 'font-larger', stepFont(2))),
    toolButton('◫', 'Show or hide the pianoroll and scope', 'visuals', () => {
      updateSettings({ visuals: !settings.visuals });
      visualsPanel.hidden = !settings.visuals;
      view.requestMeasure();
    }),
    toolButton('?', 'Keys, key bindings (vim, emacs) and help', 'help', () => openHelp({ modes: keymapModes, current: settings.keymap, choose: applyKeymap })),
  );
  const header = el('header', { class: 'topbar' }, el('span', { class: 'brand', title: 'weft' }, 'weft'), transport.element, tools);

  const rollCanvas = el('canvas', { class: 'pianoroll', 'aria-label': 'pianoroll: click a note to find its code' });
  const scopeCanvas = el('canvas', { class: 'oscilloscope', 'aria-label': 'oscilloscope' });
  visualsPanel.append(el('div', { class: 'visuals-frame roll' }, rollCanvas), el('div', { class: 'visuals-frame scope' }, scopeCanvas));
  visualsPanel.hidden = !settings.visuals;
  root.replaceChildren(header, el('div', { class: 'workspace' }, editorHost, learn.element), visualsPanel, toast);
  learn.start();
  if (settings.keymap !== 'default') applyKeymap(settings.keymap);

  const select = (hap: WindowHap): void => {
    const ranges = highlights.rangesOf(hap);
    if (ranges.length === 0) return;
    view.dispatch({ selection: EditorSelection.create(ranges.map((r) => EditorSelection.range(r.from, r.to))), scrollIntoView: true });
    view.focus();
  };
  let visualsStarted = false;
  const startVisuals = (parts: AudioParts): void => {
    if (visualsStarted) return;
    visualsStarted = true;
    void import('./visuals/index.ts').then((visuals) =>
      visuals.startVisuals({
        roll: rollCanvas,
        scope: scopeCanvas,
        window: highlights.window,
        analyser: parts.analyser,
        now: audioHeard,
        onSelect: select,
        visible: () => settings.visuals,
      }),
    );
  };

  // The first click or key anywhere starts the audio (browsers allow it only then); nothing plays yet.
  const firstGesture = (): void => {
    window.removeEventListener('pointerdown', firstGesture, true);
    window.removeEventListener('keydown', firstGesture, true);
    audio.start().catch(() => undefined);
  };
  window.addEventListener('pointerdown', firstGesture, true);
  window.addEventListener('keydown', firstGesture, true);
  audio.onState((state) => {
    root.dataset['audio'] = state;
    const parts = audio.ready;
    if (parts !== undefined) {
      perf?.attach(parts);
      if (state === 'running') startVisuals(parts);
    }
    if (state === 'failed') notify(`audio failed: ${String(audio.error())}`);
  });
  // Prepared as soon as the page shows, so that the first click only has to resume the audio.
  requestAnimationFrame(() => setTimeout(() => audio.prepare().catch(() => undefined), 0));

  const frame = (): void => {
    requestAnimationFrame(frame);
    const current = perf?.status();
    if (current !== undefined && current.eventsScheduled > 0) languageService.soundStarted();
    if (current !== undefined) transport.update({ audio: audio.state(), status: current, cpu: status.cpu(), level: status.peak(0.15) });
  };
  requestAnimationFrame(frame);

  const api: WeftApi = Object.freeze({ status: () => app.performance.status() });
  Object.defineProperty(window, 'weft', { value: api, writable: false, enumerable: true, configurable: false });
  view.focus();
  return app;
}
