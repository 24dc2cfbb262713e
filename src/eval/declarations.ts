/** Names declared twice in one block, which the engine would reject without saying where. */
import type { SyntaxNode } from '@lezer/common';

interface Declared {
  readonly name: string;
  readonly lexical: boolean;
  readonly node: SyntaxNode;
}

/** The second declaration of a name declared twice directly in `block`, if any. */
export function duplicateDeclaration(code: string, block: SyntaxNode): SyntaxNode | undefined {
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
