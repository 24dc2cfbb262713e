/**
 * Where evaluated code is now: for each evaluation still playing, the edits made to the document
 * since it was sent, so that a hap's source locations (offsets into the code as evaluated) can be
 * found in the document as it is now, after the performer has typed on.
 */
import { ChangeSet, type ChangeDesc } from '@codemirror/state';
import { mapRange, type TextRange } from '../editor/index.ts';
import type { CodeRange } from '../audio/index.ts';


/**
 * The documents of evaluations, as changes since each: {@link SourceTracker.mark} when code is
 * sent, {@link SourceTracker.map} every edit, and {@link SourceTracker.retain} the evaluations that
 * still play (the others are forgotten, so the work per edit stays small).
 */
export class SourceTracker {
  private readonly since = new Map<string, ChangeDesc>();

  /** Remembers the document (of length `length`) as it is now, as evaluation `name`. */
  mark(name: string, length: number): void {
    this.since.set(name, ChangeSet.empty(length).desc);
  }

  /** Records an edit of the current document. */
  map(changes: ChangeDesc): void {
    if (changes.empty) return;
    for (const [name, desc] of this.since) this.since.set(name, desc.composeDesc(changes));
  }

  /** Forgets every evaluation not in `names`. */
  retain(names: ReadonlySet<string>): void {
    for (const name of [...this.since.keys()]) if (!names.has(name)) this.since.delete(name);
  }

  /** Whether evaluation `name` is remembered. */
  has(name: string): boolean {
    return this.since.has(name);
  }

  /**
   * `locations` of evaluation `name` in the current document; locations whose text was deleted
   * are left out (all of them when the evaluation is not remembered).
   */
  toCurrent(name: string, locations: readonly CodeRange[]): TextRange[] {
    const desc = this.since.get(name);
    if (desc === undefined) return [];
    const ranges: TextRange[] = [];
    for (const { start, end } of locations) {
      const range = mapRange({ from: start, to: end }, desc);
      if (range) ranges.push(range);
    }
    return ranges;
  }
}
