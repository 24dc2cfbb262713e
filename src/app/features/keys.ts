/**
 * The `?` button (the settings – language, vim or emacs bindings, the MIDI clock followed – and the keys; the overlay is a
 * download of its own), and the chosen bindings put back into the editor at start.
 */
import { keymapModes, type KeymapMode } from '../../editor/index.ts';
import { useKeymap } from '../editor-setup.ts';
import { browserLanguage, t } from '../i18n/index.ts';
import { errorText, toolButton, type AppContext, type Feature } from './feature.ts';

export function keysFeature(context: AppContext): Feature {
  const { view, settings, notify } = context;
  const choose = (mode: KeymapMode): void => {
    useKeymap(view, mode).then(
      () => settings.update({ keymap: mode }),
      (error: unknown) => notify(t().settings.couldNotLoadKeys(mode, errorText(error))),
    );
  };
  if (settings.get().keymap !== 'default') choose(settings.get().keymap);
  const help = (): void => {
    Promise.all([import('../help.ts'), import('../midi/clock-session.ts')]).then(
      ([{ openHelp }, { clockField }]) =>
        openHelp(
          { modes: keymapModes, current: settings.get().keymap, choose },
          { current: settings.get().language, browser: browserLanguage(navigator.languages), choose: (language) => settings.update({ language }) },
          [clockField(context)],
        ),
      (error: unknown) => notify(t().help.couldNotOpen(errorText(error))),
    );
  };
  const words = t().help;
  return { element: toolButton('?', words.buttonTitle, 'help', help, words.buttonName), dispose: () => undefined };
}
