/**
 * The app's audio: one AudioContext, the engine worklet, an analyser for the scope, and the
 * runtime that plays performer code through them. Its code is downloaded apart from the first
 * page and prepared as soon as the page shows, so that the first click only has to resume the
 * context; browsers let audio start only after the performer interacts with the page.
 */
import type { EngineNode } from '../audio/worklet/node.ts';
import { LazySamples, type AppSamples, type SampleReports } from './lazy-samples.ts';

export type { SampleReports } from './lazy-samples.ts';
import type { Runtime } from './runtime/index.ts';

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
  private loaded: AudioParts | undefined;
  private failure: unknown;
  private readonly listeners = new Set<(state: AudioState) => void>();

  constructor(private readonly sampleReports: SampleReports = {}) {}

  /** The parts, once loaded. */
  get ready(): AudioParts | undefined {
    return this.loaded;
  }

  /** Where the audio is now. */
  state(): AudioState {
    if (this.failure !== undefined) return 'failed';
    if (this.parts === undefined) return 'idle';
    if (this.loaded === undefined) return 'loading';
    return this.loaded.context.state === 'running' ? 'running' : 'suspended';
  }

  /** Why the audio failed, if it did. */
  error(): unknown {
    return this.failure;
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

  /** Loads and connects everything; the context stays suspended until {@link AudioSession.start}. */
  prepare(): Promise<AudioParts> {
    this.parts ??= this.load();
    this.emit();
    return this.parts;
  }

  /** Lets the audio sound (call it from a user gesture), loading it first if needed. */
  start(): Promise<AudioParts> {
    const context = this.ensureContext();
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

  private async load(): Promise<AudioParts> {
    try {
      const context = this.ensureContext();
      const parts = await import('./audio-parts.ts');
      // The runtime first: its worker and performer realm load while the worklet's module is added
      // (the longest wait before a first sound); its port reaches the engine once there is one.
      const engineMade = parts.createEngineNode(context);
      const runtime = parts.createRuntime({ engine: { connectPort: (port) => void engineMade.then((e) => e.connectPort(port), () => undefined) }, context });
      const engine = await engineMade.catch((error: unknown) => {
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
