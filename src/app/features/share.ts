/**
 * Sharing: a link holding the code (the Share button; the dialog is a download of its own), and
 * opening such a link, whose code is shown instead of the saved code (kept in the history first),
 * on a fresh visit or pasted into an open tab.
 */
import type { DocumentStorage } from '../../editor/index.ts';
import type { EvaluationHistory } from '../history.ts';
import { t } from '../i18n/index.ts';
import { errorText, toolButton, type AppContext, type Feature } from './feature.ts';

/** A shared link's code, if the page was opened from one, and what to tell the performer about it. */
export interface OpenedLink {
  readonly code?: string;
  readonly notice?: string;
}

/**
 * The shared link in the page's address, if any, taken out of the address: its code, or why it
 * cannot be read. The link's reader loads only for an address that holds one.
 */
async function takeLink(): Promise<string | Error | undefined> {
  // share.ts's SHARE_PARAM, not imported: that would bring the reader into the first page.
  if (!location.hash.includes('code=')) return undefined;
  const { sharedCode } = await import('../share.ts');
  const shared = await sharedCode(location.hash);
  if (shared !== undefined) window.history.replaceState(null, '', location.pathname + location.search);
  return shared;
}

/** Reads a shared link's code from the page's address (and takes it out of the address). */
export async function openSharedLink(documents: DocumentStorage, history: EvaluationHistory): Promise<OpenedLink> {
  const shared = await takeLink();
  if (shared === undefined) return {};
  if (shared instanceof Error) return { notice: shared.message };
  const saved = documents.load();
  documents.save(shared);
  return { code: shared, notice: opened(saved, shared, history) };
}

/** Keeps `current` in the history when a shared link's code replaces it, and says so. */
function opened(current: string | null, shared: string, history: EvaluationHistory): string {
  if (current === null || current === shared) return t().share.opened;
  history.add({ time: Date.now(), code: current, kind: 'replaced', ok: true });
  return t().share.openedKept;
}

export function shareFeature({ view, history, notify }: AppContext): Feature {
  const share = (): void => {
    import('../tools.ts')
      .then(({ openShare }) => openShare(view.state.doc.toString(), location.href))
      .catch((error: unknown) => notify(t().share.couldNotOpen(errorText(error))));
  };
  // A share link pasted into this tab's address bar only changes the hash: its code is offered
  // as on a fresh visit (what plays goes on until the performer evaluates).
  const follow = (): void => {
    void takeLink().then((shared) => {
      if (shared === undefined) return;
      if (shared instanceof Error) {
        notify(shared.message);
        return;
      }
      const current = view.state.doc.toString();
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: shared }, selection: { anchor: 0 } });
      notify(opened(current, shared, history));
    });
  };
  window.addEventListener('hashchange', follow);
  return {
    element: toolButton(t().share.button, t().share.buttonTitle, 'share', share),
    dispose: () => window.removeEventListener('hashchange', follow),
  };
}
