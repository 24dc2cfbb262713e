/**
 * The calls that set the tempo (`setcps(x)`, `setcpm(x)` = x / 60 cycles per second, and
 * Strudel's camelCase names for them), and the tempo code declares, read from its syntax without
 * running it: what the transport shows before the code is first evaluated.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { MAX_CPS, MIN_CPS } from '../audio/protocol.ts';

/** Each tempo call, with what its argument is divided by to give cycles per second. */
export const TEMPO_CALLS = { setcps: 1, setcpm: 60, setCps: 1, setCpm: 60 } as const;

/** The name of a tempo call. */
export type TempoCall = keyof typeof TEMPO_CALLS;

const isTempoCall = (name: string): name is TempoCall => Object.hasOwn(TEMPO_CALLS, name);

/** The value of a constant arithmetic expression of number literals (`112/4`, `-(0.5)*2`), else undefined. */
function constant(code: string, node: SyntaxNode | null): number | undefined {
  if (node === null) return undefined;
  if (node.name === 'Number') {
    const value = Number(code.slice(node.from, node.to).replace(/_/g, ''));
    return Number.isFinite(value) ? value : undefined;
  }
  if (node.name === 'ParenthesizedExpression') return constant(code, node.firstChild?.nextSibling ?? null);
  if (node.name === 'UnaryExpression') {
    const op = node.firstChild;
    const value = constant(code, op?.nextSibling ?? null);
    const sign = op === null ? '' : code.slice(op.from, op.to);
    return value === undefined ? undefined : sign === '-' ? -value : sign === '+' ? value : undefined;
  }
  if (node.name === 'BinaryExpression') {
    const left = node.firstChild;
    const op = left?.nextSibling ?? null;
    const a = constant(code, left), b = constant(code, op?.nextSibling ?? null);
    if (a === undefined || b === undefined || op === null) return undefined;
    const result = ({ '+': a + b, '-': a - b, '*': a * b, '/': a / b } as Record<string, number>)[code.slice(op.from, op.to)];
    return result !== undefined && Number.isFinite(result) ? result : undefined;
  }
  return undefined;
}

/**
 * The cycles per second that `code` (parsed as `tree`: eval's `parseCode`, or the editor's own
 * syntax tree, the same grammar) sets with its last top-level tempo call whose argument is a
 * constant (`setcpm(112/4)` gives 28 / 60), within weft's range; undefined when it sets none that
 * can be read without running it.
 *
 * @example
 * declaredCps('setcpm(112/4)\n$: s("bd*4")', parseCode('setcpm(112/4)\n$: s("bd*4")')) // 0.4666…
 */
export function declaredCps(code: string, tree: Tree): number | undefined {
  let cps: number | undefined;
  let statement = tree.topNode.firstChild;
  for (; statement !== null; statement = statement.nextSibling) {
    const call = statement.name === 'ExpressionStatement' ? statement.firstChild : null;
    const callee = call?.name === 'CallExpression' ? call.firstChild : null;
    if (callee?.name !== 'VariableName') continue;
    const name = code.slice(callee.from, callee.to);
    const args = callee.nextSibling;
    if (!isTempoCall(name) || args?.name !== 'ArgList') continue;
    const first = args.firstChild?.nextSibling ?? null;
    // One argument: `(`, the argument, `)`.
    if (first?.nextSibling?.name !== ')') continue;
    const value = constant(code, first);
    if (value === undefined) continue;
    const per = TEMPO_CALLS[name];
    if (value / per >= MIN_CPS && value / per <= MAX_CPS) cps = value / per;
  }
  return cps;
}
