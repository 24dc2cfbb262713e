/**
 * What is loading, in a slot of the status line: the audio, from the first click or key until it
 * runs (the first evaluation waits for it), and the language service (completions, hover docs,
 * type checks) after the first sound. Empty once both are ready (or have failed, which is said
 * once as a notice).
 */
import type { AudioSession } from '../audio-session.ts';
import { el } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { LanguageServiceState } from '../language-service.ts';
import type { Feature } from './feature.ts';

/** The loading slot; `intel` is told where the language service is. */
export interface LoadingReadout extends Feature {
  intel(state: LanguageServiceState): void;
}

/** What the slot says: the audio loading first, then the language service; empty when nothing loads. */
export function loadingText(audioLoading: boolean, intel: LanguageServiceState): string {
  if (audioLoading) return t().status.loadingAudio;
  return intel === 'loading' ? t().status.loadingIntel : '';
}

/** The loading slot of the status line, following `audio`. */
export function loadingReadout(audio: Pick<AudioSession, 'onState' | 'state' | 'requested'>): LoadingReadout {
  const element = el('span', { class: 'status-slot loading', 'data-readout': 'loading' });
  let intel: LanguageServiceState = 'waiting';
  const show = (): void => {
    const state = audio.state();
    const text = loadingText(audio.requested() && state !== 'running' && state !== 'failed', intel);
    if (element.textContent !== text) element.textContent = text;
    element.classList.toggle('busy', text !== '');
  };
  const unsubscribe = audio.onState(show);
  show();
  return {
    element,
    intel(state) {
      intel = state;
      show();
    },
    dispose: unsubscribe,
  };
}
