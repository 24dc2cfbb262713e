/**
 * The stage: projector mode and line wrapping. Projector mode (Alt+P, or the toolbar's ▣ button)
 * gives large type (a font size of its own, 32 px at first), high contrast and a top bar reduced to
 * play, the tempo and the way back out; long lines wrap in it unless the performer turned that off.
 * Alt+Z wraps long lines or not, in the mode the performer is in. Both are kept in the settings.
 */
import { Compartment, StateEffect, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { setFontSize } from '../../editor/index.ts';
import { t } from '../i18n/index.ts';
import type { Settings } from '../settings.ts';
import { toolButton, type AppContext, type Feature } from './feature.ts';
import { fontSizeOf } from './font.ts';

/** Whether long lines wrap in the mode `settings` are in. */
export const wrapsLines = (settings: Pick<Settings, 'projector' | 'lineWrapping' | 'projectorWrapping'>): boolean =>
  settings.projector ? settings.projectorWrapping : settings.lineWrapping;

/** The stage keys, as `KeyboardEvent.code` with Alt alone (Option on a Mac, where Alt+letter types a character). */
export const STAGE_KEYS = { projector: 'KeyP', wrap: 'KeyZ' } as const;

/** The stage's toolbar button, and the keys. */
export interface Stage extends Feature<HTMLButtonElement> {
  /** Turns projector mode on or off. */
  toggleProjector(): void;
  /** Wraps long lines or not. */
  toggleWrap(): void;
}

/** Projector mode and line wrapping, shown on `root` (the app's element, `.projector`) and in the editor. */
export function stageFeature({ view, settings, notify }: Pick<AppContext, 'view' | 'settings' | 'notify'>, root: HTMLElement): Stage {
  const wrapping = new Compartment();
  const wrapExtension = (): Extension => (wrapsLines(settings.get()) ? EditorView.lineWrapping : []);
  view.dispatch({ effects: StateEffect.appendConfig.of(wrapping.of(wrapExtension())) });
  const words = t().stage;
  const button = toolButton('▣', t().toolbar.projectorTitle, 'projector', () => toggleProjector(), t().toolbar.projectorName);
  // Projector mode keeps only the `essential` tools in the top bar: this one, the way back out.
  button.classList.add('essential');
  const show = (): void => {
    const on = settings.get().projector;
    root.classList.toggle('projector', on);
    button.setAttribute('aria-pressed', String(on));
    view.dispatch({ effects: wrapping.reconfigure(wrapExtension()) });
  };
  const toggleProjector = (): void => {
    settings.update({ projector: !settings.get().projector });
    show();
    // The font feature keeps the size the editor reports in the mode's own setting.
    setFontSize(view, fontSizeOf(settings.get()));
    view.requestMeasure();
    notify(settings.get().projector ? words.projectorOn : words.projectorOff);
  };
  const toggleWrap = (): void => {
    const now = settings.get();
    settings.update(now.projector ? { projectorWrapping: !now.projectorWrapping } : { lineWrapping: !now.lineWrapping });
    show();
    notify(wrapsLines(settings.get()) ? words.wrapOn : words.wrapOff);
  };
  const onKey = (event: KeyboardEvent): void => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return;
    const action = event.code === STAGE_KEYS.projector ? toggleProjector : event.code === STAGE_KEYS.wrap ? toggleWrap : undefined;
    if (action === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };
  // Before the editor sees the key (and wherever the focus is).
  window.addEventListener('keydown', onKey, true);
  show();
  return { element: button, toggleProjector, toggleWrap, dispose: () => window.removeEventListener('keydown', onKey, true) };
}
