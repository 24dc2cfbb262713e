/**
 * What the first sound does not need loads after it: the language service (TypeScript, in its own
 * worker) and the rest of the editor's editing features. The page's `data-intel` says where the
 * language service is.
 */
import { loadEditing } from '../../editor/index.ts';
import { t } from '../i18n/index.ts';
import { LANGUAGE_SERVICE_DELAY, LanguageServiceLoader, type LanguageServiceState } from '../language-service.ts';
import { everyFrame, type AppContext, type Feature } from './feature.ts';

/**
 * Watches for the first sound; `element` (the app's root) shows the language service's state, and
 * `shown` is told it too (the status line says while it loads).
 */
export function afterFirstSound({ view, audio, performance, notify }: AppContext, root: HTMLElement, shown: (state: LanguageServiceState) => void = () => undefined): Feature {
  const languageService = new LanguageServiceLoader(
    view,
    (state, detail) => {
      root.dataset['intel'] = state;
      shown(state);
      if (state === 'failed') notify(t().status.intelFailed(detail ?? t().status.unknownError));
    },
    undefined,
    () => audio.ready?.samples.soundNames() ?? [],
  );
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stop: (() => void) | undefined = everyFrame(() => {
    if (performance.status().eventsScheduled === 0) return;
    stop?.();
    stop = undefined;
    languageService.soundStarted();
    // Not at once: the first events are due within a few milliseconds, and loading the editing
    // features (a download, a script to run and the editor reconfigured) would keep the main
    // thread from showing them. A key pressed meanwhile loads them at once (editing.ts).
    timer = setTimeout(() => void loadEditing(view), LANGUAGE_SERVICE_DELAY);
  });
  return {
    element: root,
    dispose: () => {
      stop?.();
      clearTimeout(timer);
    },
  };
}
