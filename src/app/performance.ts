/**
 * The performance: what the keys and the transport do. Evaluations go to the runtime with the
 * code's place in the document; errors are shown where they are and the previous code plays on;
 * every evaluation is kept in the history; mutes and solos find the block the cursor is in.
 * What plays, what is muted and what is soloed is read from the runtime's state (a read-only
 * mirror of the runtime worker's store): commands go to the worker, and nothing here keeps a copy.
 * Code can also be played from other views (the examples of the tutorial and the reference):
 * each view lights the haps of the code it sent.
 */
import type { EditorView } from '@codemirror/view';
import type { CodeBlock, LabelledBlock } from '../editor/index.ts';
import type { AudioParts, AudioSession } from './audio-session.ts';
import type { HapWindow } from './hap-window.ts';
import type { LiveHighlights } from './highlights.ts';
import { t } from './i18n/index.ts';
import { problemsShown, showProblems } from './problems.ts';
import { findBlock, type RoomHooks } from './room-hooks.ts';
import type { EvaluationHistory, HistoryKind } from './history.ts';
import type { StatusModel, WeftStatus } from './live-status.ts';
import type { ClientStatus, CodeError, EvaluateResult, HapBatch, PerformanceState, Runtime } from './runtime/index.ts';
import { baseLabel } from './runtime/messages.ts';
import type { UnheardSounds } from './unheard-sounds.ts';

/** A good evaluation of a view's code, as the visuals take it: its key, what it asks to draw, the code's range when a block. */
export interface Evaluated {
  readonly source: CodeSource;
  readonly key: string;
  readonly visuals: Extract<EvaluateResult, { ok: true }>['visuals'];
  readonly sliders: Extract<EvaluateResult, { ok: true }>['sliders'];
  /** The MIDI inputs the code listens to (`midin`), their calls as the code was sent (see `key`). */
  readonly midiInputs: Extract<EvaluateResult, { ok: true }>['midiInputs'];
  /** The document's range that was evaluated, as it is now. */
  readonly from: number;
  readonly to: number;
}

/**
 * What the performance did, for those who follow it by ear (the live region) and for what shows
 * which code plays (an evaluation or a stop may hand the playing over): an evaluation and
 * the labels of the blocks it plays (`''` for unlabelled code), an error where it is (of an
 * evaluation, or `whilePlaying`: reported by the runtime as the code plays), a stop.
 */
export type PerformanceNews =
  | { readonly kind: 'evaluated'; readonly labels: readonly string[] }
  | { readonly kind: 'error'; readonly line: number; readonly column: number; readonly message: string; readonly whilePlaying: boolean }
  | { readonly kind: 'stopped' };

/** What the performance needs. */
export interface PerformanceParts {
  readonly view: EditorView;
  readonly audio: AudioSession;
  readonly highlights: LiveHighlights;
  readonly history: EvaluationHistory;
  readonly status: StatusModel;
  /** Something the transport shows changed (an evaluation, a mute, an error). */
  readonly changed: () => void;
  /** A short message for the performer. */
  readonly notify: (message: string) => void;
}

/** A view whose code can be played: the performer's editor, or an example's. */
export interface CodeSource {
  readonly view: EditorView;
  readonly highlights: LiveHighlights;
}

/** The performance's controls, for the keys, the transport and `window.weft`. */
export class Performance {
  private wired: AudioParts | undefined;
  private wiredRuntime: Runtime | undefined;
  /** The performer's editor. */
  private readonly main: CodeSource;
  /** Other views that play code (see {@link Performance.addSource}). */
  private readonly others = new Set<CodeSource>();
  /** Where the code playing now came from: errors reported later are shown there. */
  private errorsTo: CodeSource;
  private readonly evaluatedListeners = new Set<(evaluated: Evaluated) => void>();
  private readonly newsListeners = new Set<(news: PerformanceNews) => void>();
  private readonly hapListeners = new Set<(batch: HapBatch) => void>();
  private readonly beatListeners = new Set<(status: ClientStatus) => void>();
  /**
   * What the engine reports it cannot play, told where the code names it: loaded with the first
   * report (most performances have none), so the first screen does without it.
   */
  private unheard: Promise<UnheardSounds> | undefined;
  /** The room joined, if any. */
  private room: RoomHooks | undefined;

  constructor(private readonly parts: PerformanceParts) {
    this.main = { view: parts.view, highlights: parts.highlights };
    this.errorsTo = this.main;
  }

  /**
   * Calls `listener` with every batch of haps the runtime schedules, the cancels of earlier haps
   * first, whichever runtime sends them (the outputs other than weft's sound read them: MIDI, OSC).
   * Returns the way to stop.
   */
  onHaps(listener: (batch: HapBatch) => void): () => void {
    this.hapListeners.add(listener);
    return () => this.hapListeners.delete(listener);
  }

  /** Calls `listener` with each of the runtime's heartbeats (whether it plays, its tempo), whichever runtime sends them. */
  onBeat(listener: (status: ClientStatus) => void): () => void {
    this.beatListeners.add(listener);
    return () => this.beatListeners.delete(listener);
  }

  /**
   * Says at the call `call(...)` that made hap `eventId` (else at all its places) what its output
   * cannot do with it (a missing MIDI port, a value MIDI cannot carry, no OSC bridge): once per
   * place; and, unless `tell` is false, once as a notice.
   */
  outputProblem(eventId: number, call: string, message: string, tell = true): void {
    void this.unheardSounds().then((unheard) => unheard.reportAt(eventId, call, message, tell));
  }

  /** Takes back the output problems that say `message` (the OSC bridge is there now). */
  withdrawOutputProblem(message: string): void {
    void this.unheard?.then((unheard) => unheard.withdraw(message));
  }

  /** The reports' handler, loaded with the first report. */
  private unheardSounds(): Promise<UnheardSounds> {
    this.unheard ??= import('./unheard-sounds.ts').then(({ UnheardSounds }) => new UnheardSounds(() => this.sources(), this.parts.notify, { showProblems, problemsShown }));
    return this.unheard;
  }

  /** Samples were declared or loaded: sounds reported unknown may play now (the engine says again if not). */
  samplesChanged(): void {
    void this.unheard?.then((unheard) => unheard.reset(true));
  }

  /** The status `window.weft.status()` reports. */
  status(): WeftStatus {
    return this.parts.status.status(this.parts.audio.now());
  }

  /**
   * The status of the performer's own code, as the transport shows it: while an example plays
   * (in place of the performer's code), the performer's code is not playing.
   */
  performerStatus(): WeftStatus {
    const status = this.status();
    return status.playing && this.errorsTo !== this.main ? { ...status, playing: false } : status;
  }

  /** The view whose code plays now (the performer's editor, or an example's), if any. */
  playingFrom(): CodeSource | undefined {
    return this.status().playing ? this.errorsTo : undefined;
  }

  /**
   * The haps the panel's visuals draw: the performer's, and those of every view that plays
   * through the performance (an example's highlights keep theirs here too).
   */
  get window(): HapWindow {
    return this.parts.highlights.window;
  }

  /** The performance as the runtime's store holds it (undefined before the audio is loaded). */
  state(): PerformanceState | undefined {
    return this.wiredRuntime?.state;
  }

  /** Joins a room (or leaves it, with undefined): see {@link RoomHooks}. */
  joinRoom(room: RoomHooks | undefined): void {
    this.room = room;
  }

  /**
   * Plays a room's evaluation made by another performer, from cycle `cycle` (as every peer does):
   * of the whole document, or of the block labelled `label`, found in this document by its label.
   */
  evaluateShared(code: string, cycle: number, label?: string): Promise<boolean> {
    const block = label === undefined ? undefined : findBlock(this.parts.view.state.doc.toString(), label, code);
    return this.evaluate(code, block, undefined, this.main, cycle);
  }

  /** Evaluates the whole document (Ctrl/Cmd+Enter, or play). */
  evaluateAll(code: string): Promise<boolean> {
    return this.evaluate(code, undefined, 'evaluate');
  }

  /** Evaluates the block under the cursor (Alt+Enter); the other blocks play on unchanged. */
  evaluateBlock(block: CodeBlock): Promise<boolean> {
    // A room's log holds labelled blocks and whole documents: an unlabelled block plays the document.
    if (this.room !== undefined && block.label === undefined) return this.evaluateAll(this.parts.view.state.doc.toString());
    return this.evaluate(block.text, block, 'block');
  }

  /**
   * Lets another view play code with {@link Performance.playFrom} and light its haps; returns a
   * function that forgets the view (call it when the view is destroyed).
   */
  addSource(source: CodeSource): () => void {
    this.others.add(source);
    return () => {
      this.others.delete(source);
      if (this.errorsTo === source) this.errorsTo = this.main;
    };
  }

  /**
   * Plays the code of another view (added with {@link Performance.addSource}) in place of
   * everything that plays (the runtime plays one program: the performer's code pauses, and the
   * transport's play button plays it again): its haps light that view, and its errors show
   * there. It is not kept in the history, which holds the performer's document.
   */
  playFrom(source: CodeSource, code: string): Promise<boolean> {
    return this.evaluate(code, undefined, undefined, source);
  }

  /** Calls `listener` after each good evaluation (of any view); returns a function that stops it. */
  onEvaluated(listener: (evaluated: Evaluated) => void): () => void {
    this.evaluatedListeners.add(listener);
    return () => this.evaluatedListeners.delete(listener);
  }

  /** Calls `listener` with each evaluation, error and stop (see {@link PerformanceNews}); returns a function that stops it. */
  onNews(listener: (news: PerformanceNews) => void): () => void {
    this.newsListeners.add(listener);
    return () => this.newsListeners.delete(listener);
  }

  private tell(news: PerformanceNews): void {
    for (const listener of this.newsListeners) listener(news);
  }

  /** Plays the performer's document (in place of an example playing), or stops it when it plays. */
  async togglePlay(): Promise<void> {
    if (this.performerStatus().playing) this.stop();
    else {
      // In a room, play joins what the room plays (its log), in time with everyone.
      const shared = this.room?.play();
      if (shared === undefined) await this.evaluateAll(this.parts.view.state.doc.toString());
      else await this.evaluate(shared, undefined, undefined);
    }
  }

  /** Stops the code of `source` if it is the code playing (an example's Stop leaves the performer's code alone). */
  stopFrom(source: CodeSource): void {
    if (this.playingFrom() === source) this.stop();
  }

  /** Stops everything at once (Ctrl/Cmd+.): silence, the clock stopped, blocks forgotten. */
  stop(): void {
    const runtime = this.parts.audio.ready?.runtime;
    runtime?.hush();
    runtime?.stop();
    for (const source of this.sources()) source.highlights.clear();
    this.errorsTo = this.main;
    this.tell({ kind: 'stopped' });
  }

  /** Sets the tempo in cycles per second. */
  async setCps(cps: number): Promise<void> {
    if (!(cps > 0) || !Number.isFinite(cps)) return;
    if (this.room !== undefined) return this.room.tempo(cps);
    (await this.runtime(false)).setCps(cps);
  }

  /** Sets a MIDI input's value for the code (its key from an evaluation's `midiInputs`): heard from the next events sent. */
  async midiIn(key: string, value: number | readonly number[]): Promise<void> {
    (await this.runtime(false)).midiIn(key, value);
  }

  /** Mutes the labelled block under the cursor, or unmutes it. */
  toggleMute(block: LabelledBlock): Promise<void> {
    return this.toggle(block, 'mutes', (runtime, label, on) => (on ? runtime.mute(label) : runtime.unmute(label)), [t().app.muted, t().app.unmuted]);
  }

  /** Solos the labelled block under the cursor, or ends its solo. */
  toggleSolo(block: LabelledBlock): Promise<void> {
    return this.toggle(block, 'solos', (runtime, label, on) => (on ? runtime.solo(label) : runtime.unsolo(label)), [t().app.soloed, t().app.soloEnded]);
  }

  /** Sends the command that turns a mute or solo of the block under the cursor the other way than the store has it. */
  private async toggle(block: LabelledBlock, list: 'mutes' | 'solos', send: (runtime: Runtime, label: string, on: boolean) => void, words: readonly [(block: string) => string, (block: string) => string]): Promise<void> {
    const label = this.playing(block);
    if (label === undefined) return;
    const runtime = await this.runtime(true);
    const on = !runtime.state[list].includes(label);
    send(runtime, label, on);
    this.parts.notify((on ? words[0] : words[1])(label));
  }

  private sources(): CodeSource[] {
    return [this.main, ...this.others];
  }

  /** Evaluates code of `source` (the performer's editor by default; kept in the history when `kind` is given). */
  private async evaluate(code: string, block: CodeBlock | undefined, kind: HistoryKind | undefined, source: CodeSource = this.main, shared?: number): Promise<boolean> {
    const { view, highlights } = source;
    // Taken now, before anything waits: the document as it was when the keys were pressed.
    const key = highlights.sent();
    void this.unheard?.then((unheard) => unheard.reset());
    const documentNow = view.state.doc.toString();
    const range = block === undefined ? undefined : this.rangeOf(block);
    const runtime = await this.runtime(true);
    // The performer's own evaluation in a room goes to its log, and plays from the cycle it says.
    const own = shared === undefined && kind !== undefined && source === this.main ? this.room : undefined;
    const cycle = shared ?? own?.nextCycle();
    const options = { key, ...(range === undefined ? {} : { block: range }), ...(cycle === undefined ? {} : { cycle }) };
    const result = await runtime.evaluate(code, options);
    if (result.ok && own !== undefined && cycle !== undefined) {
      own.publish(code, block?.label, cycle);
      if (result.cps !== own.cps()) own.tempo(result.cps, cycle);
    }
    if (kind !== undefined) this.parts.history.add({ time: Date.now(), code: documentNow, kind, ok: result.ok });
    if (!result.ok) {
      highlights.failed(key);
      this.tell({ kind: 'error', line: result.error.line, column: result.error.column, message: result.error.message, whilePlaying: false });
      await this.showError(result.error, source);
      return false;
    }
    this.errorsTo = source;
    // The files load while the code plays; their sounds start once loaded.
    // (The loader comes with the engine, which may still be loading on the first click.)
    const declared = result.samples;
    if (declared !== undefined) {
      void this.parts.audio.prepare().then((parts) => parts.samples.load(declared)).then(() => this.samplesChanged(), () => undefined);
    }
    this.parts.status.setError(null);
    // What the code asks for that is not heard is said at its call; the places, as the code was sent.
    highlights.placed(key, result.visuals.map((visual) => visual.at));
    const place = (at: { start: number; end: number }) => highlights.tracker.toCurrent(key, [at])[0];
    const warnings = result.warnings.flatMap(({ message, at }) => {
      const range = place(at);
      return range === undefined ? [] : [{ message, from: range.from, to: range.to }];
    });
    const evaluated = (range === undefined ? undefined : place({ start: range.from, end: range.to })) ?? { from: 0, to: view.state.doc.length };
    if (warnings.length > 0 || problemsShown()) {
      await showProblems(view, (p) => [p.clearEvaluationError.of(null), p.setEvaluationWarnings.of({ ...evaluated, warnings })]);
    }
    for (const listener of this.evaluatedListeners) listener({ source, key, visuals: result.visuals, sliders: result.sliders, midiInputs: result.midiInputs, ...evaluated });
    this.tell({ kind: 'evaluated', labels: [...new Set(result.blocks.filter((b) => !b.muted).map((b) => baseLabel(b.label)))] });
    this.parts.changed();
    return true;
  }

  private rangeOf(block: CodeBlock): { label?: string; from: number; to: number; line: number; column: number } {
    const line = this.parts.view.state.doc.lineAt(block.from);
    const range = { from: block.from, to: block.to, line: line.number, column: block.from - line.from + 1 };
    return block.label === undefined ? range : { label: block.label, ...range };
  }

  /** The unique label of the playing block the performer means (a repeated `$:` is told apart by place). */
  private playing(block: LabelledBlock): string | undefined {
    const candidates = (this.state()?.blocks ?? []).filter((b) => baseLabel(b.label) === block.label);
    if (candidates.length === 0) {
      this.parts.notify(t().app.notPlaying(block.label));
      return undefined;
    }
    const distance = (b: { readonly from: number }): number => Math.abs(b.from - block.from);
    return candidates.reduce((best, b) => (distance(b) < distance(best) ? b : best)).label;
  }

  /** Shows an error where it is: an evaluation's replaces every error, a block's only that block's. */
  private showError(error: CodeError, source: CodeSource = this.errorsTo, block?: string): Promise<void> {
    this.parts.status.setError(error);
    const doc = source.view.state.doc;
    const from = Math.max(0, Math.min(error.from, doc.length));
    const to = Math.max(from, Math.min(error.to, doc.length));
    const problem = { message: error.message, from, to, line: error.line, column: error.column };
    this.parts.changed();
    return showProblems(source.view, (p) => [block === undefined ? p.showEvaluationError.of(problem) : p.showBlockError.of({ ...problem, block })]);
  }

  /** Wires the audio's reports to the app (once per set of parts). */
  attach(parts: AudioParts): void {
    if (this.wired === parts) return;
    this.wired = parts;
    this.attachRuntime(parts.runtime);
    parts.engine.onStats((stats) => this.parts.status.stats(stats));
    parts.engine.onError((error) => {
      void this.unheardSounds().then((unheard) => unheard.report(error));
    });
  }

  /** Wires the runtime's reports to the app (once per runtime): before the engine is there, its first haps already light. */
  private attachRuntime(runtime: Runtime): void {
    if (this.wiredRuntime === runtime) return;
    this.wiredRuntime = runtime;
    runtime.onStatus((status) => {
      this.parts.status.runtime(status);
      for (const listener of this.beatListeners) listener(status);
    });
    runtime.onHaps((batch) => {
      for (const source of this.sources()) source.highlights.receive(batch);
      for (const listener of this.hapListeners) listener(batch);
    });
    runtime.onError((error) => {
      this.tell({ kind: 'error', line: error.line, column: error.column, message: error.message, whilePlaying: true });
      void this.showError(error, this.errorsTo, error.label);
    });
    runtime.onState((state) => {
      for (const source of this.sources()) source.highlights.played(state.keys);
      this.parts.changed();
    });
  }

  /**
   * The runtime, wired; `start` also lets the audio sound. It does not wait for the engine, which
   * loads meanwhile (with the first click): what the runtime sends it waits in its port.
   */
  private async runtime(start: boolean): Promise<Runtime> {
    const audio = this.parts.audio;
    const full = start ? audio.start() : audio.prepare();
    full.then((parts) => this.attach(parts), () => undefined);
    // The same runtime the full parts will hold: warm is part of loading them.
    const runtime = await audio.warm();
    this.attachRuntime(runtime);
    return runtime;
  }
}

