/**
 * Audio files dropped onto the editor become a `samples({...})` call at the line they land on,
 * and start loading at once (the editor would otherwise insert their bytes as text).
 */
import { loadEditing } from '../../editor/index.ts';
import { t } from '../i18n/index.ts';
import { isAudioFile } from '../sample-status.ts';
import { errorText, type AppContext, type Feature } from './feature.ts';

/** Handles drops on `host` (the editor's element, which is the feature's element). */
export function dropFeature({ view, audio, notify }: AppContext, host: HTMLElement): Feature {
  const drop = (event: DragEvent): void => {
    const files = [...(event.dataTransfer?.files ?? [])].filter(isAudioFile);
    if (files.length === 0) return;
    event.preventDefault();
    event.stopPropagation();
    // The editing features (the undo history among them) first, so that the insertion can be undone.
    void Promise.all([import('../../audio/worklet/samples.ts'), audio.prepare(), loadEditing(view).catch(() => undefined)]).then(([worklet, parts]) => {
      const dropped = worklet.dropToSamplesCall(files);
      const at = view.posAtCoords({ x: event.clientX, y: event.clientY });
      const from = at === null ? 0 : view.state.doc.lineAt(at).from;
      view.dispatch({ changes: { from, insert: dropped.code }, selection: { anchor: from + dropped.code.length }, userEvent: 'input.drop' });
      view.focus();
      void dropped.load(parts.samples);
      notify(t().app.samplesAdded(files.length));
    }, (error: unknown) => notify(t().app.couldNotAddFiles(errorText(error))));
  };
  host.addEventListener('drop', drop, true);
  return { element: host, dispose: () => host.removeEventListener('drop', drop, true) };
}
