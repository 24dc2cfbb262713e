/**
 * The app's words, in English: the dialogs' (share, bounce, and every dialog's close button). Apart
 * from the first screen's catalogue: they download with the dialogs (see `dialog-words.ts`).
 */
export const dialogs = {
  close: 'close',
  shareTitle: 'Share',
  shareLink: 'link to this code',
  shareCopied: 'A link holding your code was copied to the clipboard:',
  shareCopy: 'Copy this link; it holds your code:',
  shareHint: 'Opening it shows the code; nothing plays until the visitor presses play. The code travels in the link itself, never through a server.',
  bounceTitle: 'Bounce to WAV',
  bounceAbout: 'Renders the code offline, from cycle 0, with the tails of the last sounds, as a 16-bit stereo WAV file.',
  cycles: 'cycles',
  render: 'Render WAV',
  cyclesRange: 'Choose from 1 to 256 cycles.',
  rendering: 'Rendering…',
  /** A bounce done: `peakDb` is -Infinity when it is silent; `warnings` are the engine's (English) messages. */
  bounced: (seconds: number, events: number, peakDb: number, warnings: readonly string[]) =>
    `Downloaded ${seconds.toFixed(1)} s, ${events} ${events === 1 ? 'event' : 'events'}, ${peakDb === -Infinity ? 'silent' : `peak ${peakDb.toFixed(1)} dBFS`}.` +
    (warnings.length === 0 ? '' : ` Warnings: ${warnings.join('; ')}`),
  bounceFailed: (message: string) => `Could not bounce: ${message}`,
};

/** The dialogs' words: {@link dialogs}'s shape. */
export type DialogMessages = typeof dialogs;
