/**
 * Which names a program registers as methods (`register('name', f)`, see register.ts): read from
 * its syntax tree, by the rewriter (which turns `x.name(...)` into the program's own method) and
 * by the language service (which declares those methods for the document), so both agree.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { parseCode } from './parse.ts';

/** The name a call calls when it is a plain name (`samples(...)`, not `x.samples(...)`). */
export function calleeName(code: string, call: SyntaxNode | null): string | undefined {
  const callee = call?.name === 'CallExpression' ? call.firstChild : null;
  return callee?.name === 'VariableName' ? code.slice(callee.from, callee.to) : undefined;
}

/**
 * The method name `Pattern.prototype.name = ...` assigns (Strudel code's way to add a method),
 * when `node` is such an assignment; weft reads it as the program's own method (register.ts).
 */
export function prototypeMethod(code: string, node: SyntaxNode): { name: string; target: SyntaxNode; equals: SyntaxNode } | undefined {
  if (node.name !== 'AssignmentExpression') return undefined;
  const target = node.firstChild;
  const equals = target?.nextSibling;
  if (target?.name !== 'MemberExpression' || equals?.name !== 'Equals') return undefined;
  const proto = target.firstChild;
  const name = target.lastChild;
  if (proto?.name !== 'MemberExpression' || name?.name !== 'PropertyName') return undefined;
  if (code.slice(proto.from, proto.to).replace(/\s+/g, '') !== 'Pattern.prototype') return undefined;
  return { name: code.slice(name.from, name.to), target, equals };
}

/** The calls that name methods of the code's own (see register.ts). */
const DECLARING = new Set(['register', 'createParam', 'createParams']);

/**
 * The names that the code's `register('name', ...)` calls (and `createParam('name')`,
 * `createParams('a', 'b')`) give literally (single- or
 * double-quoted), in order; `tree` is the code's parse when the caller has it. Code that cannot be
 * parsed registers nothing.
 */
export function registeredNames(code: string, tree?: Tree): string[] {
  const names = new Set<string>();
  if (!code.includes('register') && !code.includes('createParam') && !code.includes('prototype')) return [];
  let parsed: Tree;
  try {
    parsed = tree ?? parseCode(code);
  } catch {
    return [];
  }
  parsed.iterate({
    enter(ref) {
      const assigned = prototypeMethod(code, ref.node);
      if (assigned !== undefined) names.add(assigned.name);
      const callee = ref.name === 'CallExpression' ? calleeName(code, ref.node) : undefined;
      if (callee === undefined || !DECLARING.has(callee)) return undefined;
      // `register` and `createParam` name one method (their first argument); `createParams`, one per argument.
      for (let arg = ref.node.getChild('ArgList')?.firstChild?.nextSibling; arg; arg = callee === 'createParams' ? arg.nextSibling : null) {
        if (arg.name === 'String') names.add(code.slice(arg.from + 1, arg.to - 1));
      }
      return undefined;
    },
  });
  return [...names];
}
