/**
 * The app's sample loader, downloaded with the first code that declares samples or plays a
 * General MIDI instrument (`gm_*`): most first sounds need neither, and the loader (fetching, decoding, sample maps) stays off the first screen.
 * What the engine asks for before it is here waits for it.
 */
import type { SampleDeclaration, SampleLoader, SampleLoadError, SampleLoadReport, SampleProgress } from '../audio/index.ts';
import type { EngineNode } from '../audio/worklet/node.ts';

/** Told how sample files are loading (the app's audio session). */
export interface SampleReports {
  readonly onProgress?: (progress: SampleProgress) => void;
  readonly onError?: (error: SampleLoadError) => void;
}


/** What the app asks of its sample loader. */
export type AppSamples = Pick<SampleLoader, 'load' | 'soundNames'>;

/** A loader for `engine`'s samples, decoded by `context`, made at its first load. */
export class LazySamples implements AppSamples {
  private made: Promise<SampleLoader> | undefined;
  private loader: SampleLoader | undefined;
  /** The engine's requests for files (of sample maps) before the loader is here. */
  private readonly wanted: [string, number][] = [];
  private want: ((name: string, index: number) => void) | undefined;

  constructor(
    private readonly context: BaseAudioContext,
    private readonly engine: EngineNode,
    private readonly reports: SampleReports,
  ) {
    engine.onSampleWanted((name, index) => {
      if (this.want !== undefined) return this.want(name, index);
      this.wanted.push([name, index]);
      // Before the loader is here the engine asks only for instruments the code names (gm_...):
      // they need it even when no samples are declared.
      void this.get();
    });
  }

  load(declarations: readonly SampleDeclaration[]): Promise<SampleLoadReport> {
    if (declarations.length === 0 && this.loader === undefined) return Promise.resolve({ loaded: 0, errors: [] });
    return this.get().then((loader) => loader.load(declarations));
  }

  soundNames(): string[] {
    return this.loader?.soundNames() ?? [];
  }

  private get(): Promise<SampleLoader> {
    this.made ??= import('../audio/worklet/samples.ts').then(({ createSampleLoader }) => {
      const { onProgress, onError } = this.reports;
      const engine = {
        ...this.engine,
        onSampleWanted: (callback: (name: string, index: number) => void) => {
          this.want = callback;
          for (const [name, index] of this.wanted.splice(0)) callback(name, index);
          return () => undefined;
        },
      };
      this.loader = createSampleLoader({ context: this.context, engine, ...(onProgress && { onProgress }), ...(onError && { onError }) });
      return this.loader;
    });
    return this.made;
  }
}
