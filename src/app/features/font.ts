/**
 * The text size control (A− and A+ around the size), which the editor's own keys change too. The
 * size is also the app's `--editor-font-size` (in px, on the app's root), which the visuals' labels
 * and the Learn panel's text follow. Projector mode keeps a size of its own.
 */
import { getFontSize, setFontSize } from '../../editor/index.ts';
import { el } from '../dom.ts';
import { t } from '../i18n/index.ts';
import { toolButton, type AppContext, type Feature } from './feature.ts';

/** The control; `shown` is told the size whenever the editor's changes. */
export interface FontControl extends Feature {
  shown(size: number): void;
}

/** The editor's font size in the mode the settings are in (projector mode or not). */
export const fontSizeOf = (settings: { readonly projector: boolean; readonly fontSize: number; readonly projectorFontSize: number }): number =>
  settings.projector ? settings.projectorFontSize : settings.fontSize;

/** The text size control; `root` (the app's element) gets the size as `--editor-font-size`. */
export function fontFeature({ view, settings }: Pick<AppContext, 'view' | 'settings'>, root: HTMLElement): FontControl {
  const words = t().toolbar;
  const size = getFontSize(view.state);
  const value = el('span', { class: 'font-size', 'data-readout': 'font-size', 'aria-label': words.fontValue }, String(size));
  const publish = (px: number): void => root.style.setProperty('--editor-font-size', `${px}px`);
  publish(size);
  const step = (by: number) => (): void => setFontSize(view, getFontSize(view.state) + by);
  const element = el(
    'span',
    { class: 'font-control', title: words.fontTitle, role: 'group', 'aria-label': words.fontGroup },
    toolButton('A−', words.smallerTitle, 'font-smaller', step(-2), words.smallerName),
    value,
    toolButton('A+', words.largerTitle, 'font-larger', step(2), words.largerName),
  );
  return {
    element,
    shown(px) {
      value.textContent = String(px);
      publish(px);
      settings.update(settings.get().projector ? { projectorFontSize: px } : { fontSize: px });
    },
    dispose: () => undefined,
  };
}
