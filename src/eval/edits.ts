/**
 * Rewriting text by edits while remembering where each character of the result came from, so
 * that a position in the rewritten code maps back to the code the performer typed.
 */

/**
 * Replaces `from..to` of the original text with `insert` (an insertion when `from === to`).
 * Edits must not overlap. Several insertions at one offset are ordered by `rank`: lower first.
 */
export interface Edit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
  readonly rank: number;
}

/** Rewritten text, with a map from its offsets back to the original's. */
export interface EditedText {
  readonly text: string;
  /** The original offset of a rewritten one; inserted text maps to where it was inserted. */
  toOriginal(offset: number): number;
}

interface Segment {
  /** Where the segment starts in the rewritten text. */
  readonly start: number;
  /** Where it comes from in the original. */
  readonly origin: number;
  /** True when copied from the original (offsets inside map one to one). */
  readonly copied: boolean;
}

/** Applies edits to `source`. */
export function applyEdits(source: string, edits: readonly Edit[]): EditedText {
  const sorted = [...edits].sort((a, b) => a.from - b.from || a.rank - b.rank);
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  let pos = 0;
  const push = (text: string, origin: number, copied: boolean): void => {
    if (text.length === 0) return;
    segments.push({ start: length, origin, copied });
    parts.push(text);
    length += text.length;
  };
  for (const edit of sorted) {
    if (edit.from < pos) throw new Error(`overlapping edits at ${edit.from}`);
    push(source.slice(pos, edit.from), pos, true);
    push(edit.insert, edit.from, false);
    pos = edit.to;
  }
  push(source.slice(pos), pos, true);
  return {
    text: parts.join(''),
    toOriginal(offset) {
      let lo = 0;
      let hi = segments.length - 1;
      if (hi < 0) return 0;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((segments[mid] as Segment).start <= offset) lo = mid;
        else hi = mid - 1;
      }
      const seg = segments[lo] as Segment;
      return seg.copied ? seg.origin + Math.max(0, offset - seg.start) : seg.origin;
    },
  };
}
