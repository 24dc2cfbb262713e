/** The Bounce button: the code rendered offline to a WAV file (the dialog and the renderer are downloads of their own). */
import { errorText, toolButton, type AppContext, type Feature } from './feature.ts';

export function bounceFeature({ view, settings, notify }: AppContext): Feature {
  const bounce = (): void => {
    import('../tools.ts').then(
      ({ openBounce }) => openBounce({ code: () => view.state.doc.toString(), cycles: settings.get().bounceCycles, onCycles: (n) => settings.update({ bounceCycles: n }) }),
      (error: unknown) => notify(`could not open the bounce: ${errorText(error)}`),
    );
  };
  return { element: toolButton('Bounce', 'Download the code as a WAV file', 'bounce', bounce), dispose: () => undefined };
}
