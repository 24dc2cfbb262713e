/**
 * The app's audio: one AudioContext, the engine worklet, an analyser for the scope, and the
 * runtime that plays performer code through them. Its code is downloaded apart from the first
 * page. The runtime (its worker and performer realm, the longest load before a first sound) is
 * warmed as soon as the page shows, with the clock worklet (a few hundred bytes, see
 * clock-processor.ts); the engine's worklet module, the synths and effects, is added with the
 * first click (browsers let audio start only then anyway). Meanwhile the clock stamps from the
 * click's first audio block, so the runtime's clock settles and it schedules the first code as
 * it would with the engine there: its events wait in the engine's port until the engine is made.
 */
import type { EngineNode } from '../audio/worklet/node.ts';
import { LazySamples, type AppSamples, type SampleReports } from './lazy-samples.ts';

export type { SampleReports } from './lazy-samples.ts';
import type { Runtime } from './runtime/index.ts';

/** The runtime, warmed before the engine: with what is needed to add the engine later. */
interface Warm {
  readonly context: AudioContext;
  readonly parts: typeof import('./audio-parts.ts');
  readonly runtime: Runtime;
  /** Hands the engine to the runtime's port once made (or the failure to make it). */
  readonly engineMade: (engine: Promise<EngineNode>) => void;
}

/** The running audio parts. */
export interface AudioParts {
  readonly context: AudioContext;
  readonly engine: EngineNode;
  /** On the engine's output, for the scope. */
  readonly analyser: AnalyserNode;
  readonly runtime: Runtime;
  /** Loads the samples performer code declares into the engine (one per engine node). */
  readonly samples: AppSamples;
}


/** Where the audio is: not yet asked for, loading, waiting for a click, running, or failed. */
export type AudioState = 'idle' | 'loading' | 'suspended' | 'running' | 'failed';

/**
 * The audio, made once and on demand: {@link AudioSession.prepare} loads everything that does not
 * need a click; {@link AudioSession.start} (called from a click or key press) lets it sound.
 */
export class AudioSession {
  private context: AudioContext | undefined;
  private parts: Promise<AudioParts> | undefined;
  private warming: Promise<Warm> | undefined;
  private warmed: Warm | undefined;
  private loaded: AudioParts | undefined;
  private failure: unknown;
  private asked = false;
  private readonly listeners = new Set<(state: AudioState) => void>();

  constructor(private readonly sampleReports: SampleReports = {}) {}

  /** The parts, once loaded. */
  get ready(): AudioParts | undefined {
    return this.loaded;
  }

  /** Where the audio is now. */
  state(): AudioState {
    if (this.failure !== undefined) return 'failed';
    if (this.warming === undefined) return 'idle';
    // Warm is ready for a click: the engine's module is added with it.
    if (this.loaded === undefined) return this.warmed !== undefined && this.parts === undefined ? 'suspended' : 'loading';
    return this.loaded.context.state === 'running' ? 'running' : 'suspended';
  }

  /**
   * Whether the performer has asked for the audio ({@link AudioSession.start}, from a click or a
   * key): until it runs, it is loading, not waiting for a click.
   */
  requested(): boolean {
    return this.asked;
  }

  /** Why the audio failed, if it did. */
  error(): unknown {
    return this.failure;
  }

  /** The AudioContext, once asked for (it may still be suspended). */
  get audioContext(): AudioContext | undefined {
    return this.context;
  }

  /** The audio clock (0 before there is one). */
  now(): number {
    return this.context?.currentTime ?? 0;
  }

  /** Calls `callback` whenever {@link AudioSession.state} may have changed; returns a function that stops it. */
  onState(callback: (state: AudioState) => void): () => void {
    this.listeners.add(callback);
    return () => this.listeners.delete(callback);
  }

  /**
   * Loads the runtime (its worker and performer realm), not the engine: what the page does as
   * soon as it shows, so that a click finds the runtime ready.
   */
  warm(): Promise<Runtime> {
    return this.warm0().then((warm) => warm.runtime);
  }

  /** Loads and connects everything; the context stays suspended until {@link AudioSession.start}. */
  prepare(): Promise<AudioParts> {
    this.parts ??= this.load();
    this.emit();
    return this.parts;
  }

  /** Lets the audio sound (call it from a user gesture), loading it first if needed. */
  start(): Promise<AudioParts> {
    const context = this.ensureContext();
    this.asked = true;
    // Called in the gesture itself, before any await: that is what allows the audio to start.
    if (context.state !== 'running') void context.resume().then(() => this.emit(), () => this.emit());
    return this.prepare();
  }

  private ensureContext(): AudioContext {
    if (this.context === undefined) {
      const context = new AudioContext({ latencyHint: 'interactive' });
      context.addEventListener('statechange', () => this.emit());
      this.context = context;
    }
    return this.context;
  }

  private warm0(): Promise<Warm> {
    this.warming ??= (async () => {
      try {
        const context = this.ensureContext();
        const parts = await import('./audio-parts.ts');
        // The clock's tiny module makes the context's worklet scope now, so that the click only
        // has to add the engine's module to it; and the clock stamps from the click's first block.
        const clock = parts.createClockNode(context).catch(() => undefined);
        // The runtime's port reaches the engine once there is one; its messages wait there.
        let handOver: (engine: Promise<EngineNode>) => void = () => undefined;
        const engine = new Promise<EngineNode>((resolve, reject) => {
          handOver = (made) => made.then(resolve, reject);
        });
        const runtime = parts.createRuntime({
          engine: { connectPort: (port) => void engine.then((e) => e.connectPort(port), () => undefined) },
          clock: { keepPort: (port) => void clock.then((c) => (c === undefined ? port.close() : c.keepPort(port))) },
          context,
        });
        // The engine stamps from its first block: the clock stops once the engine is made (or cannot be).
        void engine.finally(() => clock.then((c) => c?.stop())).catch(() => undefined);
        this.warmed = { context, parts, runtime, engineMade: handOver };
        this.emit();
        return this.warmed;
      } catch (error) {
        this.failure = error;
        this.emit();
        throw error;
      }
    })();
    return this.warming;
  }

  private async load(): Promise<AudioParts> {
    const { context, parts, runtime, engineMade } = await this.warm0();
    try {
      const made = parts.createEngineNode(context);
      engineMade(made);
      const engine = await made.catch((error: unknown) => {
        runtime.dispose();
        throw error;
      });
      const analyser = context.createAnalyser();
      analyser.fftSize = 2048;
      analyser.smoothingTimeConstant = 0;
      engine.node.connect(analyser);
      analyser.connect(context.destination);
      const samples = new LazySamples(context, engine, this.sampleReports);
      this.loaded = { context, engine, analyser, runtime, samples };
      this.emit();
      return this.loaded;
    } catch (error) {
      this.failure = error;
      this.emit();
      throw error;
    }
  }

  private emit(): void {
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }
}
