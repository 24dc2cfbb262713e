/**
 * Blocks of performer code: what Alt+Enter evaluates. A pure function of the text, so the app,
 * the tests and the editor all agree on where a block starts and ends.
 */

/** A piece of the document to evaluate on its own. */
export interface CodeBlock {
  /** The block's code: whole lines of the document, from `from` to `to`. */
  readonly text: string;
  /** Offset of the block's first character in the document. */
  readonly from: number;
  /** Offset just past the block's last character (a line end, not including the newline). */
  readonly to: number;
  /**
   * The label as typed, as the evaluator names blocks (`$`, `_$`, `$drums`, `bass`), when the
   * block is a labelled statement; undefined for a plain paragraph.
   */
  readonly label: string | undefined;
}

/**
 * A label at the start of a line: `$:`, `_$:`, `$name:`, or any `name:` that is not a keyword,
 * as the evaluator accepts them. Labels are recognised at column 0 only, so an indented object
 * key (`  gain: 0.5,`) is not one.
 */
const LABEL = /^(_?\$[\w$]*|[A-Za-z_][\w$]*)[ \t]*:(?![:=])/;
const NOT_LABELS = new Set(['case', 'default']);

/** The label that starts `line`, if it starts with one. */
export function labelOf(line: string): string | undefined {
  const match = LABEL.exec(line);
  const name = match?.[1];
  return name === undefined || NOT_LABELS.has(name) ? undefined : name;
}

interface Line {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

type Kind = 'blank' | 'label' | 'comment' | 'continuation' | 'code';

function kindOf(text: string): Kind {
  const trimmed = text.trim();
  if (trimmed === '') return 'blank';
  if (labelOf(text) !== undefined) return 'label';
  if (trimmed.startsWith('//')) return 'comment';
  // A line starting with `.method(` continues the expression above it, even after a blank line.
  if (/^\.[A-Za-z_$]/.test(trimmed)) return 'continuation';
  return 'code';
}

function splitLines(doc: string): Line[] {
  const lines: Line[] = [];
  let from = 0;
  for (;;) {
    const newline = doc.indexOf('\n', from);
    const to = newline === -1 ? doc.length : newline;
    // Tolerate Windows line ends: the `\r` is not part of the line's text.
    const end = to > from && doc.charCodeAt(to - 1) === 13 ? to - 1 : to;
    lines.push({ from, to: end, text: doc.slice(from, end) });
    if (newline === -1) return lines;
    from = newline + 1;
  }
}

function lineIndexAt(lines: readonly Line[], pos: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lines[mid] as Line).from <= pos) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The block of code around `pos` in `doc`: the blank-line separated paragraph around it, split
 * further at each labelled statement (`$:`, `$name:`, `_$:`, `name:` at the start of a line),
 * so that a labelled block runs from its label to the line before the next label. Comment lines
 * right above a label belong to the label's block; a paragraph that starts with `.method(`
 * continues the block above it. On a blank line, the block ending just above is taken.
 * Returns undefined when `pos` is not in or right after a block.
 *
 * @example
 * blockAt('$: s("bd sd")\n$drums: s("hh*8")\n\nsetcps(1)', 20)
 * // { text: '$drums: s("hh*8")', from: 14, to: 31, label: '$drums' }
 */
export function blockAt(doc: string, pos: number): CodeBlock | undefined {
  const lines = splitLines(doc);
  const kinds = lines.map((line) => kindOf(line.text));
  const kind = (i: number): Kind => kinds[i] ?? 'blank';
  let at = lineIndexAt(lines, Math.max(0, Math.min(pos, doc.length)));
  if (kind(at) === 'blank') {
    if (at > 0 && kind(at - 1) !== 'blank') at--;
    else return undefined;
  }

  // The paragraph around the cursor, joined with paragraphs that continue it across blank lines.
  let first = at;
  let last = at;
  for (;;) {
    while (first > 0 && kind(first - 1) !== 'blank') first--;
    if (kind(first) !== 'continuation') break;
    let above = first - 1;
    while (above >= 0 && kind(above) === 'blank') above--;
    if (above < 0) break;
    first = above;
  }
  for (;;) {
    while (last < lines.length - 1 && kind(last + 1) !== 'blank') last++;
    let below = last + 1;
    while (below < lines.length && kind(below) === 'blank') below++;
    if (below >= lines.length || kind(below) !== 'continuation') break;
    last = below;
  }

  // Split at labels; comment lines directly above a label start the label's block.
  const starts = [first];
  for (let i = first + 1; i <= last; i++) {
    if (kind(i) !== 'label') continue;
    const floor = starts[starts.length - 1] as number;
    let start = i;
    while (start - 1 >= floor && kind(start - 1) === 'comment') start--;
    if (start > floor) starts.push(start);
  }
  let segment = 0;
  while (segment + 1 < starts.length && (starts[segment + 1] as number) <= at) segment++;
  const top = starts[segment] as number;
  const bottom = segment + 1 < starts.length ? (starts[segment + 1] as number) - 1 : last;

  let label: string | undefined;
  for (let i = top; i <= bottom && label === undefined; i++) {
    if (kind(i) === 'label') label = labelOf((lines[i] as Line).text);
    else if (kind(i) !== 'comment') break;
  }
  const from = (lines[top] as Line).from;
  const to = (lines[bottom] as Line).to;
  return { text: doc.slice(from, to), from, to, label };
}
