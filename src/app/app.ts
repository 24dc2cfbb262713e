/**
 * The weft app: the editor filling the page, the transport and tools above it in one row, a
 * status line of fixed height below it (mutes and solos, samples, what is loading, messages,
 * meters: status never moves the editor), the visuals at the bottom, wired to the audio and the
 * runtime. `startApp` makes the editor and the performance,
 * then composes the features (src/app/features/), each of which brings its element and takes
 * itself down again.
 */
import type { EditorView } from '@codemirror/view';
import { localStorageDocument } from '../editor/index.ts';
import { AudioSession } from './audio-session.ts';
import { el } from './dom.ts';
import { createEditor } from './editor-setup.ts';
import { audioFeature } from './features/audio.ts';
import { bounceFeature } from './features/bounce.ts';
import { dropFeature } from './features/drop.ts';
import { examplesFeature } from './features/examples.ts';
import type { AppContext, Feature } from './features/feature.ts';
import { fontFeature, fontSizeOf } from './features/font.ts';
import { historyFeature } from './features/history.ts';
import { keysFeature } from './features/keys.ts';
import { announcer } from './features/announce.ts';
import { afterFirstSound } from './features/later.ts';
import { learnFeature } from './features/learn.ts';
import { midiInFeature } from './features/midi-in.ts';
import { loadingReadout } from './features/loading.ts';
import { notice } from './features/notice.ts';
import { blockControls, sampleReadout } from './features/readouts.ts';
import { namesRoom, roomFeature } from './features/room.ts';
import { openSharedLink, shareFeature } from './features/share.ts';
import { stageFeature } from './features/stage.ts';
import { outputsFeature } from './features/outputs.ts';
import { transportFeature } from './features/transport.ts';
import { visualsFeature } from './features/visuals.ts';
import { LiveHighlights } from './highlights.ts';
import { t } from './i18n/index.ts';
import { EvaluationHistory } from './history.ts';
import { StatusModel, type WeftStatus } from './live-status.ts';
import { Performance } from './performance.ts';
import { browserStorage, SettingsStore } from './settings.ts';
import { welcome } from './welcome.ts';

/** What `window.weft` offers: a read-only view of the performance. */
export interface WeftApi {
  /** The performance at a glance (a fresh object each call). */
  status(): WeftStatus;
  /**
   * The audio time the speakers play at `performance.now()` time `ms`, as the outputs other than
   * weft's sound (MIDI) map it; undefined until one runs.
   */
  audioTimeAt(ms: number): number | undefined;
  /** In a room: the server's time (ms) at which audio time `time` is heard; undefined elsewhere, or before the clock is known. */
  serverTimeAt(time: number): number | undefined;
  /**
   * Calls `listener` with every batch of haps scheduled from now on, about a second ahead: the
   * times after which earlier haps were withdrawn (a swap), then each hap's audio time and
   * controls (for tools that follow the music). Returns the way to stop.
   */
  onHaps(listener: (batch: { readonly cancels: readonly { readonly time: number; readonly block?: string }[]; readonly haps: readonly { readonly time: number; readonly block?: string; readonly controls: Readonly<Record<string, unknown>> }[] }) => void): () => void;
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
  /** Takes every feature down (listeners, timers, frames); the page's elements stay. */
  dispose(): void;
}

/**
 * Builds the app into `root`: restores the saved code (or opens a shared link's code, or the
 * welcome pattern on a first visit), prepares the audio, and exposes `window.weft`.
 */
export async function startApp(root: HTMLElement): Promise<App> {
  const storage = browserStorage();
  const settings = new SettingsStore(storage);
  const documents = localStorageDocument();
  const history = new EvaluationHistory(storage);
  const status = new StatusModel();
  const messages = notice();
  // One voice for screen readers: the live region says what the toast shows (see announce.ts).
  const voice = announcer();
  const notify = voice.voiceOf(messages);
  const samples = sampleReadout({ notify, lineAt: (offset) => view.state.doc.lineAt(Math.min(offset, view.state.doc.length)).number });
  const controls = blockControls();
  const audio = new AudioSession(samples.reports);
  const loading = loadingReadout(audio);
  const opened = await openSharedLink(documents, history);
  const { notice: openedNotice } = opened;
  if (openedNotice !== undefined) setTimeout(() => notify(openedNotice), 0);
  const now = (): number => {
    const context = audio.ready?.context;
    return context === undefined ? 0 : context.currentTime - (context.outputLatency || 0);
  };

  // The performance and the editor refer to each other: the editor's callbacks run only later,
  // once both exist.
  const perform: AppContext['perform'] = (action) => {
    Promise.resolve(action(perf)).catch((error: unknown) => notify(t().status.audioFailed(error instanceof Error ? error.message : String(error))));
  };
  // A good evaluation of the whole code makes the sample failures of the code before it stale.
  const evaluateAll = (code: string): void => {
    outputs.prepare(code);
    const evaluation = samples.begin();
    perform(async (p) => {
      if (await p.evaluateAll(code)) samples.replaced(evaluation, code);
    });
  };
  const editorHost = el('main', { class: 'editor', 'data-testid': 'editor' });
  const view = createEditor(
    {
      // In a room the code is the room's, kept by the room: the performer's own saved code stays as it was.
      parent: editorHost, fallback: welcome(), fontSize: fontSizeOf(settings.get()), tabIndents: settings.get().tabIndents,
      storage: { load: () => documents.load(), save: (text) => (namesRoom(location.hash) ? undefined : documents.save(text)) },
      ...(opened.code === undefined ? {} : { doc: opened.code }),
    },
    {
      onEvaluate: evaluateAll,
      onEvaluateBlock: (block) => {
        outputs.prepare(block.text);
        samples.begin();
        perform((p) => p.evaluateBlock(block));
      },
      onStop: () => perform((p) => p.stop()),
      onMute: (block) => perform((p) => p.toggleMute(block)),
      onSolo: (block) => perform((p) => p.toggleSolo(block)),
      onChange: (changes) => highlights.tracker.map(changes),
      onFontSize: (size) => font.shown(size),
      onTabIndents: (indents) => {
        settings.update({ tabIndents: indents });
        notify(indents ? t().status.tabIndents : t().status.tabMoves);
      },
      now,
    },
  );
  const highlights = new LiveHighlights(view, now);
  const perf: Performance = new Performance({ view, audio, highlights, history, status, changed: () => controls.show(perf.state()), notify });
  const context: AppContext = { view, performance: perf, audio, history, settings, notify, now, perform };
  voice.follow(perf);

  const font = fontFeature(context, root);
  const stage = stageFeature(context, root);
  const transport = transportFeature(context, status, () => samples.stopped());
  const examples = examplesFeature(context);
  const learn = learnFeature(context);
  const historyTool = historyFeature(context);
  const share = shareFeature(context);
  const bounce = bounceFeature(context);
  const visuals = visualsFeature(context, highlights, voice);
  const keys = keysFeature(context);
  const outputs = outputsFeature(context, messages.element);
  const room = roomFeature(context, () => statusLine, () => documents.save(view.state.doc.toString()));
  const features: Feature[] = [
    messages, voice, samples, controls, loading, font, stage, transport, examples, learn, historyTool, share, bounce, visuals, keys, outputs, room,
    dropFeature(context, editorHost),
    midiInFeature(context, editorHost),
    audioFeature(context, root),
    afterFirstSound(context, root, (state) => loading.intel(state)),
  ];

  const toolbar = el(
    'div',
    { class: 'tools', role: 'group', 'aria-label': t().toolbar.toolsName },
    examples.element,
    learn.button,
    ...[historyTool, share, bounce, font].map((f) => f.element),
    visuals.button,
    keys.element,
    stage.element,
  );
  const header = el('header', { class: 'topbar' }, el('span', { class: 'brand', title: 'weft' }, 'weft'), transport.element, toolbar);
  const statusLine = el('div', { class: 'statusline', 'data-testid': 'statusline' }, controls.element, samples.element, loading.element, outputs.element, messages.element, transport.meters);
  root.replaceChildren(header, el('div', { class: 'workspace' }, editorHost, learn.element), statusLine, visuals.element, voice.element);
  learn.start();

  const api: WeftApi = Object.freeze({
    status: () => perf.status(),
    audioTimeAt: (ms: number) => outputs.audioTimeAt(ms),
    serverTimeAt: (time: number) => room.current()?.room.serverTimeAt(time),
    onHaps: (listener: Parameters<WeftApi['onHaps']>[0]) => perf.onHaps((batch) => listener(structuredClone(batch))),
  });
  Object.defineProperty(window, 'weft', { value: api, writable: false, enumerable: true, configurable: false });
  view.focus();
  return { view, performance: perf, audio, dispose: () => features.forEach((f) => f.dispose()) };
}
