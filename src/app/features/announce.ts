/**
 * What a screen reader says: one visually hidden, polite live region (WAI-ARIA's `aria-live`),
 * the app's single voice. It speaks the evaluations ("playing $drums, $bass"), their errors (with
 * line:col), stop, and every message for the performer (mutes and solos among them), whose toast
 * stays visible but silent, so that each is heard once. Rapid messages of one topic are said as
 * the latest only; messages of different topics that come together are said together.
 */
import { el } from '../dom.ts';
import { t } from '../i18n/index.ts';
import type { Performance, PerformanceNews } from '../performance.ts';
import type { Feature } from './feature.ts';

/** How long messages gather before they are said (ms): a burst of changes is said once, as it ended. */
export const ANNOUNCE_MS = 250;

/** Out of sight, still read (the usual visually-hidden rules, inline: nothing for the style sheet to lose). */
const HIDDEN = 'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap';

/** The live region; `say` speaks through it. */
export interface Announcer extends Feature {
  /**
   * Says `text` politely (after what the screen reader is saying). A later text of the same
   * `topic` within {@link ANNOUNCE_MS} replaces it; the same text said again is heard again.
   */
  say(text: string, topic?: string): void;
  /**
   * The `notify` of a visible message area (the toast, a live region of its own): the area shows
   * the message, made silent, and this region says it, so that it is heard once.
   */
  voiceOf(area: { readonly element: HTMLElement; notify(message: string): void }): (message: string) => void;
  /** Says what the performance does (evaluations, errors, stop), until disposed. */
  follow(performance: Performance): void;
}

/** The text a screen reader hears for a piece of the performance's news. */
export function newsText(news: PerformanceNews): string {
  const words = t().announce;
  switch (news.kind) {
    case 'evaluated':
      // Unlabelled code has no name to say: "playing" alone.
      return words.playing(news.labels.filter((label) => label !== ''));
    case 'error':
      return words.error(news.line, news.column, news.message);
    case 'stopped':
      return words.stopped;
  }
}

/** Makes the live region (append its `element` once, anywhere in the page). */
export function announcer(): Announcer {
  const element = el('div', { class: 'announcer', style: HIDDEN, 'aria-live': 'polite', 'aria-atomic': 'true', 'data-testid': 'announcer' });
  const pending = new Map<string, string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unfollow: (() => void)[] = [];
  const flush = (): void => {
    timer = undefined;
    element.textContent = [...new Set(pending.values())].join(' ');
    pending.clear();
  };
  const say = (text: string, topic = 'notice'): void => {
    if (text === '') return;
    // Emptied first, so that a text said again is a change the screen reader hears.
    if (timer === undefined) element.textContent = '';
    pending.delete(topic);
    pending.set(topic, text);
    clearTimeout(timer);
    timer = setTimeout(flush, ANNOUNCE_MS);
  };
  return {
    element,
    say,
    voiceOf(area) {
      area.element.setAttribute('aria-live', 'off');
      area.element.removeAttribute('role');
      return (message) => {
        area.notify(message);
        say(message);
      };
    },
    follow(performance) {
      // An error the playing code reports again and again is said once, until the next evaluation or stop.
      let playingError: string | undefined;
      unfollow.push(performance.onNews((news) => {
        const text = newsText(news);
        if (news.kind === 'error' && news.whilePlaying) {
          if (text === playingError) return;
          playingError = text;
        } else playingError = undefined;
        say(text, 'performance');
      }));
    },
    dispose() {
      clearTimeout(timer);
      for (const stop of unfollow.splice(0)) stop();
    },
  };
}
