/**
 * Reading performer code with a parser that knows TypeScript, and rewriting it for evaluation:
 * double-quoted strings and untagged template strings become mini-notation patterns that know
 * their offsets in the code (except in the arguments of `samples(...)`, which are URLs), labelled statements (`$:`, `name:`, `_$:`) become blocks, and the
 * last expression is returned. Syntax errors are reported as {@link EvalError}s.
 */
import type { SyntaxNode, SyntaxNodeRef, Tree } from '@lezer/common';
import { parser } from '@lezer/javascript';
import { applyEdits, type Edit, type EditedText } from './edits.ts';
import { EvalError } from './errors.ts';
import { syntaxErrorAt } from './strip-types.ts';

/** The name under which rewritten code reaches its runtime helpers (see `literals.ts`). */
export const RUNTIME = '__weft';

const tsParser = parser.configure({ dialect: 'ts' });

/** Parsed and rewritten performer code. */
export interface Rewritten {
  /** The parse of the original code. */
  readonly tree: Tree;
  /** The rewritten code (still TypeScript), mapping back to the original. */
  readonly edited: EditedText;
}

// A string inside one of these is part of a type, a module name or a constant enum: left alone.
const keepStringsIn = new Set([
  'TypeAnnotation', 'TypeArgList', 'TypeParamList', 'TypeAliasDeclaration', 'InterfaceDeclaration',
  'FunctionSignature', 'IndexSignature', 'CallSignature', 'NewSignature', 'TypePredicate', 'EnumBody',
  'NamespaceDeclaration', 'AmbientDeclaration', 'AmbientFunctionDeclaration', 'ImportDeclaration',
  'ExportDeclaration', 'DynamicImport', 'PrefixCast',
]);
// A string that is the first child of one of these is a property name.
const keyed = new Set(['Property', 'PropertyDefinition', 'PropertyDeclaration', 'MethodDeclaration', 'PatternProperty']);
const functions = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunction', 'MethodDeclaration', 'ClassBody']);

/**
 * Parses and rewrites performer code. Throws an {@link EvalError} for a syntax error, an import or
 * export, a top-level `await`, or a name declared twice in one block.
 */
export function rewrite(code: string, inertMethods: ReadonlySet<string> = new Set()): Rewritten {
  const tree = tsParser.parse(code);
  const edits: Edit[] = [];
  let syntax: EvalError | undefined;
  let problem: EvalError | undefined;
  const complain = (message: string, from: number, to: number): void => {
    problem ??= new EvalError(message, code, from, to);
  };

  // Returns false to skip a node's children.
  const visit = (ref: SyntaxNodeRef, depth: number): false | undefined => {
    if (ref.type.isError) {
      syntax ??= syntaxError(code, tree, ref.from);
      return false;
    }
    switch (ref.name) {
      case 'String':
        if (code.charCodeAt(ref.from) === 34 /* " */ && isValueString(code, ref.node)) quoted(code, ref, depth, edits);
        return false;
      case 'TemplateString':
        if (ref.node.parent?.name !== 'TaggedTemplateExpression' && isValueString(code, ref.node)) template(code, ref.node, depth, edits);
        return undefined;
      case 'LabeledStatement':
        labelled(code, ref.node, depth, edits);
        return undefined;
      case 'CallExpression':
        if (inertMethods.size > 0) inert(code, ref.node, depth, inertMethods, edits);
        return undefined;
      case 'Script':
      case 'Block': {
        const twice = duplicateDeclaration(code, ref.node);
        if (twice) complain(`'${code.slice(twice.from, twice.to)}' is already declared`, twice.from, twice.to);
        return undefined;
      }
      case 'ImportDeclaration':
      case 'ExportDeclaration':
      case 'DynamicImport':
      case 'ImportMeta':
        complain('imports and exports are not available: the whole DSL is already in scope', ref.from, ref.to);
        return false;
      case 'AwaitExpression':
        if (!insideFunction(ref.node)) complain('top-level await is not supported in performer code', ref.from, ref.to);
        return undefined;
      default:
        return undefined;
    }
  };
  // `leave` is not called for a node whose children were skipped.
  let depth = 0;
  tree.iterate({
    enter(ref) {
      if (syntax !== undefined) return false;
      if (visit(ref, ++depth) !== false) return undefined;
      depth--;
      return false;
    },
    leave() {
      depth--;
    },
  });
  const failure = syntax ?? problem;
  if (failure !== undefined) throw failure;

  const last = lastStatement(tree.topNode);
  if (last?.name === 'ExpressionStatement') edits.push({ from: last.from, to: last.from, insert: 'return ', rank: -1 });
  return { tree, edited: applyEdits(code, edits) };
}

// Opening text goes outside-in, closing text inside-out, and closings before openings.
const open = (depth: number): number => depth;
const close = (depth: number): number => -1000 - depth;

/** The functions whose arguments are URLs and names, not music: their strings stay strings. */
const plainStringCalls = new Set(['samples']);

function isValueString(code: string, node: SyntaxNode): boolean {
  const parent = node.parent;
  if (parent !== null && keyed.has(parent.name) && parent.firstChild?.from === node.from) return false;
  // A subscript (`o["key"]`) is a property name too (Strudel would make it a pattern).
  if (parent?.name === 'MemberExpression' && node.prevSibling?.name === '[') return false;
  for (let n: SyntaxNode | null = parent; n !== null; n = n.parent) {
    if (keepStringsIn.has(n.name) || n.name.endsWith('Type')) return false;
    if (n.name === 'ArgList' && isPlainStringCall(code, n.parent)) return false;
    if (n.name.endsWith('Statement') || n.name === 'Script') return true;
  }
  return true;
}

/** True for a call such as `samples(...)` (by name, not through a member or an alias). */
function isPlainStringCall(code: string, call: SyntaxNode | null): boolean {
  const callee = call?.name === 'CallExpression' ? call.firstChild : null;
  return callee?.name === 'VariableName' && plainStringCalls.has(code.slice(callee.from, callee.to));
}

function quoted(code: string, ref: SyntaxNodeRef, depth: number, edits: Edit[]): void {
  const content = code.slice(ref.from + 1, ref.to - 1);
  const offset = ref.from + 1;
  edits.push({ from: ref.from, to: ref.from, insert: `${RUNTIME}.m(`, rank: open(depth) });
  // With escapes, the runtime also needs the text as typed to map the cooked string back.
  const tail = content.includes('\\') ? `, ${offset}, ${JSON.stringify(content)})` : `, ${offset})`;
  edits.push({ from: ref.to, to: ref.to, insert: tail, rank: close(depth) });
}

function template(code: string, node: SyntaxNode, depth: number, edits: Edit[]): void {
  const content = code.slice(node.from + 1, node.to - 1);
  const interpolations = node.getChildren('Interpolation');
  if (interpolations.length === 0 && !/[\\\r]/.test(content)) {
    edits.push({ from: node.from, to: node.from, insert: `${RUNTIME}.m(`, rank: open(depth) });
    edits.push({ from: node.to, to: node.to, insert: `, ${node.from + 1})`, rank: close(depth) });
    return;
  }
  // Tagged with a helper that gets where each piece and interpolation is, and the pieces as typed.
  const offsets = [node.from + 1];
  const raws: string[] = [];
  for (const i of interpolations) {
    raws.push(code.slice(offsets[offsets.length - 1], i.from));
    offsets.push(i.from, i.to);
  }
  raws.push(code.slice(offsets[offsets.length - 1], node.to - 1));
  const tag = `${RUNTIME}.t([${offsets.join(',')}], ${JSON.stringify(raws)})`;
  edits.push({ from: node.from, to: node.from, insert: tag, rank: open(depth) });
}

function labelled(code: string, node: SyntaxNode, depth: number, edits: Edit[]): void {
  const label = node.firstChild;
  const colon = label?.nextSibling;
  const body = colon?.nextSibling;
  const expr = body?.firstChild;
  if (!label || !colon || body?.name !== 'ExpressionStatement' || !expr) return;
  const name = JSON.stringify(code.slice(label.from, label.to));
  edits.push({ from: label.from, to: colon.to, insert: `${RUNTIME}.b(${name}, ${node.from}, ${expr.to},`, rank: open(depth) });
  edits.push({ from: expr.to, to: expr.to, insert: ')', rank: close(depth) });
}

/**
 * `x.name(args)` for an inert method name becomes `x.fmap(identity, args)`: the arguments are still
 * evaluated (so their errors show), the events are unchanged.
 */
function inert(code: string, node: SyntaxNode, depth: number, names: ReadonlySet<string>, edits: Edit[]): void {
  const callee = node.firstChild;
  const args = node.getChild('ArgList');
  const prop = callee?.name === 'MemberExpression' ? callee.lastChild : null;
  if (!args || prop?.name !== 'PropertyName' || !names.has(code.slice(prop.from, prop.to))) return;
  edits.push({ from: prop.from, to: prop.to, insert: 'fmap', rank: open(depth) });
  edits.push({ from: args.from + 1, to: args.from + 1, insert: `${RUNTIME}.id,`, rank: open(depth) });
}

function lastStatement(script: SyntaxNode): SyntaxNode | undefined {
  for (let n = script.lastChild; n !== null; n = n.prevSibling) {
    if (n.name !== 'LineComment' && n.name !== 'BlockComment' && n.name !== ';') return n;
  }
  return undefined;
}

function insideFunction(node: SyntaxNode): boolean {
  for (let n = node.parent; n !== null; n = n.parent) if (functions.has(n.name)) return true;
  return false;
}

function syntaxError(code: string, tree: Tree, at: number): EvalError {
  // Sucrase's parser gives better messages; the tolerant parse gives the place when it does not.
  const found = syntaxErrorAt(code);
  const pos = found?.pos ?? at;
  const message = found?.message ?? (pos >= code.trimEnd().length ? 'Unexpected end of input' : 'Unexpected token');
  return new EvalError(message, code, pos, tokenEnd(code, tree, pos));
}

/** The end of the token (or smallest syntax node) that starts at `pos`. */
export function tokenEnd(code: string, tree: Tree, pos: number): number {
  const node = tree.resolveInner(pos, 1);
  if (node.from === pos && node.to > pos && !node.type.isError) return node.to;
  const word = /[\w$]+|\S/y;
  word.lastIndex = pos;
  const match = word.exec(code);
  return match === null ? pos : pos + match[0].length;
}

interface Declared {
  readonly name: string;
  readonly lexical: boolean;
  readonly node: SyntaxNode;
}

/** The second declaration of a name declared twice directly in `block`, if any. */
function duplicateDeclaration(code: string, block: SyntaxNode): SyntaxNode | undefined {
  const seen = new Map<string, boolean>();
  for (let child = block.firstChild; child !== null; child = child.nextSibling) {
    for (const d of declaredBy(code, child)) {
      const before = seen.get(d.name);
      if (before !== undefined && (before || d.lexical)) return d.node;
      seen.set(d.name, d.lexical || (before ?? false));
    }
  }
  return undefined;
}

function declaredBy(code: string, statement: SyntaxNode): Declared[] {
  const text = (n: SyntaxNode): string => code.slice(n.from, n.to);
  if (statement.name === 'FunctionDeclaration' || statement.name === 'ClassDeclaration') {
    const def = statement.getChild('VariableDefinition');
    return def ? [{ name: text(def), lexical: true, node: def }] : [];
  }
  if (statement.name !== 'VariableDeclaration') return [];
  const lexical = statement.firstChild?.name !== 'var';
  const out: Declared[] = [];
  const collect = (n: SyntaxNode): void => {
    for (let c = n.firstChild; c !== null; c = c.nextSibling) {
      if (c.name === 'VariableDefinition') out.push({ name: text(c), lexical, node: c });
      else if (c.name === 'ArrayPattern' || c.name === 'ObjectPattern' || c.name === 'PatternProperty') collect(c);
    }
  };
  collect(statement);
  return out;
}
