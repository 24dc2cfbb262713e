/** The History button: earlier evaluations to browse and put back (the panel is a download of its own). */
import { loadEditing } from '../../editor/index.ts';
import { t } from '../i18n/index.ts';
import type { AppContext, Feature } from './feature.ts';
import { errorText, toolButton } from './feature.ts';

/**
 * Replaces the whole document (undoably: the undo history is one of the editing features that load
 * after the first screen, so they are loaded first), keeping the code it replaces in the history.
 */
export async function replaceDocument({ view, history }: Pick<AppContext, 'view' | 'history'>, code: string): Promise<void> {
  // Without them (a failed download), the code is replaced all the same.
  await loadEditing(view).catch(() => undefined);
  const current = view.state.doc.toString();
  if (current === code) return;
  history.add({ time: Date.now(), code: current, kind: 'replaced', ok: true });
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code }, selection: { anchor: 0 }, scrollIntoView: true, userEvent: 'input.replace' });
  view.focus();
}

export function historyFeature(context: AppContext): Feature {
  const open = (): void => {
    import('../history-panel.ts').then(
      ({ openHistory }) => openHistory(context.history.entries(), (code) => void replaceDocument(context, code)),
      (error: unknown) => context.notify(t().history.cannotOpen(errorText(error))),
    );
  };
  return { element: toolButton(t().history.button, t().history.buttonTitle, 'history', open), dispose: () => undefined };
}
