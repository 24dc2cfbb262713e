/**
 * The learning pages' addresses, in the URL's hash: `#tutorial` (or `#tutorial-<step>` for one
 * step) and `#reference` (or `#ref-<name>` for one entry, as the tutorial links it). Other hashes
 * (a share link's `#code=...`) are not routes.
 */

/** A learning page, and where on it. */
export type LearnRoute =
  | { readonly page: 'tutorial'; readonly step?: string }
  | { readonly page: 'reference'; readonly name?: string };

/** The learning pages. */
export type LearnPage = LearnRoute['page'];

/**
 * The route a hash names, or undefined when it names none.
 *
 * @example
 * learnRoute('#ref-fast') // { page: 'reference', name: 'fast' }
 */
export function learnRoute(hash: string): LearnRoute | undefined {
  const h = hash.replace(/^#/, '');
  if (h === 'tutorial') return { page: 'tutorial' };
  if (h === 'reference') return { page: 'reference' };
  const step = /^tutorial-(.+)$/.exec(h)?.[1];
  if (step !== undefined) return { page: 'tutorial', step: decodeURIComponent(step) };
  const name = /^ref-(.+)$/.exec(h)?.[1];
  if (name !== undefined) return { page: 'reference', name: decodeURIComponent(name) };
  return undefined;
}

/**
 * The hash of a route (with its `#`).
 *
 * @example
 * learnHash({ page: 'tutorial', step: 'rhythm' }) // '#tutorial-rhythm'
 */
export function learnHash(route: LearnRoute): string {
  if (route.page === 'tutorial') return route.step === undefined ? '#tutorial' : `#tutorial-${encodeURIComponent(route.step)}`;
  return route.name === undefined ? '#reference' : `#ref-${encodeURIComponent(route.name)}`;
}
