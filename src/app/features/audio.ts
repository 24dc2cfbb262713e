/**
 * The audio, wired to the page: its runtime warmed as soon as the page shows (so that the first
 * click only has to resume it and add the engine), started by the first click or key anywhere
 * (browsers allow sound only then),
 * attached to the performance once loaded. The page's `data-audio` says where it is.
 */
import { t } from '../i18n/index.ts';
import { errorText, type AppContext, type Feature } from './feature.ts';

/** Wires the audio; `element` is the app's root, which shows its state (`data-audio`). */
export function audioFeature({ audio, performance, notify }: AppContext, root: HTMLElement): Feature {
  const firstGesture = (): void => {
    removeGesture();
    audio.start().catch(() => undefined);
  };
  const removeGesture = (): void => {
    window.removeEventListener('pointerdown', firstGesture, true);
    window.removeEventListener('keydown', firstGesture, true);
  };
  window.addEventListener('pointerdown', firstGesture, true);
  window.addEventListener('keydown', firstGesture, true);
  const unsubscribe = audio.onState((state) => {
    root.dataset['audio'] = state;
    const parts = audio.ready;
    if (parts !== undefined) performance.attach(parts);
    if (state === 'failed') notify(t().status.audioFailed(errorText(audio.error())));
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => audio.warm().catch(() => undefined), 0);
  });
  return {
    element: root,
    dispose: () => {
      removeGesture();
      unsubscribe();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
  };
}
