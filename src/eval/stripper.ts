/**
 * What the evaluator needs to remove TypeScript's types, apart from Sucrase itself
 * (strip-types.ts), which is a download of its own in the browser: code with no TypeScript
 * syntax (most performer code) runs as written, and needs no stripper at all.
 */
import type { SyntaxNodeRef } from '@lezer/common';

/** The JavaScript of some TypeScript, and a way back from its positions. */
export interface Stripped {
  readonly code: string;
  /** The offset in the TypeScript of a line and column (from 0) in the JavaScript. */
  toSource(line: number, column: number): number;
}

/** A syntax error as the stripper's parser reports it: a message and an offset. */
export interface ParseProblem {
  readonly message: string;
  readonly pos: number;
}

/** Removes types from TypeScript (see strip-types.ts for Sucrase's). */
export interface TypeStripper {
  /** Strips types; throws an error that {@link TypeStripper.parseProblem} reads when the code does not parse. */
  strip(source: string): Stripped;
  /** The stripper's complaint about code that does not parse, if any (its messages are better than Lezer's). */
  syntaxErrorAt(source: string): ParseProblem | undefined;
  /** The syntax error that {@link TypeStripper.strip} threw, read; undefined for any other error. */
  parseProblem(error: unknown): ParseProblem | undefined;
}

/**
 * Thrown by `evaluate` given no {@link TypeStripper} for code that needs one: code with
 * TypeScript syntax, or with a syntax error (the stripper words its message). Nothing of the code
 * has run: load the stripper and evaluate again.
 */
export class NeedsTypeStripper extends Error {
  constructor() {
    super('this code needs the TypeScript type stripper');
    this.name = 'NeedsTypeStripper';
  }
}

/** Lezer's nodes (TypeScript dialect) that only TypeScript has, besides those named `...Type`. */
const TYPE_SYNTAX = new Set([
  'TypeAnnotation', 'TypeArgList', 'TypeParamList', 'TypeDefinition', 'TypeName', 'TypePredicate',
  'InstantiationExpression', 'PrefixCast', 'TypeAliasDeclaration', 'InterfaceDeclaration',
  'EnumDeclaration', 'NamespaceDeclaration', 'AmbientDeclaration', 'GlobalDeclaration',
  'AmbientFunctionDeclaration', 'FunctionSignature', 'NewSignature', 'CallSignature',
  'IndexSignature', 'Privacy', 'Optional', 'abstract', 'override', 'readonly', 'declare',
  'implements', 'satisfies', 'as', 'accessor',
]);

/**
 * True for a node of TypeScript syntax: a type, a declaration of types, a cast, type arguments,
 * a modifier, or a non-null assertion (`x!`). Code without any runs as written.
 */
export function isTypeSyntax(ref: SyntaxNodeRef): boolean {
  if (TYPE_SYNTAX.has(ref.name) || ref.name.endsWith('Type')) return true;
  // `x!`: in JavaScript, a postfix operator is only ever `++` or `--`.
  return ref.name === 'LogicOp' && ref.node.parent?.name === 'PostfixExpression';
}

/** Code that needs no stripping, as it is (its positions are its own). */
export function asWritten(code: string): Stripped {
  let starts: number[] | undefined;
  return {
    code,
    toSource(line, column) {
      if (starts === undefined) {
        starts = [0];
        for (let i = code.indexOf('\n'); i !== -1; i = code.indexOf('\n', i + 1)) starts.push(i + 1);
      }
      const start = starts[line];
      return start === undefined ? code.length : Math.min(start + column, code.length);
    },
  };
}

/** A stripper that could not be loaded: evaluating TypeScript says why. */
export function missingStripper(reason: string): TypeStripper {
  return {
    strip() {
      throw new Error(`weft could not load its TypeScript type stripper (${reason}): reload the page, or write this code without types`);
    },
    syntaxErrorAt: () => undefined,
    parseProblem: () => undefined,
  };
}
