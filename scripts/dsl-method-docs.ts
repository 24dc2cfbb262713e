/**
 * The docs and summaries of the pattern methods, for the declarations and the reference. The
 * methods are declared by the class `Pattern` (src/pattern/pattern.ts) and the mixin classes of
 * the generated surface (src/pattern/surface/), undocumented: each gets the docs of the function
 * it calls when that function is tagged with its name (`@method`, `@method seg`, `@getter`),
 * else of the DSL export of its name (a control's method gets its control function's docs).
 */
import ts from 'typescript-js';
import type { MethodDoc } from '../src/intel/reference-data.ts';
import { commentBody, rawDocOf, splitDoc } from './dsl-docs.ts';

/** True for the emitted or source file of a class of pattern methods. */
export function isSurfaceFile(fileName: string): boolean {
  return /pattern\/pattern\.(d\.)?ts$/.test(fileName) || /pattern\/surface\/[^/]+\.(d\.)?ts$/.test(fileName);
}

/** True for a class whose members are pattern methods. */
function isSurfaceClass(node: ts.Node): node is ts.ClassDeclaration {
  return ts.isClassDeclaration(node) && node.name !== undefined && (node.name.text === 'Pattern' || node.getSourceFile().fileName.includes('/surface/'));
}

/** The classes that declare the pattern methods, in the program's surface files. */
export function surfaceClasses(program: ts.Program): ts.ClassDeclaration[] {
  return program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && isSurfaceFile(f.fileName))
    .flatMap((f) => f.statements.filter(isSurfaceClass));
}

export function memberName(member: ts.ClassElement): string | undefined {
  return member.name !== undefined && ts.isIdentifier(member.name) ? member.name.text : undefined;
}

/** The `@method` and `@getter` names a declaration's TSDoc gives it (`@method` alone: its own name). */
function taggedNames(declaration: ts.Declaration): string[] {
  const own = ts.getNameOfDeclaration(declaration)?.getText();
  return ts.getJSDocTags(declaration).flatMap((tag) => {
    if (tag.tagName.text !== 'method' && tag.tagName.text !== 'getter') return [];
    const comment = typeof tag.comment === 'string' ? tag.comment.trim() : '';
    return [comment === '' ? own ?? '' : comment];
  });
}

/** A doc without the `@method` and `@getter` tags (they say how the surface is made, not what it does). */
export function withoutSurfaceTags(raw: string): string {
  return raw.replace(/^[ \t]*\* @(?:method|getter)\b.*\n/gm, '');
}

/** Docs for the surface's undocumented methods, by name (see the module's docs). */
export function methodDocs(checker: ts.TypeChecker, classes: readonly ts.ClassDeclaration[], dsl: ReadonlyMap<string, ts.Symbol>): Map<string, string> {
  const docs = new Map<string, string>();
  const declarationOf = (symbol: ts.Symbol | undefined): ts.Declaration | undefined => {
    if (symbol === undefined) return undefined;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return target.declarations?.[0];
  };
  for (const member of classes.flatMap((c) => [...c.members])) {
    const name = memberName(member);
    if (name === undefined || rawDocOf(member) !== undefined) continue;
    let raw: string | undefined;
    if ((ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)) && member.body !== undefined) {
      const ret = member.body.statements.find(ts.isReturnStatement)?.expression;
      const callee = ret !== undefined && ts.isCallExpression(ret) ? ret.expression : undefined;
      const declaration = callee === undefined ? undefined : declarationOf(checker.getSymbolAtLocation(callee));
      if (declaration !== undefined && taggedNames(declaration).includes(name)) raw = rawDocOf(declaration);
    }
    if (raw === undefined) {
      const exported = declarationOf(dsl.get(name));
      if (exported !== undefined) raw = rawDocOf(exported);
    }
    if (raw !== undefined) docs.set(name, withoutSurfaceTags(raw));
  }
  return docs;
}

/** Every method's signature (as called on a pattern) and summary, for completions after a `.`. */
export function methodSummaries(checker: ts.TypeChecker, classes: readonly ts.ClassDeclaration[], docs: ReadonlyMap<string, string>): Record<string, MethodDoc> {
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.WriteArrowStyleSignature;
  const out: Record<string, MethodDoc> = {};
  for (const member of classes.flatMap((c) => [...c.members])) {
    const name = memberName(member);
    if (name === undefined || !(ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member))) continue;
    const signature = ts.isMethodDeclaration(member)
      ? checker.getSignatureFromDeclaration(member)
      : checker.getTypeAtLocation(member).getCallSignatures()[0];
    if (signature === undefined) continue;
    const raw = rawDocOf(member) ?? docs.get(name);
    out[name] = {
      signature: name + checker.signatureToString(signature, undefined, flags).replace(/ => /, ': '),
      summary: raw === undefined ? '' : splitDoc(commentBody(raw)).summary,
    };
  }
  return out;
}

/** A doc comment re-indented for a class member, as a synthetic comment's text. */
function memberComment(raw: string, indent: string): string {
  const lines = raw.split('\n').map((line, i) => (i === 0 ? line : indent + line.trim()));
  return lines.join('\n').replace(/^\/\*/, '').replace(/\*\/$/, '');
}

/** Adds the methods' docs to the emitted surface classes. */
export function documentMethods(docs: ReadonlyMap<string, string>): ts.TransformerFactory<ts.SourceFile | ts.Bundle> {
  return (context) => (node) => {
    if (!ts.isSourceFile(node) || !isSurfaceFile(node.fileName)) return node;
    const visit = (n: ts.Node): ts.Node => {
      if (ts.isClassDeclaration(n) && n.name !== undefined) {
        for (const member of n.members) {
          const name = memberName(member);
          const raw = name === undefined ? undefined : docs.get(name);
          if (raw !== undefined) ts.addSyntheticLeadingComment(member, ts.SyntaxKind.MultiLineCommentTrivia, memberComment(raw, ' '), true);
        }
        return n;
      }
      return ts.visitEachChild(n, visit, context);
    };
    return ts.visitEachChild(node, visit, context);
  };
}
