/// <reference types="vite/client" />
/**
 * The example performances in `patterns/`, each downloaded only when opened.
 */

/** An example performance. */
export interface Example {
  /** The file's name without `.ts` (`first-steps`). */
  readonly id: string;
  /** A name for a menu (`First steps`). */
  readonly name: string;
  /** Its code. */
  readonly load: () => Promise<string>;
}

const files = import.meta.glob<string>('/patterns/*.ts', { query: '?raw', import: 'default' });

/** A menu name for an example file's id: dashes become spaces, the first letter a capital. */
export function exampleName(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every example, sorted by name. */
export function listExamples(): Example[] {
  return Object.entries(files)
    .map(([path, load]) => {
      const id = path.replace(/^.*\//, '').replace(/\.ts$/, '');
      return { id, name: exampleName(id), load };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The title an example gives itself on its first line (`// Acid line — a squelchy…` gives
 * `Acid line`), or undefined.
 */
export function exampleTitle(code: string): string | undefined {
  return /^\/\/\s*(.+?)\s+—\s/.exec(code)?.[1];
}
