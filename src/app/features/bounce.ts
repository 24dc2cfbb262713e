/** The Bounce button: the code rendered offline to a WAV file (the dialog and the renderer are downloads of their own). */
import { t } from '../i18n/index.ts';
import { errorText, toolButton, type AppContext, type Feature } from './feature.ts';

export function bounceFeature({ view, settings, notify }: AppContext): Feature {
  const bounce = (): void => {
    import('../tools.ts').then(
      ({ openBounce }) => openBounce({ code: () => view.state.doc.toString(), cycles: settings.get().bounceCycles, onCycles: (n) => settings.update({ bounceCycles: n }) }),
      (error: unknown) => notify(t().app.couldNotOpenBounce(errorText(error))),
    );
  };
  return { element: toolButton(t().app.bounce, t().app.bounceTitle, 'bounce', bounce), dispose: () => undefined };
}
