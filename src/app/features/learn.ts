/** The Learn button and the learning panel beside the editor (tutorial and reference; see learn-panel.ts). */
import { LearnPanel } from '../learn-panel.ts';
import { toolButton, type AppContext, type Feature } from './feature.ts';

/** The panel (`element`, beside the editor) and its toolbar button. */
export interface Learn extends Feature {
  readonly button: HTMLButtonElement;
  /** Shows the page the URL names, and follows the URL from now on (once the panel is in the page). */
  start(): void;
}

export function learnFeature({ view, performance, now, notify }: AppContext): Learn {
  const panel = new LearnPanel({ performance, now, notify }, () => view.requestMeasure());
  const button = toolButton('Learn', 'The tutorial and the reference, with examples to play', 'learn', () =>
    panel.navigate(panel.shown() === undefined ? { page: 'tutorial' } : undefined),
  );
  return { element: panel.element, button, start: () => panel.start(), dispose: () => panel.stop() };
}
