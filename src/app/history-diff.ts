/**
 * What changed from one kept version of the code to the next, for the history's list: the lines
 * taken out and put in (a line diff), and the labelled blocks (`$bass:`, `$:`) whose code changed.
 * Pure, so the list and its tests agree.
 */
import { labelOf } from '../editor/index.ts';

/** A line of a diff: taken out of the older version, or put into the newer one. */
export interface DiffLine {
  readonly kind: 'added' | 'removed';
  /** The line's text, as written (trailing spaces dropped). */
  readonly text: string;
  /** Its line number (from 1) in its own version. */
  readonly line: number;
}

/** The difference between two versions of the code. */
export interface VersionChange {
  /** The lines removed and added, in document order. */
  readonly lines: readonly DiffLine[];
  /** The labels of the blocks whose code changed, added or went, in the newer version's order (then the gone ones). */
  readonly blocks: readonly string[];
}

/** Above this many line pairs to compare, the middle of two versions is shown as replaced whole. */
const MAX_CELLS = 1_000_000;

const linesOf = (code: string): string[] => code.split('\n').map((line) => line.replace(/\s+$/, ''));

/** The longest common subsequence of `a` and `b`, as a list of [i, j] index pairs. */
function commonLines(a: readonly string[], b: readonly string[]): Array<readonly [number, number]> {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) return [];
  // lengths[i][j]: the LCS of a[i..] and b[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i]!;
    const below = lengths[i + 1]!;
    for (let j = m - 1; j >= 0; j--) row[j] = a[i] === b[j] ? below[j + 1]! + 1 : Math.max(below[j]!, row[j + 1]!);
  }
  const pairs: Array<readonly [number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) pairs.push([i++, j++]);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/**
 * The lines that differ between `before` and `after`: each removed line, then the lines added in
 * its place, in document order. Lines that differ only in trailing spaces are the same.
 *
 * @example
 * lineDiff('$: s("bd")\n$hh: s("hh*4")', '$: s("bd sd")\n$hh: s("hh*4")')
 * // [{ kind: 'removed', text: '$: s("bd")', line: 1 }, { kind: 'added', text: '$: s("bd sd")', line: 1 }]
 */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = linesOf(before);
  const b = linesOf(after);
  // The common start and end first: most edits touch a few lines in the middle.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  const diff: DiffLine[] = [];
  let i = 0;
  let j = 0;
  const upTo = (nextI: number, nextJ: number): void => {
    for (; i < nextI; i++) diff.push({ kind: 'removed', text: midA[i]!, line: start + i + 1 });
    for (; j < nextJ; j++) diff.push({ kind: 'added', text: midB[j]!, line: start + j + 1 });
  };
  for (const [ci, cj] of commonLines(midA, midB)) {
    upTo(ci, cj);
    i++;
    j++;
  }
  upTo(midA.length, midB.length);
  // Blank lines alone are noise in a summary of what changed.
  return diff.filter((d) => d.text.trim() !== '');
}

/** The code of each labelled block (`$` repeated is told apart as `$`, `$#2`...), by label, in order. */
export function blocksOf(code: string): Map<string, string> {
  const blocks = new Map<string, string>();
  let label: string | undefined;
  const seen = new Map<string, number>();
  for (const line of linesOf(code)) {
    const found = labelOf(line);
    if (found !== undefined) {
      const count = (seen.get(found) ?? 0) + 1;
      seen.set(found, count);
      label = count === 1 ? found : `${found}#${count}`;
      blocks.set(label, '');
    }
    if (label !== undefined) blocks.set(label, `${blocks.get(label)}${line.trim()}\n`);
  }
  return blocks;
}

/**
 * What changed from `before` to `after`: the lines, and the labelled blocks whose code changed
 * (those of `after` first, in order, then those `after` no longer has).
 *
 * @example
 * versionChange('$bass: note("c2")\n$drums: s("bd")', '$bass: note("c2")\n$drums: s("bd sd")').blocks // ['$drums']
 */
export function versionChange(before: string, after: string): VersionChange {
  const old = blocksOf(before);
  const now = blocksOf(after);
  const blocks = [...now].filter(([label, code]) => old.get(label) !== code).map(([label]) => label);
  for (const label of old.keys()) if (!now.has(label)) blocks.push(label);
  return { lines: lineDiff(before, after), blocks };
}
