/**
 * The `String` augmentation: in performer code, a double-quoted string or a backtick template is
 * mini-notation that the evaluator turns into a pattern (`"0 2".add("<0 1>")` is
 * `mini("0 2").add("<0 1>")`), so for the type checker every string has the pattern methods.
 */
import ts from 'typescript-js';

const STRING_DOC = `/**
     * Pattern methods on strings. In performer code a double-quoted string or a backtick template
     * is mini-notation: the evaluator parses it into a pattern before the code runs, so
     * \`"0 2".add("<0 1>")\` is \`mini("0 2").add("<0 1>")\`. A single-quoted string stays a string.
     * Mini-notation's values (numbers, note and sound names, lists) are known only when it is parsed,
     * so a string's pattern is typed \`Pattern<any>\`: like a string argument, it fits what a method needs.
     */`;

/** Replaces the class's type parameter `T` with `any` (the value type of mini-notation). */
function withAnyValues<N extends ts.Node>(node: N, context: ts.TransformationContext): N {
  const visit = (n: ts.Node): ts.Node => {
    if (ts.isTypeReferenceNode(n) && ts.isIdentifier(n.typeName) && n.typeName.text === 'T' && n.typeArguments === undefined) {
      return ts.factory.createKeywordTypeNode(ts.SyntaxKind.AnyKeyword);
    }
    // A method with a type parameter of its own named T keeps it.
    if (ts.isMethodDeclaration(n) && n.typeParameters?.some((p) => p.name.text === 'T')) return n;
    return ts.visitEachChild(n, visit, context);
  };
  return ts.visitNode(node, visit) as N;
}

function withoutThis(parameters: readonly ts.ParameterDeclaration[]): ts.ParameterDeclaration[] {
  return parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === 'this'));
}

/**
 * The `declare global { interface String {...} }` block to append to an emitted file of pattern
 * methods (`Pattern` in pattern.d.ts, the surface's mixin classes), with the members of its
 * classes, whose types the file's imports give; empty for a file without classes. `libMembers`
 * are String's own members: a method of both becomes an overload; a pattern getter (`sub`) where
 * String has a method becomes a method overload; a String property is left alone.
 */
export function stringAugmentation(patternDts: string, libMembers: ReadonlyMap<string, 'method' | 'property'>): string {
  const source = ts.createSourceFile('pattern.d.ts', patternDts, ts.ScriptTarget.ES2022, true);
  const classes = source.statements.filter((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s));
  if (classes.length === 0) return '';
  const f = ts.factory;
  const printer = ts.createPrinter({ removeComments: false });
  const members: string[] = [];

  ts.transform(classes, [(context) => (root) => {
    for (const member of root.members) {
      if (member.name === undefined || !ts.isIdentifier(member.name)) continue;
      const name = member.name.text;
      const lib = libMembers.get(name);
      if (lib === 'property') continue;
      let signature: ts.TypeElement | undefined;
      if (ts.isMethodDeclaration(member)) {
        const m = withAnyValues(member, context);
        signature = f.createMethodSignature(undefined, name, m.questionToken, m.typeParameters, withoutThis(m.parameters), m.type);
      } else if (ts.isGetAccessorDeclaration(member) && member.type !== undefined) {
        const type = withAnyValues(member.type, context);
        signature =
          lib === 'method'
            ? f.createMethodSignature(undefined, name, undefined, undefined,
                [f.createParameterDeclaration(undefined, f.createToken(ts.SyntaxKind.DotDotDotToken), 'args', undefined,
                  f.createTypeReferenceNode('Parameters', [type]))],
                f.createTypeReferenceNode('ReturnType', [type]))
            : f.createPropertySignature([f.createModifier(ts.SyntaxKind.ReadonlyKeyword)], name, undefined, type);
      } else if (ts.isPropertyDeclaration(member) && member.type !== undefined && lib === undefined) {
        signature = f.createPropertySignature([f.createModifier(ts.SyntaxKind.ReadonlyKeyword)], name, undefined, withAnyValues(member.type, context));
      }
      if (signature === undefined) continue;
      // Keep the member's doc comment (written before the member in the emitted text).
      const doc = ts.getLeadingCommentRanges(patternDts, member.pos)?.filter((r) => patternDts.startsWith('/**', r.pos)).at(-1);
      const docText = doc === undefined ? '' : `        ${patternDts.slice(doc.pos, doc.end).split('\n').map((l) => l.trim()).join('\n         ')}\n`;
      members.push(docText + '        ' + printer.printNode(ts.EmitHint.Unspecified, signature, source));
    }
    return root;
  }]);

  return `
declare global {
    ${STRING_DOC}
    interface String {
${members.join('\n')}
    }
}
`;
}
