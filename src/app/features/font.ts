/** The text size control (A− and A+ around the size), which the editor's own keys change too. */
import { getFontSize, setFontSize } from '../../editor/index.ts';
import { el } from '../dom.ts';
import { toolButton, type AppContext, type Feature } from './feature.ts';

/** The control; `shown` is told the size whenever the editor's changes. */
export interface FontControl extends Feature {
  shown(size: number): void;
}

export function fontFeature({ view, settings }: Pick<AppContext, 'view' | 'settings'>): FontControl {
  const value = el('span', { class: 'font-size', 'data-readout': 'font-size', 'aria-label': 'text size in pixels' }, String(settings.get().fontSize));
  const step = (by: number) => (): void => setFontSize(view, getFontSize(view.state) + by);
  const element = el(
    'span',
    { class: 'font-control', title: 'Text size (Ctrl/Cmd + = / -)', role: 'group', 'aria-label': 'text size' },
    toolButton('A−', 'Smaller text', 'font-smaller', step(-2), 'smaller text'),
    value,
    toolButton('A+', 'Larger text', 'font-larger', step(2), 'larger text'),
  );
  return {
    element,
    shown(size) {
      value.textContent = String(size);
      view.dom.closest<HTMLElement>('.app')?.style.setProperty('--editor-font-size', `${size}px`);
      settings.update({ fontSize: size });
    },
    dispose: () => undefined,
  };
}
