/**
 * The toolbar's dialogs: share a link to the code, bounce the code to a WAV file.
 */
import { el } from './dom.ts';
import { openOverlay, type Overlay } from './overlay.ts';
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
  const input = el('input', { class: 'share-url', type: 'text', readonly: true, value: url, 'aria-label': 'link to this code', spellcheck: 'false' });
  const overlay = openOverlay('share', 'Share', [
    el('p', {}, copied ? 'A link holding your code was copied to the clipboard:' : 'Copy this link; it holds your code:'),
    input,
    el('p', { class: 'hint' }, 'Opening it shows the code; nothing plays until the visitor presses play. The code travels in the link itself, never through a server.'),
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
  const cycles = el('input', { type: 'number', name: 'cycles', min: '1', max: '256', step: '1', value: String(dialog.cycles), 'aria-label': 'cycles' });
  const status = el('p', { class: 'bounce-status', role: 'status' });
  const button = el('button', { class: 'primary', 'data-action': 'render' }, 'Render WAV');
  const render = async (): Promise<void> => {
    const count = Number(cycles.value);
    if (!(count > 0 && count <= 256)) {
      status.textContent = 'Choose from 1 to 256 cycles.';
      return;
    }
    dialog.onCycles(count);
    button.disabled = true;
    status.textContent = 'Rendering…';
    try {
      const { bounceInWorker, download, bounceFileName } = await import('./bounce-client.ts');
      const result = await bounceInWorker({ code: dialog.code(), cycles: count });
      download(result.wav, bounceFileName());
      const peak = result.peakDb === -Infinity ? 'silent' : `peak ${result.peakDb.toFixed(1)} dBFS`;
      const warnings = result.warnings.length === 0 ? '' : ` Warnings: ${result.warnings.join('; ')}`;
      status.textContent = `Downloaded ${result.duration.toFixed(1)} s, ${result.events} events, ${peak}.${warnings}`;
      status.dataset['done'] = 'true';
    } catch (error) {
      status.textContent = `Could not bounce: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void render());
  cycles.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') void render();
  });
  const overlay = openOverlay('bounce', 'Bounce to WAV', [
    el('p', {}, 'Renders the code offline, from cycle 0, with the tails of the last sounds, as a 16-bit stereo WAV file.'),
    el('label', { class: 'field' }, el('span', { class: 'field-label' }, 'cycles'), cycles),
    button,
    status,
  ]);
  cycles.focus();
  cycles.select();
  return overlay;
}
