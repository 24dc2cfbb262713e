/** Two readouts of the toolbar: the muted and soloed blocks, and how the sample files load. */
import type { SampleReports } from '../audio-session.ts';
import { el } from '../dom.ts';
import type { PerformanceState } from '../runtime/index.ts';
import { sampleProgressText, sampleErrorText } from '../sample-status.ts';
import type { Feature } from './feature.ts';

/** The muted and soloed blocks; `show` them after each change of the runtime's state. */
export interface BlockControls extends Feature {
  show(state: Pick<PerformanceState, 'mutes' | 'solos'> | undefined): void;
}

export function blockControls(): BlockControls {
  const element = el('span', { class: 'block-controls', 'data-readout': 'controls' });
  return {
    element,
    show({ mutes, solos } = { mutes: [], solos: [] }) {
      element.textContent = [mutes.length > 0 ? `muted ${mutes.join(' ')}` : '', solos.length > 0 ? `solo ${solos.join(' ')}` : ''].filter(Boolean).join(' · ');
    },
    dispose: () => undefined,
  };
}

/** The sample files performer code declares: their progress, and their failures (also told to the performer). */
export interface SampleReadout extends Feature {
  /** For the audio session, which loads the files. */
  readonly reports: SampleReports;
}

export function sampleReadout(options: { readonly notify: (message: string) => void; readonly lineAt: (offset: number) => number }): SampleReadout {
  const element = el('span', { class: 'block-controls', 'data-readout': 'samples' });
  return {
    element,
    reports: {
      onProgress: (progress) => {
        element.textContent = sampleProgressText(progress);
        if (progress.failed === 0) element.title = '';
      },
      onError: (error) => {
        const message = sampleErrorText(error, options.lineAt);
        element.title = message;
        options.notify(message);
      },
    },
    dispose: () => undefined,
  };
}
