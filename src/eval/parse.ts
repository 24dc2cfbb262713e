/**
 * Parsing performer code with Lezer, and the limits on how deep it may nest.
 *
 * Lezer cuts long left-associative chains (`a.f().g()...`, `1 + 1 + ...`) after about 300
 * reductions over 2,000 characters, which turned a valid chain of 325 `.fast(1)` into an
 * "Unexpected token"; {@link parseCode} parses without that cut. Every later stage recurses on
 * depth instead: Lezer builds trees deeper than 2,500 nodes flat (silently wrong), Sucrase and the
 * engine overflow their stacks on brackets nested about 800 deep. {@link DepthLimits} refuses code
 * beyond limits well under those, at the place where it goes over.
 */
import type { SyntaxNodeRef, Tree } from '@lezer/common';
import { parser } from '@lezer/javascript';
import { EvalError } from './errors.ts';

const tsParser = parser.configure({ dialect: 'ts' });
// By node type id: whether it is an expression, and whether it is a `.name` link of a chain.
const isExpression: readonly boolean[] = tsParser.nodeSet.types.map((type) => type.name.endsWith('Expression'));
const isLink: readonly boolean[] = tsParser.nodeSet.types.map((type) => type.name === 'MemberExpression');

/** Brackets, functions and other constructs nested in one another (a chain of calls counts once). */
export const MAX_NESTING = 200;
/** Calls in one chain, `x.a().b()...` (more precisely, `.name` links). */
export const MAX_CHAIN = 1000;
/** Nodes in one left-associative run: a chain, or operators such as `1 + 1 + ...`. */
export const MAX_RUN = 2100;
/** Nodes from the top of the tree to the deepest (Lezer builds trees flat beyond 2,500). */
export const MAX_DEPTH = 2400;

// Lezer's count of big left-associative reductions (see the module comment); reset before each step.
interface Resettable {
  bigReductionCount?: unknown;
}

/**
 * Parses performer code as TypeScript. Throws an {@link EvalError} when the parser runs out of
 * stack, placed where the code goes too deep, and refuses code nested far beyond
 * {@link MAX_NESTING} before parsing all of it (Lezer's recovery from thousands of open brackets
 * takes seconds).
 */
export function parseCode(code: string): Tree {
  refuseDeepPrefix(code);
  try {
    const parse = tsParser.startParse(code);
    const state = parse as unknown as Resettable;
    for (;;) {
      if (typeof state.bigReductionCount === 'number') state.bigReductionCount = 0;
      const tree = parse.advance();
      if (tree !== null) return tree;
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw tooDeep(code, error);
  }
}

/**
 * Where brackets are first nested deeper than twice {@link MAX_NESTING}, by a rough count that
 * skips strings and comments; -1 if nowhere. Rough is enough: this only decides which prefix of
 * the code to look at first.
 */
function roughlyTooDeep(code: string): number {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') {
      if (++depth > 2 * MAX_NESTING) return i;
    } else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === '"' || c === "'") i = skipQuoted(code, i, c);
    else if (c === '/' && code[i + 1] === '/') i = endOf(code, '\n', i + 2, 0);
    else if (c === '/' && code[i + 1] === '*') i = endOf(code, '*/', i + 2, 1);
  }
  return -1;
}

/** Where `text` next ends after `from` (plus `extra`), or the end of the code. */
function endOf(code: string, text: string, from: number, extra: number): number {
  const at = code.indexOf(text, from);
  return at === -1 ? code.length : at + extra;
}

function skipQuoted(code: string, start: number, quote: string): number {
  for (let i = start + 1; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') i++;
    else if (c === quote || c === '\n') return i;
  }
  return code.length;
}

/**
 * When the rough count finds brackets nested more than twice {@link MAX_NESTING} deep, parses
 * only the code up to there and refuses it if the parse agrees that it goes over a limit.
 */
function refuseDeepPrefix(code: string): void {
  const at = roughlyTooDeep(code);
  if (at < 0) return;
  const limits = new DepthLimits(code);
  let error: EvalError | undefined;
  tsParser.parse(code.slice(0, at + 1)).iterate({
    enter(ref) {
      if (error !== undefined) return false;
      error = limits.enter(ref);
      return undefined;
    },
    leave() {
      limits.leave();
    },
  });
  if (error !== undefined) throw error;
}

/** The error for code too deep to parse: at the first place Lezer's own cut parse stumbles, or its deepest node. */
function tooDeep(code: string, cause: RangeError): EvalError {
  const message = 'this code nests or chains too deeply for weft to read: split it into parts with const';
  try {
    const tree = tsParser.parse(code);
    let at: { from: number; to: number } | undefined;
    let deepest = { from: 0, to: code.length, depth: -1 };
    let depth = 0;
    tree.iterate({
      enter(ref) {
        if (at !== undefined) return false;
        if (ref.type.isError) at = { from: ref.from, to: Math.max(ref.to, ref.from + 1) };
        if (++depth > deepest.depth) deepest = { from: ref.from, to: ref.to, depth };
        return undefined;
      },
      leave() {
        depth--;
      },
    });
    const place = at ?? deepest;
    return new EvalError(message, code, place.from, place.to, { cause });
  } catch {
    return new EvalError(message, code, 0, code.length, { cause });
  }
}

/**
 * Follows a walk over the tree (call {@link enter} and {@link leave} for every node entered and
 * left) and reports the first place that goes over a limit. Also remembers the most nested
 * place, for errors that later stages throw when they run out of stack.
 */
export class DepthLimits {
  private readonly code: string;
  // Per node on the path from the top: where it starts and ends, its nesting, its run, the links in
  // its chain, and the index (on this path) of the outermost expression of its run.
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly nestings: number[] = [];
  private readonly runs: number[] = [];
  private readonly links: number[] = [];
  private readonly runTops: number[] = [];
  private readonly expressions: boolean[] = [];
  private deepest: { from: number; to: number; nesting: number };

  constructor(code: string) {
    this.code = code;
    this.deepest = { from: 0, to: code.length, nesting: -1 };
  }

  /** Enters a node; returns the error if it goes over a limit. */
  enter(ref: SyntaxNodeRef): EvalError | undefined {
    const top = this.starts.length - 1;
    const index = top + 1;
    const same = top >= 0 && this.starts[top] === ref.from;
    const nesting = top < 0 ? 0 : (this.nestings[top] as number) + (same ? 0 : 1);
    const run = same ? (this.runs[top] as number) + 1 : 1;
    const id = ref.type.id;
    const links = (same ? (this.links[top] as number) : 0) + (isLink[id] === true ? 1 : 0);
    const expression = isExpression[id] === true;
    // A run's place is its outermost expression (not the statement or script that starts with it).
    const inherited = same ? (this.runTops[top] as number) : index;
    const runTop = same && !(this.expressions[inherited] as boolean) && expression ? index : inherited;
    this.starts.push(ref.from);
    this.ends.push(ref.to);
    this.nestings.push(nesting);
    this.runs.push(run);
    this.links.push(links);
    this.runTops.push(runTop);
    this.expressions.push(expression);
    if (nesting > this.deepest.nesting) this.deepest = { from: ref.from, to: ref.to, nesting };

    if (nesting > MAX_NESTING) {
      return this.error(`this is nested more than ${MAX_NESTING} levels deep (weft reads up to ${MAX_NESTING}): take parts out into const declarations`, ref.from, ref.from + 1);
    }
    const from = this.starts[runTop] as number;
    const to = this.ends[runTop] as number;
    if (links > MAX_CHAIN) {
      return this.error(`this chain has more than ${MAX_CHAIN} calls (weft reads up to ${MAX_CHAIN}): split it, e.g. const a = ... then a.fast(2)...`, from, to);
    }
    if (run > MAX_RUN) {
      return this.error(`this expression is more than ${MAX_RUN} operations long (weft reads up to ${MAX_RUN}): split it into parts with const`, from, to);
    }
    if (index + 1 > MAX_DEPTH) {
      return this.error(`this code nests too deeply (more than ${MAX_DEPTH} levels): take parts out into const declarations`, ref.from, ref.from + 1);
    }
    return undefined;
  }

  /** Leaves the node entered last. */
  leave(): void {
    this.starts.pop();
    this.ends.pop();
    this.nestings.pop();
    this.runs.pop();
    this.links.pop();
    this.runTops.pop();
    this.expressions.pop();
  }

  /** The error for a later stage that ran out of stack: at the most nested place seen. */
  overflow(cause: unknown): EvalError {
    const message = 'this code nests too deeply for the JavaScript engine: take parts out into const declarations';
    return new EvalError(message, this.code, this.deepest.from, Math.min(this.deepest.to, this.deepest.from + 1), { cause });
  }

  private error(message: string, from: number, to: number): EvalError {
    return new EvalError(message, this.code, from, to);
  }
}
