/**
 * The toolbar's dialogs: share a link to the code, bounce the code to a WAV file.
 */
import { el } from './dom.ts';
import { dialogWords } from './i18n/dialog-words.ts';
import { openOverlay, type Overlay } from './overlay.ts';
import { roomSection } from './room/make-room.ts';
import { shareUrl } from './share.ts';

/** Makes a link holding `code`, copies it to the clipboard if the browser lets us, and shows it. */
export async function openShare(code: string, base: string): Promise<Overlay> {
  const url = await shareUrl(code, base);
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // No clipboard access (an insecure page, a denied permission): the link is shown to copy by hand.
  }
  const words = dialogWords();
  const input = el('input', { class: 'share-url', type: 'text', readonly: true, value: url, 'aria-label': words.shareLink, spellcheck: 'false' });
  const overlay = openOverlay('share', words.shareTitle, [
    el('p', {}, copied ? words.shareCopied : words.shareCopy),
    input,
    el('p', { class: 'hint' }, words.shareHint),
    roomSection(),
  ]);
  input.focus();
  input.select();
  return overlay;
}

/** What the bounce dialog needs. */
export interface BounceDialog {
  readonly code: () => string;
  readonly cycles: number;
  /** The cycles chosen (remembered for next time). */
  readonly onCycles: (cycles: number) => void;
}

/** Opens the bounce dialog: choose a number of cycles, render in a worker, download the WAV. */
export function openBounce(dialog: BounceDialog): Overlay {
  const words = dialogWords();
  const cycles = el('input', { type: 'number', name: 'cycles', min: '1', max: '256', step: '1', value: String(dialog.cycles) });
  const status = el('p', { class: 'bounce-status', role: 'status' });
  const button = el('button', { class: 'primary', 'data-action': 'render' }, words.render);
  const render = async (): Promise<void> => {
    const count = Number(cycles.value);
    if (!(count > 0 && count <= 256)) {
      status.textContent = words.cyclesRange;
      return;
    }
    dialog.onCycles(count);
    button.disabled = true;
    status.textContent = words.rendering;
    try {
      const { bounceInWorker, download, bounceFileName } = await import('./bounce-client.ts');
      const result = await bounceInWorker({ code: dialog.code(), cycles: count });
      download(result.wav, bounceFileName());
      status.textContent = words.bounced(result.duration, result.events, result.peakDb, result.warnings);
      status.dataset['done'] = 'true';
    } catch (error) {
      status.textContent = words.bounceFailed(error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void render());
  cycles.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void render();
  });
  const overlay = openOverlay('bounce', words.bounceTitle, [
    el('p', {}, words.bounceAbout),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, words.cycles), cycles),
    button,
    status,
  ]);
  cycles.focus();
  cycles.select();
  return overlay;
}
