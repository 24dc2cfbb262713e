/**
 * What the status area says about the sample files performer code declares: how many are still
 * loading, and which failed (with the line of the `samples(...)` call that named them).
 */
import type { SampleLoadError, SampleProgress } from '../audio/index.ts';

/** A short readout of `progress`: `samples 3/8` while loading, `2 samples failed` after; empty when all loaded. */
export function sampleProgressText(progress: SampleProgress): string {
  const { requested, loaded, failed } = progress;
  if (loaded + failed < requested) return `samples ${loaded}/${requested}`;
  if (failed > 0) return `${failed} sample${failed === 1 ? '' : 's'} failed`;
  return '';
}

/** A failed file as `line 2: sample "kick" failed to load: HTTP 404 for kick.wav` (the line of its `samples(...)` call, from 1). */
export function sampleErrorText(error: SampleLoadError, lineAt?: (offset: number) => number): string {
  const at = error.locations[0];
  const line = at === undefined || lineAt === undefined ? '' : `line ${lineAt(at.start)}: `;
  const what = error.name === undefined ? `sample map ${error.url}` : `sample "${error.name}"${error.index ? ` #${error.index}` : ''}`;
  return `${line}${what} failed to load: ${error.message}`;
}

/** Whether a dropped file is audio (by its type, or by its extension when the browser gives none). */
export function isAudioFile(file: { readonly name: string; readonly type: string }): boolean {
  return file.type.startsWith('audio/') || /\.(wav|wave|mp3|ogg|oga|opus|flac|aiff?|m4a|aac|webm)$/i.test(file.name);
}
