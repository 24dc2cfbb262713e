/**
 * Reading performer code with a parser that knows TypeScript, and rewriting it for evaluation:
 * double-quoted strings and untagged template strings become mini-notation patterns that know
 * their offsets in the code (except in the arguments of `samples(...)`, which are URLs), labelled
 * statements (`$:`, `name:`, `_$:`) become blocks, every loop checks its guard once per
 * iteration, every `throw` says where it is, and the last expression is returned. Syntax errors
 * are reported as {@link EvalError}s.
 */
import type { SyntaxNode, SyntaxNodeRef, Tree } from '@lezer/common';
import type { CodeRange } from '../audio/protocol.ts';
import { duplicateDeclaration } from './declarations.ts';
import { applyEdits, type Edit, type EditedText } from './edits.ts';
import { EvalError } from './errors.ts';
import { checkLexical } from './lexical.ts';
import { DepthLimits, parseCode } from './parse.ts';
import { LOCATED_CALLS } from './located-calls.ts';
import { calleeName, prototypeMethod, registeredNames } from './registered-names.ts';
import { isTypeSyntax, NeedsTypeStripper, type TypeStripper } from './stripper.ts';

/** The name under which rewritten code reaches its runtime helpers (see `literals.ts`, `evaluate.ts`). */
export const RUNTIME = '__weft';

/** Parsed and rewritten performer code. */
export interface Rewritten {
  /** The parse of the original code. */
  readonly tree: Tree;
  /** The rewritten code (still TypeScript), mapping back to the original. */
  readonly edited: EditedText;
  /**
   * The places the rewritten code names by number: `RUNTIME.l(i)` (a loop's check) and
   * `RUNTIME.e(value, i)` (a `throw`) refer to `sites[i]`, offsets into the original code.
   */
  readonly sites: readonly CodeRange[];
  /** The depth limits as the walk left them: they place errors of stages that run out of stack. */
  readonly limits: DepthLimits;
  /** True when the code has TypeScript syntax: it needs its types stripped before it runs. */
  readonly typeSyntax: boolean;
  /** The names the code registers as methods (`register('name', ...)`, see register.ts). */
  readonly registered: readonly string[];
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
 * export, a top-level `await`, a name declared twice in one block, characters that the engine
 * and the parser read differently (see `lexical.ts`), or code that nests too deeply (`parse.ts`).
 * A syntax error's message comes from `types`; without it, a syntax error throws
 * {@link NeedsTypeStripper}.
 */
export function rewrite(code: string, types?: TypeStripper): Rewritten {
  checkLexical(code);
  const tree = parseCode(code);
  const limits = new DepthLimits(code);
  const registered = new Set(registeredNames(code, tree));
  const edits: Edit[] = [];
  const sites: CodeRange[] = [];
  let syntax: EvalError | undefined;
  let problem: EvalError | undefined;
  let typeSyntax = false;
  const complain = (message: string, from: number, to: number): void => {
    problem ??= new EvalError(message, code, from, to);
  };

  // Returns false to skip a node's children.
  const visit = (ref: SyntaxNodeRef, depth: number): false | undefined => {
    if (ref.type.isError) {
      syntax ??= syntaxError(code, tree, ref.from, types);
      return false;
    }
    if (!typeSyntax && isTypeSyntax(ref)) typeSyntax = true;
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
      case 'AssignmentExpression': {
        // `Pattern.prototype.name = f` adds a method to this program's patterns (register.ts).
        const assigned = prototypeMethod(code, ref.node);
        if (assigned !== undefined) {
          edits.push({ from: assigned.target.from, to: assigned.equals.to, insert: `${RUNTIME}.pm(${JSON.stringify(assigned.name)},`, rank: open(depth) });
          edits.push({ from: ref.to, to: ref.to, insert: ')', rank: close(depth) });
        }
        return undefined;
      }
      case 'CallExpression':
        if (registered.size > 0 && registeredCall(code, ref.node, depth, registered, edits)) return undefined;
        if (calleeName(code, ref.node) === 'slider') sliderCall(code, ref.node, depth, edits);
        else locatedCall(code, ref.node, depth, edits);
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
      case 'AwaitExpression': {
        if (insideFunction(ref.node)) return undefined;
        // Strudel code often waits for its samples (and its MIDI input); weft's samples() and
        // midin() return at once (the player loads the files, opens the port), so that `await`
        // has nothing to wait for and is left out.
        const awaited = ref.node.lastChild;
        if (awaited !== null && isAwaitedSetup(code, awaited)) edits.push({ from: ref.from, to: awaited.from, insert: '', rank: open(depth) });
        else complain('weft runs code at once, without waiting: top-level await is only accepted before samples(...) and midin(...)', ref.from, ref.to);
        return undefined;
      }
      case 'WhileStatement':
      case 'DoStatement':
      case 'ForStatement':
        guardLoop(ref.node, depth, sites, edits);
        return undefined;
      case 'ThrowStatement':
        placeThrow(ref.node, depth, sites, edits);
        return undefined;
      case 'VariableName':
      case 'VariableDefinition':
        if (ref.to - ref.from === RUNTIME.length && code.slice(ref.from, ref.to) === RUNTIME) {
          complain(`${RUNTIME} is weft's own name: choose another`, ref.from, ref.to);
        }
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
      const tooDeep = limits.enter(ref);
      if (tooDeep !== undefined) syntax = tooDeep;
      else if (visit(ref, ++depth) !== false) return undefined;
      else depth--;
      limits.leave();
      return false;
    },
    leave() {
      depth--;
      limits.leave();
    },
  });
  const failure = syntax ?? problem;
  if (failure !== undefined) throw failure;

  const last = lastStatement(tree.topNode);
  if (last?.name === 'ExpressionStatement') edits.push({ from: last.from, to: last.from, insert: 'return ', rank: -1 });
  return { tree, edited: applyEdits(code, edits), sites, limits, typeSyntax, registered: [...registered] };
}

// Opening text goes outside-in, closing text inside-out, and closings before openings.
const open = (depth: number): number => depth;
const close = (depth: number): number => -1000 - depth;

/** The functions whose arguments are URLs and names, not music: their strings stay strings. */
const plainStringCalls = new Set(['samples', 'register', 'loadOrc', 'createParam', 'createParams', 'midin']);

/** Methods whose strings are names, not mini-notation: a MIDI port is often called "IAC Driver Bus 1". */
const plainStringMethods = new Set(['midi']);

/** True for a call such as `x.midi(...)` (by the method's name). */
function isPlainStringMethod(code: string, call: SyntaxNode | null): boolean {
  const callee = call?.firstChild;
  if (callee?.name !== 'MemberExpression') return false;
  const prop = callee.lastChild;
  return prop?.name === 'PropertyName' && plainStringMethods.has(code.slice(prop.from, prop.to));
}

function isValueString(code: string, node: SyntaxNode): boolean {
  const parent = node.parent;
  if (parent !== null && keyed.has(parent.name) && parent.firstChild?.from === node.from) return false;
  // A subscript (`o["key"]`) is a property name too (Strudel would make it a pattern).
  if (parent?.name === 'MemberExpression' && node.prevSibling?.name === '[') return false;
  for (let n: SyntaxNode | null = parent; n !== null; n = n.parent) {
    if (keepStringsIn.has(n.name) || n.name.endsWith('Type')) return false;
    if (n.name === 'ArgList' && (isPlainStringCall(code, n.parent) || isPlainStringMethod(code, n.parent))) return false;
    if (n.name.endsWith('Statement') || n.name === 'Script') return true;
  }
  return true;
}

/** The setup calls Strudel code awaits, whose `await` has nothing to wait for in weft (`midin` returns at once too). */
const awaitedSetup = new Set(['samples', 'loadOrc', 'loadCsound', 'midin']);

/** True for `samples(...)`, `loadOrc(...)`, `midin(...)` or loadCsound`...` (by name). */
function isAwaitedSetup(code: string, node: SyntaxNode): boolean {
  const tag = node.name === 'TaggedTemplateExpression' ? node.firstChild : null;
  const name = tag?.name === 'VariableName' ? code.slice(tag.from, tag.to) : calleeName(code, node);
  return name !== undefined && awaitedSetup.has(name);
}

/** True for a call such as `samples(...)` (by name, not through a member or an alias). */
function isPlainStringCall(code: string, call: SyntaxNode | null): boolean {
  const name = calleeName(code, call);
  return name !== undefined && plainStringCalls.has(name);
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

/** The object and the name of a call `object.name(...)` (not `?.`, not `[...]`), when it is one. */
function memberCall(code: string, node: SyntaxNode): { object: SyntaxNode; dot: SyntaxNode; prop: SyntaxNode; name: string } | undefined {
  const callee = node.firstChild;
  if (callee?.name !== 'MemberExpression') return undefined;
  const object = callee.firstChild;
  const prop = callee.lastChild;
  const dot = prop?.prevSibling;
  if (object === null || prop?.name !== 'PropertyName' || dot?.name !== '.') return undefined;
  return { object, dot, prop, name: code.slice(prop.from, prop.to) };
}

/** `x.name(...)` for a registered `name` becomes `RUNTIME.r(x).name(...)` (see register.ts); true when it did. */
function registeredCall(code: string, node: SyntaxNode, depth: number, names: ReadonlySet<string>, edits: Edit[]): boolean {
  const call = memberCall(code, node);
  if (call === undefined || !names.has(call.name)) return false;
  edits.push({ from: call.object.from, to: call.object.from, insert: `${RUNTIME}.r(`, rank: open(depth) });
  edits.push({ from: call.object.to, to: call.object.to, insert: ')', rank: close(depth) });
  return true;
}

/**
 * `x.name(...)` for a visual or an output (see located-calls.ts) becomes
 * `RUNTIME.c(x, "name", start, end)(...)`, `[start, end)` from the name to the end of the call.
 */
function locatedCall(code: string, node: SyntaxNode, depth: number, edits: Edit[]): void {
  const call = memberCall(code, node);
  if (call === undefined || !LOCATED_CALLS.has(call.name)) return;
  edits.push({ from: call.object.from, to: call.object.from, insert: `${RUNTIME}.c(`, rank: open(depth) });
  edits.push({ from: call.dot.from, to: call.prop.to, insert: `, ${JSON.stringify(call.name)}, ${call.prop.from}, ${node.to})`, rank: close(depth) });
}

/**
 * `slider(x, ...)` becomes `RUNTIME.sl(start, end, literal)(x, ...)`: `[start, end)` is the number
 * `x` as written (`0.5`, `-2`), or the name `slider` when `x` is no number (see sliders.ts).
 */
function sliderCall(code: string, node: SyntaxNode, depth: number, edits: Edit[]): void {
  const callee = node.firstChild;
  if (callee === null) return;
  const first = node.getChild('ArgList')?.firstChild?.nextSibling;
  const negative = first?.name === 'UnaryExpression' && code.slice(first.from, first.from + 1) === '-' && first.lastChild?.name === 'Number';
  const literal = first !== undefined && first !== null && (first.name === 'Number' || negative);
  const [start, end] = literal ? [first.from, first.to] : [callee.from, callee.to];
  edits.push({ from: callee.from, to: callee.to, insert: `${RUNTIME}.sl(${start}, ${end}, ${String(literal)})`, rank: open(depth) });
}

/**
 * A loop's body becomes `{RUNTIME.l(i); body}`, `i` naming the loop's head (from its keyword to
 * the end of its parenthesis; the `do` of a `do ... while`).
 */
function guardLoop(loop: SyntaxNode, depth: number, sites: CodeRange[], edits: Edit[]): void {
  const keyword = loop.firstChild;
  const body = loop.name === 'DoStatement' ? keyword?.nextSibling : loop.lastChild;
  if (!keyword || !body || body.from === keyword.from) return;
  let end = keyword.to;
  if (loop.name !== 'DoStatement') {
    for (let n = keyword.nextSibling; n !== null && n.from < body.from; n = n.nextSibling) end = n.to;
  }
  const id = sites.push({ start: keyword.from, end }) - 1;
  edits.push({ from: body.from, to: body.from, insert: `{${RUNTIME}.l(${id});`, rank: open(depth) });
  edits.push({ from: body.to, to: body.to, insert: '}', rank: close(depth) });
}

/** `throw x` becomes `throw RUNTIME.e((x), i)`: what is thrown stays the same, and its place is known. */
function placeThrow(statement: SyntaxNode, depth: number, sites: CodeRange[], edits: Edit[]): void {
  const value = statement.firstChild?.nextSibling;
  if (!value || value.name === ';') return;
  const id = sites.push({ start: statement.from, end: value.to }) - 1;
  edits.push({ from: value.from, to: value.from, insert: `${RUNTIME}.e((`, rank: open(depth) });
  edits.push({ from: value.to, to: value.to, insert: `), ${id})`, rank: close(depth) });
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

function syntaxError(code: string, tree: Tree, at: number, types: TypeStripper | undefined): EvalError {
  // Sucrase's parser gives better messages; the tolerant parse gives the place when it does not.
  if (types === undefined) throw new NeedsTypeStripper();
  const found = types.syntaxErrorAt(code);
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
