/**
 * Running JavaScript as a function of named values, and finding where in it an error was thrown
 * (from the error's stack, which names the code by its `sourceURL`).
 */

/** The name performer code has in stack traces. */
export const SOURCE_NAME = 'weft-performance.js';

// Strict mode, and a block so that performer code may declare names the scope already has.
const PREFIX = '"use strict";{';
const SUFFIX = `\n}\n//# sourceURL=${SOURCE_NAME}`;
const FRAME = new RegExp(`${SOURCE_NAME.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`);

/** A position in the code given to {@link compile}: line and column, from 0. */
export interface CodePosition {
  readonly line: number;
  readonly column: number;
}

// Compiled JavaScript: the one place where a value's type comes from outside the type system.
type Compiled = (...values: unknown[]) => unknown;

/** Compiles `code` as the body of a function of `names`; throws the engine's SyntaxError. */
export function compile(names: readonly string[], code: string): Compiled {
  return new Function(...names, PREFIX + code + SUFFIX) as Compiled;
}

/** Where the body starts in the engine's numbering (line and column from 1), if stacks tell. */
const origin: { line: number; column: number } | undefined = (() => {
  const probe = 'return new Error()';
  const error = compile([], probe)() as Error;
  const found = FRAME.exec(error.stack ?? '');
  if (found === null) return undefined;
  // The frame points at `new`, which is `return `.length characters into the probe.
  return { line: Number(found[1]), column: Number(found[2]) - PREFIX.length - 'return '.length };
})();

/** The innermost place in compiled code where `error` was thrown or passed through. */
export function thrownAt(error: unknown): CodePosition | undefined {
  if (origin === undefined || !(error instanceof Error)) return undefined;
  const found = FRAME.exec(error.stack ?? '');
  if (found === null) return undefined;
  const line = Number(found[1]);
  const column = Number(found[2]);
  if (line === origin.line) return { line: 0, column: Math.max(0, column - origin.column - PREFIX.length) };
  return { line: line - origin.line, column: column - 1 };
}

export { withDeepStacks } from './stacks.ts';
