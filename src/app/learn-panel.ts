/**
 * The learning panel beside the editor: the tutorial and the reference, each example playable
 * with one click. It follows the URL's hash (`#tutorial`, `#reference`, `#ref-fast`...), so the
 * pages can be linked and the browser's Back button closes them; the pages themselves load the
 * first time they are shown.
 */
import { el } from './dom.ts';
import type { ExamplePlayer } from './example-host.ts';
import { t } from './i18n/index.ts';
import type { LearnPages } from './learn-pages.ts';
import { learnHash, learnRoute, type LearnPage, type LearnRoute } from './learn-routes.ts';

/** The panel; `element` goes beside the editor. */
export class LearnPanel {
  readonly element: HTMLElement;
  private readonly pageElements: Readonly<Record<LearnPage, HTMLElement>>;
  private readonly tabs: Readonly<Record<LearnPage, HTMLButtonElement>>;
  private pages: Promise<LearnPages> | undefined;
  private page: LearnPage | undefined;
  private readonly onHash = (): void => void this.follow(location.hash);

  constructor(
    private readonly player: ExamplePlayer,
    /** The panel was shown or hidden (the editor beside it changed size). */
    private readonly onLayout: () => void = () => {},
    /** Escape closed the panel from within it: where the keyboard goes back to. */
    private readonly onEscape: () => void = () => {},
  ) {
    const words = t().learn;
    const tab = (page: LearnPage): HTMLButtonElement =>
      el('button', { class: 'learn-tab', role: 'tab', 'data-learn-tab': page, onclick: () => this.navigate({ page }) }, words[page]);
    this.tabs = { tutorial: tab('tutorial'), reference: tab('reference') };
    const page = (name: LearnPage): HTMLElement => el('div', { class: 'learn-page', role: 'tabpanel', 'data-page': name, hidden: true });
    this.pageElements = { tutorial: page('tutorial'), reference: page('reference') };
    const close = el('button', { class: 'overlay-close', 'aria-label': words.close, title: words.closeTitle, 'data-action': 'close-learn', onclick: () => this.navigate(undefined) }, '×');
    this.element = el(
      'aside',
      { class: 'learn', 'aria-label': words.panel, 'data-panel': 'learn', hidden: true },
      el('div', { class: 'learn-head' }, el('nav', { class: 'learn-tabs', role: 'tablist', 'aria-label': words.tabs }, this.tabs.tutorial, this.tabs.reference), close),
      this.pageElements.tutorial,
      this.pageElements.reference,
    );
    // Escape closes the panel from anywhere in it, unless an example's editor used the key.
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented || this.page === undefined) return;
      event.preventDefault();
      this.navigate(undefined);
      this.onEscape();
    });
  }

  /** The page shown, if the panel is open. */
  shown(): LearnPage | undefined {
    return this.page;
  }

  /** Shows the page the URL names now, and follows the URL's hash from now on. */
  start(): void {
    window.addEventListener('hashchange', this.onHash);
    void this.follow(location.hash);
  }

  /** Stops following the URL's hash. */
  stop(): void {
    window.removeEventListener('hashchange', this.onHash);
  }

  /** Follows the URL's hash: shows the page it names, or hides the panel when it names none. */
  follow(hash: string): Promise<void> {
    const route = learnRoute(hash);
    if (route !== undefined) return this.show(route);
    this.hide();
    return Promise.resolve();
  }

  /** Opens the page of `route` (updating the URL), or closes the panel (`undefined`). */
  navigate(route: LearnRoute | undefined): void {
    if (route === undefined) {
      if (learnRoute(location.hash) !== undefined) history.pushState(null, '', location.pathname + location.search);
      this.hide();
      return;
    }
    const hash = learnHash(route);
    // A new hash is followed (see start); the same one is shown again here.
    if (location.hash !== hash) location.hash = hash;
    else void this.show(route);
  }

  /** Opens the panel at the page of `route` when closed or at another page; closes it otherwise. */
  toggle(page: LearnPage): void {
    this.navigate(this.page === page ? undefined : { page });
  }

  /** Shows the page of `route` (loading it the first time). */
  async show(route: LearnRoute): Promise<void> {
    const wasHidden = this.element.hidden;
    this.page = route.page;
    this.element.hidden = false;
    for (const name of ['tutorial', 'reference'] as const) {
      this.pageElements[name].hidden = name !== route.page;
      this.tabs[name].setAttribute('aria-selected', String(name === route.page));
    }
    if (wasHidden) this.onLayout();
    const container = this.pageElements[route.page];
    try {
      this.pages ??= import('./learn-pages.ts').then((m) => m.learnPages(this.player));
      const pages = await this.pages;
      if (route.page === 'tutorial') pages.tutorial(container, route.step);
      else await pages.reference(container, route.name);
    } catch (error) {
      this.pages = undefined;
      container.replaceChildren(el('p', { class: 'learn-status' }, t().learn.pageFailed(error instanceof Error ? error.message : String(error))));
    }
  }

  /** Hides the panel (its pages are kept, with the learner's edits). */
  hide(): void {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.page = undefined;
    this.onLayout();
  }
}
