/**
 * Sharing: a link holding the code (the Share button; the dialog is a download of its own), and
 * opening such a link, whose code is shown instead of the saved code (kept in the history first).
 */
import type { DocumentStorage } from '../../editor/index.ts';
import type { EvaluationHistory } from '../history.ts';
import { sharedCode } from '../share.ts';
import { errorText, toolButton, type AppContext, type Feature } from './feature.ts';

/** A shared link's code, if the page was opened from one, and what to tell the performer about it. */
export interface OpenedLink {
  readonly code?: string;
  readonly notice?: string;
}

/** Reads a shared link's code from the page's address (and takes it out of the address). */
export async function openSharedLink(documents: DocumentStorage, history: EvaluationHistory): Promise<OpenedLink> {
  const shared = await sharedCode(location.hash);
  if (shared instanceof Error) return { notice: shared.message };
  if (typeof shared !== 'string') return {};
  const saved = documents.load();
  let notice = 'opened shared code: press play to hear it';
  if (saved !== null && saved !== shared) {
    history.add({ time: Date.now(), code: saved, kind: 'replaced', ok: true });
    notice += ' (your previous code is in History)';
  }
  documents.save(shared);
  window.history.replaceState(null, '', location.pathname + location.search);
  return { code: shared, notice };
}

export function shareFeature({ view, notify }: AppContext): Feature {
  const share = (): void => {
    import('../tools.ts')
      .then(({ openShare }) => openShare(view.state.doc.toString(), location.href))
      .catch((error: unknown) => notify(errorText(error)));
  };
  return { element: toolButton('Share', 'Copy a link holding this code', 'share', share), dispose: () => undefined };
}
