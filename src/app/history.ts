/**
 * The history of evaluations: every time the performer evaluates, the whole document is kept
 * (newest first) in local storage, so any earlier version can be browsed and restored. Code
 * that is about to be replaced (by an example, a shared link, a restore) is kept the same way.
 */

/** Why a version was kept. */
export type HistoryKind = 'evaluate' | 'block' | 'replaced';

/** One kept version of the document. */
export interface HistoryEntry {
  /** When it was kept, in milliseconds since the epoch. */
  readonly time: number;
  /** The whole document. */
  readonly code: string;
  readonly kind: HistoryKind;
  /** For an evaluation: whether it evaluated without error. */
  readonly ok: boolean;
}

/** The part of `Storage` the history uses (`localStorage`, or a stand-in in tests). */
export interface HistoryStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Limits of an {@link EvaluationHistory}. */
export interface HistoryOptions {
  /** The storage key (default `weft:history`). */
  readonly key?: string;
  /** The most entries kept (default 200). */
  readonly maxEntries?: number;
  /** The most characters of code kept in all (default 2,000,000: local storage holds about 5 MB). */
  readonly maxChars?: number;
}

function isEntry(x: unknown): x is HistoryEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return typeof e['time'] === 'number' && typeof e['code'] === 'string' && typeof e['ok'] === 'boolean' &&
    (e['kind'] === 'evaluate' || e['kind'] === 'block' || e['kind'] === 'replaced');
}

/**
 * The evaluation history, capped in entries and characters (the oldest go first). A version equal
 * to the newest one is not added again: the newest entry takes the new time and result instead.
 * Storage that fails (full, disabled) leaves the history working in memory.
 */
export class EvaluationHistory {
  private readonly key: string;
  private readonly maxEntries: number;
  private readonly maxChars: number;
  private list: HistoryEntry[];

  constructor(
    private readonly storage: HistoryStorage | undefined,
    options: HistoryOptions = {},
  ) {
    this.key = options.key ?? 'weft:history';
    this.maxEntries = options.maxEntries ?? 200;
    this.maxChars = options.maxChars ?? 2_000_000;
    this.list = this.load();
  }

  /** The entries, newest first. */
  entries(): readonly HistoryEntry[] {
    return this.list;
  }

  /** Keeps a version of the document; returns the history's entries. */
  add(entry: HistoryEntry): readonly HistoryEntry[] {
    const newest = this.list[0];
    const rest = newest !== undefined && newest.code === entry.code ? this.list.slice(1) : this.list;
    const kind = newest !== undefined && newest.code === entry.code && entry.kind === 'replaced' ? newest.kind : entry.kind;
    this.list = this.capped([{ ...entry, kind }, ...rest]);
    this.save();
    return this.list;
  }

  /** Forgets every entry. */
  clear(): void {
    this.list = [];
    this.save();
  }

  private capped(list: HistoryEntry[]): HistoryEntry[] {
    let chars = 0;
    const kept: HistoryEntry[] = [];
    for (const entry of list) {
      if (kept.length >= this.maxEntries) break;
      chars += entry.code.length;
      // The newest entry is always kept, however long.
      if (kept.length > 0 && chars > this.maxChars) break;
      kept.push(entry);
    }
    return kept;
  }

  private load(): HistoryEntry[] {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? this.capped(parsed.filter(isEntry)) : [];
    } catch {
      return [];
    }
  }

  private save(): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(this.list));
    } catch {
      // Full or disabled: drop the older half and try once more, else keep it in memory only.
      this.list = this.list.slice(0, Math.max(1, Math.floor(this.list.length / 2)));
      try {
        this.storage?.setItem(this.key, JSON.stringify(this.list));
      } catch {
        // In memory only.
      }
    }
  }
}

const codeLines = (code: string): string[] => code.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('//'));

/**
 * A one-line summary of code for a list: the first line of code (not blank, not a comment) that
 * is not in `previous` (the version before it), else its first line of code.
 *
 * @example
 * summary('setcps(1)\n$: s("bd sd")', 'setcps(1)\n$: s("bd")') // '$: s("bd sd")'
 */
export function summary(code: string, previous?: string, length = 60): string {
  const lines = codeLines(code);
  const before = new Set(previous === undefined ? [] : codeLines(previous));
  const line = lines.find((l) => !before.has(l)) ?? lines[0] ?? code.trim();
  return line.length > length ? `${line.slice(0, length - 1)}…` : line;
}
