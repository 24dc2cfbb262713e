/**
 * The reference, as data: every DSL name from the generated TSDoc (see reference-data.ts),
 * grouped by category and searchable. Rendering is in reference-view.ts.
 */
import type { DocEntry } from './reference-data.ts';

/** The categories in the order the reference shows them; others follow alphabetically. */
export const CATEGORY_ORDER: readonly string[] = [
  'Tempo and setup', 'Making patterns', 'Mini-notation', 'Time', 'Structure', 'Layering', 'Randomness', 'Signals',
  'Arithmetic', 'Picking', 'Harmony', 'Sound', 'Synthesis', 'Filters', 'Effects', 'Modulation', 'Samples', 'MIDI',
  'SuperDirt',
];

/** One category of the reference with its entries, by name. */
export interface ReferenceSection {
  readonly category: string;
  readonly entries: readonly DocEntry[];
}

function categoryRank(category: string): number {
  const i = CATEGORY_ORDER.indexOf(category);
  return i < 0 ? CATEGORY_ORDER.length : i;
}

/** The entries grouped by category (in {@link CATEGORY_ORDER}), each group sorted by name. */
export function referenceSections(entries: readonly DocEntry[]): ReferenceSection[] {
  const byCategory = new Map<string, DocEntry[]>();
  for (const entry of entries) {
    const list = byCategory.get(entry.category) ?? [];
    list.push(entry);
    byCategory.set(entry.category, list);
  }
  return [...byCategory]
    .sort(([a], [b]) => categoryRank(a) - categoryRank(b) || a.localeCompare(b))
    .map(([category, list]) => ({ category, entries: list.sort((a, b) => a.name.localeCompare(b.name)) }));
}

/**
 * The entries that match a search, best first: a name equal to the query, then names starting
 * with it, then names containing it, then entries whose summary, details or signature mention
 * every word of it. An empty query matches everything, in name order.
 */
export function searchReference(entries: readonly DocEntry[], query: string): DocEntry[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [...entries].sort((a, b) => a.name.localeCompare(b.name));
  const words = q.split(/\s+/);
  const scored: { entry: DocEntry; score: number }[] = [];
  for (const entry of entries) {
    const name = entry.name.toLowerCase();
    let score = name === q ? 0 : name.startsWith(q) ? 1 : name.includes(q) ? 2 : -1;
    if (score < 0) {
      const text = `${entry.summary} ${entry.details} ${entry.signature} ${entry.category}`.toLowerCase();
      if (words.every((w) => text.includes(w))) score = 3;
    }
    if (score >= 0) scored.push({ entry, score });
  }
  return scored.sort((a, b) => a.score - b.score || a.entry.name.localeCompare(b.entry.name)).map((s) => s.entry);
}

/** The id of an entry's element on the reference page (for links such as `#ref-fast`). */
export function referenceId(name: string): string {
  return `ref-${name}`;
}
