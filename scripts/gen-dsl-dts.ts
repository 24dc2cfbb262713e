/**
 * Generates the performer's declarations from the DSL's sources (never written twice):
 *
 * - `generated/dsl/**.d.ts`: TypeScript's declaration emit of `src/pattern` and `src/mini`, where
 *   the `Pattern` class's one-line delegates get the docs of the functions they delegate to, and
 *   `pattern/pattern.d.ts` augments `String` with every pattern method (a double-quoted string or
 *   backtick template in performer code is mini-notation: the evaluator makes it a pattern).
 * - `generated/dsl/dsl.d.ts`: the performer's global scope: every name of `dslScope`
 *   (src/eval/scope.ts) as a global alias of its export, plus `setcps`, `setcpm` and `samples`.
 * - `generated/dsl-files.json`: those files and the TypeScript library, for the language service.
 * - `generated/dsl-reference.json`: every name's signature, summary and examples.
 *
 * Run by `npm run build` and `npm run gen` (`npx tsx scripts/gen-dsl-dts.ts`); `npm start` and
 * `npm test` run it through scripts/gen-if-changed.ts, only when its inputs changed. `generated/`
 * is not committed.
 */
import ts from 'typescript-js';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dslScope } from '../src/eval/scope.ts';
import { DSL_ENTRY, LIB_DIR, PERFORMER_LIB, type DocEntry, type DslReference, type MethodDoc } from '../src/intel/reference-data.ts';
import { commentBody, docEntry, rawDocOf, splitDoc } from './dsl-docs.ts';
import { EVALUATOR_GLOBALS, globalsDeclarations } from './dsl-globals.ts';
import { stringAugmentation } from './dsl-string.ts';
import { inputsHash, writeStamp } from './gen-stamp.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SRC = join(ROOT, 'src');
const OUT = join(ROOT, 'generated');
const LIB_SOURCE = dirname(createRequire(import.meta.url).resolve('typescript-js/lib/lib.d.ts'));

/** The options the DSL is compiled with (as tsconfig.json, without the DOM). */
const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: [PERFORMER_LIB],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  allowImportingTsExtensions: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  declaration: true,
  emitDeclarationOnly: true,
  stripInternal: false,
};

const PATTERN_INDEX = join(SRC, 'pattern/index.ts');
const MINI_INDEX = join(SRC, 'mini/index.ts');
const PATTERN_CLASS_FILE = join(SRC, 'pattern/pattern.ts');

/** The exports of a module, by name. */
function exportsOf(checker: ts.TypeChecker, program: ts.Program, file: string): Map<string, ts.Symbol> {
  const source = program.getSourceFile(file);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`cannot read the exports of ${file}`);
  return new Map(checker.getExportsOfModule(module).map((s) => [s.getName(), s]));
}

/** The Pattern class in its source. */
function patternClass(program: ts.Program): ts.ClassDeclaration {
  const source = program.getSourceFile(PATTERN_CLASS_FILE);
  const found = source?.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === 'Pattern');
  if (found === undefined) throw new Error('no Pattern class in src/pattern/pattern.ts');
  return found;
}

function memberName(member: ts.ClassElement): string | undefined {
  return member.name !== undefined && ts.isIdentifier(member.name) ? member.name.text : undefined;
}

/**
 * Docs for the class's undocumented methods: those of the DSL export of the same name, else of
 * the function the method delegates to (`return time.slow(factor, this)`).
 */
function methodDocs(checker: ts.TypeChecker, cls: ts.ClassDeclaration, dsl: ReadonlyMap<string, ts.Symbol>): Map<string, string> {
  const docs = new Map<string, string>();
  const declarationOf = (symbol: ts.Symbol | undefined): ts.Declaration | undefined => {
    if (symbol === undefined) return undefined;
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return target.declarations?.[0];
  };
  for (const member of cls.members) {
    const name = memberName(member);
    if (name === undefined || rawDocOf(member) !== undefined) continue;
    let raw: string | undefined;
    const exported = declarationOf(dsl.get(name));
    if (exported !== undefined) raw = rawDocOf(exported);
    if (raw === undefined && (ts.isMethodDeclaration(member) || ts.isGetAccessorDeclaration(member)) && member.body !== undefined) {
      const ret = member.body.statements.find(ts.isReturnStatement)?.expression;
      let callee: ts.Expression | undefined = ret !== undefined && ts.isCallExpression(ret) ? ret.expression : undefined;
      while (callee !== undefined && ts.isCallExpression(callee)) callee = callee.expression;
      const declaration = callee === undefined ? undefined : declarationOf(checker.getSymbolAtLocation(callee));
      if (declaration !== undefined) raw = rawDocOf(declaration);
    }
    if (raw !== undefined) docs.set(name, raw);
  }
  return docs;
}

/** Every method's signature (as called on a pattern) and summary, for completions after a `.`. */
function methodSummaries(checker: ts.TypeChecker, cls: ts.ClassDeclaration, docs: ReadonlyMap<string, string>): Record<string, MethodDoc> {
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.WriteArrowStyleSignature;
  const out: Record<string, MethodDoc> = {};
  for (const member of cls.members) {
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

/** Adds the delegates' docs to the emitted `Pattern` class. */
function documentMethods(docs: ReadonlyMap<string, string>): ts.TransformerFactory<ts.SourceFile | ts.Bundle> {
  return (context) => (node) => {
    if (!ts.isSourceFile(node) || !/pattern\/pattern\.(d\.)?ts$/.test(node.fileName)) return node;
    const visit = (n: ts.Node): ts.Node => {
      if (ts.isClassDeclaration(n) && n.name?.text === 'Pattern') {
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

/** The library files that `lib` pulls in, following `/// <reference lib>` (by file name). */
function libFiles(lib: string): Map<string, string> {
  const files = new Map<string, string>();
  const add = (name: string): void => {
    if (files.has(name)) return;
    const text = readFileSync(join(LIB_SOURCE, name), 'utf8');
    files.set(name, text);
    for (const m of text.matchAll(/^\/\/\/\s*<reference\s+lib="([^"]+)"/gm)) add(`lib.${m[1]!.toLowerCase()}.d.ts`);
  };
  add(lib);
  return files;
}

/** The members of the library's `String` interface: name to 'method' or 'property'. */
function libStringMembers(libs: ReadonlyMap<string, string>): Map<string, 'method' | 'property'> {
  const members = new Map<string, 'method' | 'property'>();
  for (const [name, text] of libs) {
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022);
    for (const s of source.statements) {
      if (!ts.isInterfaceDeclaration(s) || s.name.text !== 'String') continue;
      for (const m of s.members) {
        if (m.name === undefined || !ts.isIdentifier(m.name)) continue;
        members.set(m.name.text, ts.isMethodSignature(m) ? 'method' : 'property');
      }
    }
  }
  return members;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** What the generator makes, in memory: files by virtual path (`/dsl/...`, `/lib/...`) and the reference. */
export interface GeneratedDsl {
  /** The declarations, by path under `/dsl/`. */
  readonly declarations: ReadonlyMap<string, string>;
  /** The TypeScript library files the performer's code is checked against, by path under `/lib/`. */
  readonly libs: ReadonlyMap<string, string>;
  readonly reference: DslReference;
}

/** Builds the declarations and the reference from the sources. */
export function buildDsl(): GeneratedDsl {
  const program = ts.createProgram([PATTERN_INDEX, MINI_INDEX], options);
  const problems = ts.getPreEmitDiagnostics(program);
  if (problems.length > 0) {
    const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
    throw new Error(`the DSL does not compile:\n${ts.formatDiagnostics(problems.slice(0, 20), host)}`);
  }
  const checker = program.getTypeChecker();
  const patternExports = exportsOf(checker, program, PATTERN_INDEX);
  const miniExports = exportsOf(checker, program, MINI_INDEX);

  // The names performer code sees, each with the module that gives it (as scope.ts orders them).
  const dsl = new Map<string, { module: 'pattern' | 'mini'; symbol: ts.Symbol }>();
  for (const name of dslScope.keys()) {
    const symbol = name === 'mini' ? miniExports.get(name) : patternExports.get(name);
    if (symbol === undefined) throw new Error(`dslScope has ${name}, but no DSL module exports it`);
    dsl.set(name, { module: name === 'mini' ? 'mini' : 'pattern', symbol });
  }
  const dslSymbols = new Map([...dsl].map(([name, { symbol }]) => [name, symbol]));

  const cls = patternClass(program);
  const docs = methodDocs(checker, cls, dslSymbols);
  const methods = new Set(cls.members.map(memberName).filter((n): n is string => n !== undefined));

  // Declaration emit of the two layers, into memory.
  const emitted = new Map<string, string>();
  const result = program.emit(undefined, (fileName, text) => emitted.set(fileName, text), undefined, true, {
    afterDeclarations: [documentMethods(docs)],
  });
  if (result.emitSkipped) throw new Error('declaration emit failed');

  const libNames = libFiles(PERFORMER_LIB);
  const declarations = new Map<string, string>();
  const header = '// Generated by scripts/gen-dsl-dts.ts from src/: do not edit.\n';
  for (const [fileName, text] of emitted) {
    const path = `/dsl/${relative(SRC, fileName).replaceAll('\\', '/')}`;
    const body = path === '/dsl/pattern/pattern.d.ts' ? text + stringAugmentation(text, libStringMembers(libNames)) : text;
    declarations.set(path, header + body);
  }
  declarations.set(DSL_ENTRY, header + globalsDeclarations(dsl));

  // The reference: every DSL name, then the evaluator's globals.
  const entries: DocEntry[] = [];
  for (const [name, { symbol }] of dsl) {
    const entry = docEntry(checker, name, symbol, methods);
    if (entry !== undefined) entries.push(entry);
  }
  entries.push(...EVALUATOR_GLOBALS.map((g) => g.entry));

  const libs = new Map([...libNames].map(([name, text]) => [LIB_DIR + name, text]));
  return { declarations, libs, reference: { entries, methods: methodSummaries(checker, cls, docs) } };
}

/** Generates everything into `generated/`; returns the written files' paths relative to the repository. */
export function generate(): string[] {
  const { declarations, libs, reference } = buildDsl();
  rmSync(join(OUT, 'dsl'), { recursive: true, force: true });
  const written: string[] = [];
  for (const [path, text] of declarations) {
    const target = join(OUT, path);
    write(target, text);
    written.push(relative(ROOT, target));
  }
  const files: Record<string, string> = Object.fromEntries([...declarations, ...libs]);
  write(join(OUT, 'dsl-files.json'), JSON.stringify({ files }));
  write(join(OUT, 'dsl-reference.json'), JSON.stringify(reference, null, 1));
  written.push('generated/dsl-files.json', 'generated/dsl-reference.json');
  return written;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  const hash = inputsHash();
  const written = generate();
  writeStamp(hash);
  console.log(`gen-dsl-dts: ${written.length} files in generated/ (${Math.round(performance.now() - started)} ms)`);
}
