/**
 * Removing TypeScript's types with Sucrase, which keeps every line where it was; columns that
 * move are found again through Sucrase's source map, built only when an error needs it. In the
 * browser, this module (and Sucrase) loads after the first sound: see stripper.ts.
 */
import { transform, type Options } from 'sucrase';
import type { ParseProblem, Stripped, TypeStripper } from './stripper.ts';

export type { ParseProblem, Stripped } from './stripper.ts';

const options: Options = { transforms: ['typescript'], disableESTransforms: true };

/** Sucrase as the evaluator's {@link TypeStripper}. */
export const sucraseStripper: TypeStripper = Object.freeze({
  strip: (source: string) => stripTypes(source),
  syntaxErrorAt: (source: string) => syntaxErrorAt(source),
  parseProblem: (error: unknown) => parseProblem(error),
});

/** Strips types; throws a {@link ParseProblem}-shaped error when Sucrase cannot parse the code. */
export function stripTypes(source: string): Stripped {
  const code = transform(source, options).code;
  let lines: Mapping[][] | undefined;
  return {
    code,
    toSource(line, column) {
      lines ??= decodeMappings(
        transform(source, { ...options, filePath: 'performance.ts', sourceMapOptions: { compiledFilename: 'performance.js' } })
          .sourceMap?.mappings ?? '',
      );
      return offsetIn(source, mapColumn(lines, line, column));
    },
  };
}

/** Sucrase's complaint about code that does not parse, if any. */
export function syntaxErrorAt(source: string): ParseProblem | undefined {
  try {
    transform(source, options);
    return undefined;
  } catch (error) {
    return parseProblem(error);
  }
}

/** Reads Sucrase's syntax error (a message ending in `(line:col)`, and a `pos`). */
export function parseProblem(error: unknown): ParseProblem | undefined {
  if (!(error instanceof Error)) return undefined;
  const pos = (error as Error & { pos?: unknown }).pos;
  if (typeof pos !== 'number') return undefined;
  return { message: error.message.replace(/\s*\(\d+:\d+\)$/, ''), pos };
}

interface Mapping {
  /** Column in the generated line. */
  readonly column: number;
  /** Line and column in the source (from 0). */
  readonly sourceLine: number;
  readonly sourceColumn: number;
}

interface Position {
  readonly line: number;
  readonly column: number;
}

function mapColumn(lines: Mapping[][], line: number, column: number): Position {
  let best: Mapping | undefined;
  for (const m of lines[line] ?? []) {
    if (m.column > column) break;
    best = m;
  }
  if (best === undefined) return { line, column };
  return { line: best.sourceLine, column: best.sourceColumn + (column - best.column) };
}

function offsetIn(text: string, { line, column }: Position): number {
  let start = 0;
  for (let l = 0; l < line; l++) {
    const next = text.indexOf('\n', start);
    if (next === -1) return text.length;
    start = next + 1;
  }
  return Math.min(start + column, text.length);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's `mappings` (base64 VLQ) into sorted mappings per generated line. */
export function decodeMappings(mappings: string): Mapping[][] {
  const lines: Mapping[][] = [];
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const lineText of mappings.split(';')) {
    const line: Mapping[] = [];
    let column = 0;
    for (const segment of lineText.split(',')) {
      if (segment === '') continue;
      const fields = decodeVlq(segment);
      column += fields[0] ?? 0;
      if (fields.length >= 4) {
        sourceLine += fields[2] ?? 0;
        sourceColumn += fields[3] ?? 0;
        line.push({ column, sourceLine, sourceColumn });
      }
    }
    line.sort((a, b) => a.column - b.column);
    lines.push(line);
  }
  return lines;
}

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}
