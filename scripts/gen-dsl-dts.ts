/**
 * Generates the performer's declarations from the DSL's sources (never written twice):
 *
 * - `generated/dsl/**.d.ts`: TypeScript's declaration emit of `src/pattern` and `src/mini`, where
 *   the pattern methods (generated into src/pattern/surface/) get the docs of the functions they
 *   call (scripts/dsl-method-docs.ts), and the files that declare them augment `String` with them
 *   (a double-quoted string or backtick template in performer code is mini-notation: the
 *   evaluator makes it a pattern).
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
import { DSL_ENTRY, LIB_DIR, PERFORMER_LIB, type DocEntry, type DslReference } from '../src/intel/reference-data.ts';
import { docEntry } from './dsl-docs.ts';
import { documentMethods, isSurfaceFile, memberName, methodDocs, methodSummaries, surfaceClasses } from './dsl-method-docs.ts';
import { EVALUATOR_GLOBALS, globalsDeclarations } from './dsl-globals.ts';
import { LAYER_OPTIONS } from './dsl-methods.ts';
import { stringAugmentation } from './dsl-string.ts';
import { inputsHash, writeStamp } from './gen-stamp.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SRC = join(ROOT, 'src');
const OUT = join(ROOT, 'generated');
const LIB_SOURCE = dirname(createRequire(import.meta.url).resolve('typescript-js/lib/lib.d.ts'));

/** The options the DSL is compiled with (the pattern layer's, with the performer's library), emitting declarations. */
const options: ts.CompilerOptions = {
  ...LAYER_OPTIONS,
  lib: [PERFORMER_LIB],
  noEmit: false,
  declaration: true,
  emitDeclarationOnly: true,
  stripInternal: false,
};

const PATTERN_INDEX = join(SRC, 'pattern/index.ts');
const MINI_INDEX = join(SRC, 'mini/index.ts');

/** The exports of a module, by name. */
function exportsOf(checker: ts.TypeChecker, program: ts.Program, file: string): Map<string, ts.Symbol> {
  const source = program.getSourceFile(file);
  const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (module === undefined) throw new Error(`cannot read the exports of ${file}`);
  return new Map(checker.getExportsOfModule(module).map((s) => [s.getName(), s]));
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

  const classes = surfaceClasses(program);
  const docs = methodDocs(checker, classes, dslSymbols);
  const methods = new Set(classes.flatMap((c) => c.members.map(memberName)).filter((n): n is string => n !== undefined));

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
    const body = isSurfaceFile(path) ? text + stringAugmentation(text, libStringMembers(libNames)) : text;
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
  return { declarations, libs, reference: { entries, methods: methodSummaries(checker, classes, docs) } };
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
