/** Errors in performer code, located in the code as the performer typed it. */

/** A line and column, both counted from 1. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * An error in performer code: a syntax error found before running it, or an error thrown while
 * it ran. `from`/`to` are offsets into the original code (what the editor shows); `line` and
 * `column` (from 1) are where `from` is. When the place cannot be found, the error covers the
 * whole code.
 *
 * Note that the name shadows JavaScript's built-in `EvalError` in modules that import it.
 */
export class EvalError extends Error {
  override readonly name = 'EvalError';
  readonly line: number;
  readonly column: number;
  readonly from: number;
  readonly to: number;

  constructor(message: string, code: string, from: number, to: number, options?: { cause?: unknown }) {
    super(message, options);
    this.from = Math.max(0, Math.min(from, code.length));
    this.to = Math.max(this.from, Math.min(to, code.length));
    const { line, column } = lineColumn(code, this.from);
    this.line = line;
    this.column = column;
  }

  /** `line:column: message`, as the command line prints it. */
  format(): string {
    return `${this.line}:${this.column}: ${this.message}`;
  }
}

/** The line and column (from 1) of an offset into `text`. */
export function lineColumn(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of a line and column (from 1) in `text`, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
  let lineStart = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', lineStart);
    if (next === -1) return text.length;
    lineStart = next + 1;
  }
  const lineEnd = text.indexOf('\n', lineStart);
  const end = lineEnd === -1 ? text.length : lineEnd;
  return Math.min(lineStart + Math.max(0, column - 1), end);
}
