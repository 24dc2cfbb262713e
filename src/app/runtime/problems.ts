/**
 * What the runtime tells the performer when the performer realm could not do what was asked:
 * messages in the performer's words, placed in the code.
 */
// From the module itself, not the layer's index: the runtime worker loads no evaluator.
import { lineColumn } from '../../eval/errors.ts';
import type { PlainError } from '../performer/protocol.ts';
import type { CodeError } from './messages.ts';
import type { Replaced } from './performer-link.ts';

/** An error covering `code[from, to)`. */
export function covering(code: string, from: number, to: number, message: string): CodeError {
  const start = Math.max(0, Math.min(from, code.length));
  const { line, column } = lineColumn(code, start);
  return { message, line, column, from: start, to: Math.max(start, Math.min(to, code.length)) };
}

/** An error covering all of `code`. */
export function wholeCode(code: string, message: string): CodeError {
  return covering(code, 0, code.length, message);
}

/** A problem the performer realm located (in the evaluated code), as the runtime reports it. */
export function evaluationProblem(error: PlainError): CodeError {
  return { message: error.message, line: error.line, column: error.column, from: error.from, to: error.to };
}

/** What the performer is told about a realm that was replaced. */
export function replacedMessage(why: Replaced): string {
  switch (why.kind) {
    case 'hang':
      return `this code ran for ${(why.ms / 1000).toFixed(1)} s without finishing and was stopped (an endless loop or a huge computation?)`;
    case 'damaged':
      return `this code changed JavaScript itself (${why.what}); weft threw that change away`;
    case 'broken':
      return `weft had to restart the performer's realm: ${why.what}`;
  }
}

/**
 * Where in `code` a change to JavaScript itself was most likely made: an assignment to a
 * `prototype`, `__proto__` or `constructor`, or a call that redefines properties, else the whole code.
 */
export function suspectRange(code: string): { from: number; to: number } {
  const found = /[\w$.\]\)]*\b(prototype|__proto__|constructor)\b[^;\n]*=|\b(Object|Reflect)\s*\.\s*(defineProperty|defineProperties|setPrototypeOf|assign|freeze|seal|preventExtensions|deleteProperty|set)\b|\bdelete\s+[\w$.]+/.exec(code);
  if (found === null) return { from: 0, to: code.length };
  return { from: found.index, to: found.index + found[0].length };
}

/** The error for an evaluation whose realm was replaced, placed where the code most likely caused it. */
export function replacedProblem(code: string, why: Replaced): CodeError {
  const message = replacedMessage(why);
  if (why.kind !== 'damaged') return wholeCode(code, message);
  const { from, to } = suspectRange(code);
  return covering(code, from, to, message);
}
