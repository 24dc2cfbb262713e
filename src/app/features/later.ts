/**
 * What the first sound does not need loads after it: the language service (TypeScript, in its own
 * worker) and the rest of the editor's editing features. The page's `data-intel` says where the
 * language service is.
 */
import { loadEditing } from '../../editor/index.ts';
import { LanguageServiceLoader } from '../language-service.ts';
import { everyFrame, type AppContext, type Feature } from './feature.ts';

/** Watches for the first sound; `element` (the app's root) shows the language service's state. */
export function afterFirstSound({ view, audio, performance, notify }: AppContext, root: HTMLElement): Feature {
  const languageService = new LanguageServiceLoader(
    view,
    (state, detail) => {
      root.dataset['intel'] = state;
      if (state === 'failed') notify(`completions and type checks are unavailable: ${detail ?? 'unknown error'}`);
    },
    undefined,
    () => audio.ready?.samples.soundNames() ?? [],
  );
  let stop: (() => void) | undefined = everyFrame(() => {
    if (performance.status().eventsScheduled === 0) return;
    stop?.();
    stop = undefined;
    languageService.soundStarted();
    void loadEditing(view);
  });
  return { element: root, dispose: () => stop?.() };
}
