/**
 * The language service in the performer's editor: completions, hover docs, signature help and
 * type warnings. TypeScript is large (megabytes), so it is loaded only after the first sound,
 * a moment after it, in its own worker: it never delays evaluation, and type errors are only
 * warnings that never stop code from playing.
 */
import type { EditorView } from '@codemirror/view';
import { useIntel } from './editor-setup.ts';

/** Where the language service is: not yet asked for, loading, ready, or failed (the editor works on without it). */
export type LanguageServiceState = 'waiting' | 'loading' | 'ready' | 'failed';

/** How long after the first sound the service starts loading, in milliseconds. */
export const LANGUAGE_SERVICE_DELAY = 300;

/** Loads the language service into the editor once, when {@link LanguageServiceLoader.soundStarted} is first called. */
export class LanguageServiceLoader {
  private current: LanguageServiceState = 'waiting';

  constructor(
    private readonly view: EditorView,
    /** Told of every change of state (e.g. to show it on the page). */
    private readonly onState: (state: LanguageServiceState, detail?: string) => void = () => {},
    private readonly delay: number = LANGUAGE_SERVICE_DELAY,
    /** Sound names beyond the built-in ones (loaded samples), to complete in `s("...")`. */
    private readonly sounds: () => readonly string[] = () => [],
  ) {}

  /** Where the service is now. */
  state(): LanguageServiceState {
    return this.current;
  }

  /** The first sound was scheduled: the service loads a moment later (later calls do nothing). */
  soundStarted(): void {
    if (this.current !== 'waiting') return;
    this.set('loading');
    setTimeout(() => void this.load(), this.delay);
  }

  private async load(): Promise<void> {
    try {
      // Both modules are their own chunks; TypeScript itself loads only in the service's worker.
      const [{ createIntel }, { intel }] = await Promise.all([import('../intel/index.ts'), import('../editor/intel.ts')]);
      const client = createIntel({ sounds: this.sounds() });
      const { coldStartMs } = await client.ready;
      useIntel(this.view, intel(client));
      this.set('ready', `ready in ${Math.round(coldStartMs)} ms`);
    } catch (error) {
      this.set('failed', error instanceof Error ? error.message : String(error));
    }
  }

  private set(state: LanguageServiceState, detail?: string): void {
    this.current = state;
    this.onState(state, detail);
  }
}
