/**
 * The `?` button (the keys, and the choice of vim or emacs bindings; the overlay is a download of
 * its own), and the chosen bindings put back into the editor at start.
 */
import { keymapModes, type KeymapMode } from '../../editor/index.ts';
import { useKeymap } from '../editor-setup.ts';
import { errorText, toolButton, type AppContext, type Feature } from './feature.ts';

export function keysFeature({ view, settings, notify }: AppContext): Feature {
  const choose = (mode: KeymapMode): void => {
    useKeymap(view, mode).then(
      () => settings.update({ keymap: mode }),
      (error: unknown) => notify(`could not load ${mode} keys: ${errorText(error)}`),
    );
  };
  if (settings.get().keymap !== 'default') choose(settings.get().keymap);
  const help = (): void => {
    import('../help.ts').then(
      ({ openHelp }) => openHelp({ modes: keymapModes, current: settings.get().keymap, choose }),
      (error: unknown) => notify(`could not open the help: ${errorText(error)}`),
    );
  };
  return { element: toolButton('?', 'Keys, key bindings (vim, emacs) and help', 'help', help, 'help and keys'), dispose: () => undefined };
}
