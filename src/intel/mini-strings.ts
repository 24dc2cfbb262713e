/**
 * Mini-notation strings in performer code, read with the types: what a string argument holds
 * (numbers for `lpf` and `fast`, note names for `note`, sounds for `s`) comes from the declared
 * type of its parameter (`ControlArg<"cutoff">`, `PatternArg<number>`), and the string itself is
 * read by weft's own mini-notation parser, so `"<400 800>"` is accepted and `"abc"` flagged
 * exactly as the runtime would read them.
 */
import ts from 'typescript-js';
import { parseMini, MiniParseError } from '../mini/index.ts';
import { CONTROL_TABLE, isNoteName } from '../pattern/index.ts';
import type { IntelDiagnostic } from './protocol.ts';

/** What a string argument holds, as its parameter's type says. */
export type StringRole =
  | { readonly holds: 'numbers'; readonly what: string }
  | { readonly holds: 'notes'; readonly what: string }
  | { readonly holds: 'sounds'; readonly what: string }
  | { readonly holds: 'scales'; readonly what: string }
  | { readonly holds: 'anything' };

/** A string literal that is an argument of a call. */
export interface StringArgument {
  readonly node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral;
  readonly call: ts.CallExpression;
  readonly index: number;
}

const CONTROL_KINDS: Readonly<Record<string, { readonly kind: string }>> = CONTROL_TABLE;

function calleeName(call: ts.CallExpression): string {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return 'this function';
}

/** The alias name and first type argument of a type, from the type or else from its declaration. */
function aliasOf(checker: ts.TypeChecker, param: ts.Symbol): { name: string; arg: ts.Type | undefined } | undefined {
  const type = checker.getTypeOfSymbol(param);
  if (type.aliasSymbol !== undefined) return { name: type.aliasSymbol.getName(), arg: type.aliasTypeArguments?.[0] };
  // An optional parameter's type has `undefined` added, which loses the alias: read the declaration.
  const declared = param.valueDeclaration !== undefined && ts.isParameter(param.valueDeclaration) ? param.valueDeclaration.type : undefined;
  if (declared === undefined || !ts.isTypeReferenceNode(declared)) return undefined;
  const name = ts.isIdentifier(declared.typeName) ? declared.typeName.text : declared.typeName.right.text;
  const argNode = declared.typeArguments?.[0];
  return { name, arg: argNode === undefined ? undefined : checker.getTypeFromTypeNode(argNode) };
}

/** What the `index`th argument of `call` holds, from the resolved signature's parameter type. */
export function roleOf(checker: ts.TypeChecker, call: ts.CallExpression, index: number): StringRole {
  const signature = checker.getResolvedSignature(call);
  const param = signature?.getParameters()[index];
  if (param === undefined) return { holds: 'anything' };
  const alias = aliasOf(checker, param);
  if (alias === undefined) return { holds: 'anything' };
  const what = calleeName(call);
  if (alias.name === 'ControlArg' && alias.arg?.isStringLiteral()) {
    const key = alias.arg.value;
    if (key === 's') return { holds: 'sounds', what };
    const kind = CONTROL_KINDS[key]?.kind;
    if (kind === 'number') return { holds: 'numbers', what };
    if (kind === 'note') return { holds: 'notes', what };
    return { holds: 'anything' };
  }
  if (alias.name === 'PatternArg' && alias.arg !== undefined) {
    if (alias.arg.flags & ts.TypeFlags.Number) return { holds: 'numbers', what };
    if (alias.arg.aliasSymbol?.getName() === 'ScaleName') return { holds: 'scales', what };
  }
  return { holds: 'anything' };
}

function isStringLike(node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

/** Every string literal that is a call's argument. */
export function stringArguments(source: ts.SourceFile): StringArgument[] {
  const found: StringArgument[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      node.arguments.forEach((arg, index) => {
        if (isStringLike(arg)) found.push({ node: arg, call: node, index });
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The string argument that contains `pos` (between its quotes), if any. */
export function stringArgumentAt(source: ts.SourceFile, pos: number): StringArgument | undefined {
  let found: StringArgument | undefined;
  const visit = (node: ts.Node): void => {
    if (pos < node.getStart(source) || pos > node.getEnd()) return;
    if (ts.isCallExpression(node)) {
      node.arguments.forEach((arg, index) => {
        if (isStringLike(arg) && pos > arg.getStart(source) && (pos < arg.getEnd() || !closed(arg, source))) found = { node: arg, call: node, index };
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** False for a string still being typed (no closing quote). */
function closed(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, source: ts.SourceFile): boolean {
  const text = node.getText(source);
  return text.length >= 2 && text.endsWith(text[0]!);
}

interface Atom {
  readonly value: string | number;
  readonly start: number;
  readonly end: number;
}

/** The value atoms of a mini-notation tree (steps and `:` list items, not operator arguments). */
function valueAtoms(node: unknown, out: Atom[] = []): Atom[] {
  if (Array.isArray(node)) {
    for (const n of node) valueAtoms(n, out);
    return out;
  }
  if (typeof node !== 'object' || node === null) return out;
  const n = node as Record<string, unknown>;
  if (n['kind'] === 'atom') {
    out.push(node as Atom);
    return out;
  }
  for (const [key, child] of Object.entries(n)) {
    // Operator arguments (`*2`, `(3,8)`, `..`) are numbers whatever the string holds; `:` items are values.
    if (key === 'ops' && Array.isArray(child)) {
      for (const op of child as Record<string, unknown>[]) if (op['kind'] === 'tail') valueAtoms(op['arg'], out);
      continue;
    }
    valueAtoms(child, out);
  }
  return out;
}

/**
 * Problems with one string argument: a mini-notation syntax error, or values its parameter does
 * not take (a word where numbers are wanted, a word that is no note name).
 */
export function checkString(arg: StringArgument, role: StringRole, source: ts.SourceFile): IntelDiagnostic[] {
  const raw = arg.node.getText(source);
  // Only double-quoted strings and templates are surely mini-notation (a single-quoted one is
  // whatever the function makes of it). Escapes would shift offsets: left to the runtime.
  if (raw.startsWith("'") || raw.includes('\\') || !closed(arg.node, source)) return [];
  const start = arg.node.getStart(source) + 1;
  const text = raw.slice(1, -1);
  let tree: unknown;
  try {
    tree = parseMini(text, start);
  } catch (error) {
    if (!(error instanceof MiniParseError)) throw error;
    const at = Math.min(error.offset, start + text.length);
    return [{ from: at, to: Math.min(at + 1, start + text.length), severity: 'error', source: 'mini-notation', message: error.message }];
  }
  if (role.holds !== 'numbers' && role.holds !== 'notes') return [];
  const problems: IntelDiagnostic[] = [];
  for (const atom of valueAtoms(tree)) {
    if (typeof atom.value === 'number') continue;
    if (role.holds === 'notes' && isNoteName(atom.value)) continue;
    const wanted = role.holds === 'numbers' ? 'numbers' : 'note names or numbers';
    problems.push({
      from: atom.start,
      to: atom.end,
      severity: 'warning',
      source: 'mini-notation',
      message: `"${atom.value}" is not a ${role.holds === 'numbers' ? 'number' : 'note name or number'}: ${role.what} takes ${wanted} here.`,
    });
  }
  return problems;
}

/** Characters that end a word in mini-notation. */
const DELIMITER = /[\s[\]<>{}(),|*/!@?%_~^;"'`]/;

/** The word being typed at `pos` inside a string: its start, and the part after a `:` if any. */
export function wordAt(text: string, from: number, pos: number): { start: number; afterColon: boolean } {
  let start = pos;
  while (start > from && !DELIMITER.test(text[start - 1]!) && text[start - 1] !== ':') start--;
  return { start, afterColon: start > from && text[start - 1] === ':' };
}

/** True for a double-quoted string or a backtick template: mini-notation at run time. */
function isMiniLiteral(node: ts.Node, source: ts.SourceFile): boolean {
  if (ts.isStringLiteral(node)) return node.getText(source).startsWith('"');
  return (ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) && !ts.isTaggedTemplateExpression(node.parent);
}

/** False where the evaluator leaves a string alone: property names, subscripts, types, modules. */
function isValueString(node: ts.Node): boolean {
  const parent = node.parent;
  if ((ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent)) && parent.name === node) return false;
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return false;
  for (let n: ts.Node = parent; !ts.isSourceFile(n); n = n.parent) {
    if (ts.isTypeNode(n) || ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isEnumDeclaration(n) || ts.isModuleDeclaration(n)) return false;
  }
  return true;
}

function isStringOnly(type: ts.Type): boolean {
  const parts = type.isUnion() ? type.types : [type];
  const defined = parts.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
  return defined.length > 0 && defined.every((t) => (t.flags & ts.TypeFlags.StringLike) !== 0);
}

const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken,
]);

/**
 * Double-quoted strings (and backtick templates) where a plain string is wanted: the evaluator
 * makes them patterns, so `noteToMidi("c4")` or `hap.value.s === "hh"` would not do what they
 * say. Single quotes keep a string a string.
 */
export function patternStringMisuses(checker: ts.TypeChecker, source: ts.SourceFile): IntelDiagnostic[] {
  const out: IntelDiagnostic[] = [];
  const flag = (node: ts.Node, why: string): void => {
    const from = node.getStart(source);
    out.push({
      from,
      to: node.getEnd(),
      severity: 'warning',
      source: 'mini-notation',
      message: `A double-quoted string is mini-notation, a pattern at run time, ${why}: use single quotes ('...') for a plain string.`,
    });
  };
  const visit = (node: ts.Node): void => {
    if (isMiniLiteral(node, source) && isValueString(node)) {
      const parent = node.parent;
      if (ts.isBinaryExpression(parent) && EQUALITY.has(parent.operatorToken.kind)) {
        flag(node, 'so this comparison is never true');
      } else if (ts.isExpression(node)) {
        const wanted = checker.getContextualType(node);
        if (wanted !== undefined && isStringOnly(wanted)) flag(node, `but ${checker.typeToString(wanted)} is wanted here`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}
