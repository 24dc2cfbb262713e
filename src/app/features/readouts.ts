/**
 * Two readouts of the status line: the muted and soloed blocks, and how the sample files load
 * (and which fail, for as long as the code that named them plays).
 */
import type { SampleProgress } from '../../audio/index.ts';
import type { SampleReports } from '../audio-session.ts';
import { el } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { PerformanceState } from '../runtime/index.ts';
import { SampleFailures, sampleErrorText, sampleStatusText } from '../sample-status.ts';
import type { Feature } from './feature.ts';

/** The muted and soloed blocks; `show` them after each change of the runtime's state. */
export interface BlockControls extends Feature {
  show(state: Pick<PerformanceState, 'mutes' | 'solos'> | undefined): void;
}

/** The readout of the muted and soloed blocks (`muted $bass · solo $drums`). */
export function blockControls(): BlockControls {
  const element = el('span', { class: 'status-slot block-controls', 'data-readout': 'controls' });
  return {
    element,
    show({ mutes, solos } = { mutes: [], solos: [] }) {
      const words = t().status;
      const text = [mutes.length > 0 ? words.muted(mutes.join(' ')) : '', solos.length > 0 ? words.solo(solos.join(' ')) : ''].filter(Boolean).join(' · ');
      if (element.textContent !== text) element.textContent = text;
      element.title = text;
    },
    dispose: () => undefined,
  };
}

/** The sample files performer code declares: their progress, and their failures (also told to the performer). */
export interface SampleReadout extends Feature {
  /** For the audio session, which loads the files. */
  readonly reports: SampleReports;
  /** An evaluation is sent; returns its number, for {@link SampleReadout.replaced}. */
  begin(): number;
  /** Evaluation `evaluation` of the whole code was good: failures of earlier code are stale. */
  replaced(evaluation: number, code: string): void;
  /** Nothing plays any more: no failure is current. */
  stopped(): void;
}

/** The readout of the sample files (`samples 3/8`, `1 sample failed`, the latest failure as its title). */
export function sampleReadout(options: { readonly notify: (message: string) => void; readonly lineAt: (offset: number) => number }): SampleReadout {
  const element = el('span', { class: 'status-slot sample-status', 'data-readout': 'samples' });
  const failures = new SampleFailures();
  let progress: SampleProgress = { requested: 0, loaded: 0, failed: 0 };
  const show = (): void => {
    const text = sampleStatusText(progress, failures.count);
    if (element.textContent !== text) element.textContent = text;
    const latest = failures.latest();
    element.title = latest === undefined ? '' : sampleErrorText(latest, options.lineAt);
  };
  return {
    element,
    reports: {
      onProgress: (now) => {
        progress = { ...now };
        show();
      },
      onError: (error) => {
        failures.add(error);
        show();
        options.notify(sampleErrorText(error, options.lineAt));
      },
    },
    begin: () => failures.begin(),
    replaced(evaluation, code) {
      failures.replaced(evaluation, code);
      show();
    },
    stopped() {
      failures.clear();
      show();
    },
    dispose: () => undefined,
  };
}
