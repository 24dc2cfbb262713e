/**
 * What the status line says about the sample files performer code declares: how many are still
 * loading, and which failed (with the line of the `samples(...)` call that named them), for as
 * long as the code that named them plays ({@link SampleFailures}).
 */
import type { SampleLoadError, SampleProgress } from '../audio/index.ts';
import { t } from './i18n/index.ts';

/** Whether files are still loading. */
const loading = ({ requested, loaded, failed }: SampleProgress): boolean => loaded + failed < requested;

/**
 * The readout of the files: `samples 3/8` while some are loading, else how many `failing` files
 * the code that plays names (`1 sample failed`), else nothing.
 */
export function sampleStatusText(progress: SampleProgress, failing: number): string {
  if (loading(progress)) return t().status.sampleProgress(progress.loaded, progress.requested);
  return failing > 0 ? t().status.samplesFailed(failing) : '';
}

/** A failed file as `line 2: sample "kick" failed to load: HTTP 404 for kick.wav` (the line of its `samples(...)` call, from 1). */
export function sampleErrorText(error: SampleLoadError, lineAt?: (offset: number) => number): string {
  const at = error.locations[0];
  const line = at === undefined || lineAt === undefined ? undefined : lineAt(at.start);
  const words = t().status;
  return error.name === undefined ? words.mapFailed(line, error.url, error.message) : words.sampleFailed(line, error.name, error.index, error.message);
}

const keyOf = (error: SampleLoadError): string => `${error.name ?? ''}\u0000${error.index ?? 0}\u0000${error.url}`;

/**
 * The sample failures that still matter: those of the code that plays. A failure is stamped with
 * the evaluation it came after; a good evaluation of the whole code forgets those of earlier code
 * (a file the new code still declares is tried again, and fails again if it must); stopping forgets
 * them all. An instrument the code names without declaring it (`gm_...`) is not tried again, so its
 * failure stays while the code still names it.
 */
export class SampleFailures {
  private readonly failures = new Map<string, { readonly error: SampleLoadError; readonly after: number }>();
  private evaluations = 0;

  /** An evaluation is sent; returns its number, for {@link SampleFailures.replaced}. */
  begin(): number {
    return ++this.evaluations;
  }

  /** A file or map failed (the same one again replaces it). */
  add(error: SampleLoadError): void {
    const key = keyOf(error);
    this.failures.delete(key);
    this.failures.set(key, { error, after: this.evaluations });
  }

  /** Evaluation `evaluation` of the whole code (`code`) was good: what earlier code named is forgotten. */
  replaced(evaluation: number, code: string): void {
    for (const [key, { error, after }] of this.failures) {
      const instrument = error.locations.length === 0 && error.name !== undefined;
      if (after < evaluation && !(instrument && code.includes(error.name ?? ''))) this.failures.delete(key);
    }
  }

  /** Nothing plays any more: every failure is forgotten. */
  clear(): void {
    this.failures.clear();
  }

  /** How many files or maps fail now. */
  get count(): number {
    return this.failures.size;
  }

  /** The latest failure still current. */
  latest(): SampleLoadError | undefined {
    return [...this.failures.values()].at(-1)?.error;
  }
}

/** Whether a dropped file is audio (by its type, or by its extension when the browser gives none). */
export function isAudioFile(file: { readonly name: string; readonly type: string }): boolean {
  return file.type.startsWith('audio/') || /\.(wav|wave|mp3|ogg|oga|opus|flac|aiff?|m4a|aac|webm)$/i.test(file.name);
}
