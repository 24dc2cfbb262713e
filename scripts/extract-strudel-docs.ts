/**
 * Collects the runnable programs of Strudel's documentation and workshop pages into
 * test/conformance/docs-programs.json, the data of the docs conformance suite (docs.test.ts).
 *
 *   npx tsx scripts/extract-strudel-docs.ts <strudel git dir or checkout> <revision> [owner/name]
 *
 * The pages are the .mdx files under `website/src/pages` at that revision, read through git (a
 * bare mirror works: `git -C <path> show <revision>:<file>`). Their runnable programs are the
 * `tune={...}` and `tunes={...}` attributes of `<MiniRepl>` (the only component with runnable
 * code; `<JsDoc name=...>` renders the `@example`s of Strudel's doc comments, which
 * examples.test.ts already compares). A tune is a JavaScript string or template literal; `tunes`
 * names an array imported from a module of the website (`examples.mjs`), read from the same
 * revision. Tags inside fenced code blocks and MDX comments are not rendered and are left out.
 *
 * Each program is `{ page, index, code }`: `page` its path under website/src/pages without the
 * extension, `index` its place among that page's tunes (0-based, document order, each entry of a
 * `tunes` array counting once). Identical code is kept once, at its first page; translated pages
 * (a two-letter language folder such as `de/`) come after the others, so a program belongs to the
 * English page it appears on. What cannot be a program (empty code, a template literal with `${}`,
 * an expression this script cannot read) is counted under `skipped`, with its reason.
 *
 * Only performer code from the pages is kept: nothing of Strudel's library source is read.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-js';

/** One runnable program from a page. */
export interface DocsProgram {
  /** The page's path under website/src/pages without its extension, e.g. `learn/mini-notation`. */
  page: string;
  /** Its place among the page's tunes, 0-based in document order. */
  index: number;
  code: string;
}

/** A tune that was not kept as a program. */
export interface SkippedTune {
  page: string;
  index: number;
  reason: string;
}

/** The content of docs-programs.json. */
export interface DocsPrograms {
  source: { repo: string; revision: string; pages: string };
  /** How many tunes the pages hold, how many were identical to an earlier one, how many skipped. */
  counts: { tunes: number; duplicates: number; skipped: number; programs: number };
  /** The tunes left out, grouped by reason (each with its page and index). */
  skipped: Record<string, Array<{ page: string; index: number }>>;
  programs: DocsProgram[];
}

const PAGES = 'website/src/pages';

/** Reads files of one revision of a git repository (bare or not). */
class Revision {
  readonly commit: string;

  constructor(private readonly gitPath: string, revision: string) {
    this.commit = this.git('rev-parse', '--verify', `${revision}^{commit}`).trim();
  }

  private git(...args: string[]): string {
    return execFileSync('git', ['-C', this.gitPath, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  }

  files(under: string): string[] {
    return this.git('ls-tree', '-r', '--name-only', this.commit, '--', under).split('\n').filter((line) => line !== '');
  }

  read(file: string): string | undefined {
    try {
      return this.git('show', `${this.commit}:${file}`);
    } catch {
      return undefined;
    }
  }
}

/**
 * The page's text with what MDX does not render (fenced code blocks and `{/* ... *\/}` comments)
 * turned into spaces, so that offsets stay those of the page.
 */
export function renderedText(mdx: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  let fence: string | undefined;
  const lines = mdx.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === undefined) {
      if (marker === undefined) return line;
      fence = marker;
      return blank(line);
    }
    if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    return blank(line);
  });
  return lines.join('\n').replace(/\{\/\*[\s\S]*?\*\/\}/g, blank);
}

/** What one `tune` or `tunes` attribute gave: the programs' code, or why it gave none. */
type Tune = { code: string } | { skipped: string };

/** Reads the `tune`/`tunes` attributes of every `<MiniRepl>` tag of a page, in order. */
function tunesOf(mdx: string, resolve: (name: string) => Tune[] | undefined): Tune[] {
  const text = renderedText(mdx);
  const tunes: Tune[] = [];
  for (const match of text.matchAll(/<MiniRepl\b/g)) {
    // Parse from the tag on as TSX: the element parses whole, whatever markdown follows it.
    const source = ts.createSourceFile('tag.tsx', `x = ${text.slice(match.index)}`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
    const element = firstElement(source);
    if (element === undefined) {
      tunes.push({ skipped: 'a <MiniRepl> tag that does not parse' });
      continue;
    }
    for (const attribute of element.attributes.properties) {
      if (!ts.isJsxAttribute(attribute)) continue;
      const name = attribute.name.getText(source);
      if (name !== 'tune' && name !== 'tunes') continue;
      const initializer = attribute.initializer;
      const expression = initializer && ts.isJsxExpression(initializer) ? initializer.expression : initializer;
      tunes.push(...(expression === undefined ? [{ skipped: `${name} without a value` }] : valuesOf(expression, source, resolve)));
    }
  }
  return tunes;
}

function firstElement(node: ts.Node): ts.JsxSelfClosingElement | ts.JsxOpeningElement | undefined {
  if (ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) return node;
  return ts.forEachChild(node, firstElement);
}

/** The programs an attribute's expression gives: a literal, an array of them, or an imported name. */
function valuesOf(expression: ts.Expression, source: ts.SourceFile, resolve: (name: string) => Tune[] | undefined): Tune[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [{ code: expression.text }];
  if (ts.isTemplateExpression(expression)) return [{ skipped: 'a template literal with ${} interpolation' }];
  if (ts.isArrayLiteralExpression(expression)) return expression.elements.flatMap((element) => valuesOf(element, source, resolve));
  if (ts.isIdentifier(expression)) {
    return resolve(expression.text) ?? [{ skipped: `a name that cannot be resolved (${expression.text})` }];
  }
  return [{ skipped: `an expression that is not a literal (${ts.SyntaxKind[expression.kind]})` }];
}

/** The page's `import { a, b as c } from '...'` names, each with the module file it comes from. */
function importsOf(mdx: string, page: string, files: ReadonlySet<string>): Map<string, { file: string; exported: string }> {
  const imports = new Map<string, { file: string; exported: string }>();
  const statements = renderedText(mdx).split('\n').filter((line) => /^import\s/.test(line)).join('\n');
  const source = ts.createSourceFile('imports.ts', statements, ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const file = moduleFile(statement.moduleSpecifier.text, page, files);
    const bindings = statement.importClause?.namedBindings;
    if (file === undefined || bindings === undefined || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      imports.set(element.name.text, { file, exported: (element.propertyName ?? element.name).getText(source) });
    }
  }
  return imports;
}

/** The repository file of a module specifier written in a page (relative, or `@src/...`). */
function moduleFile(specifier: string, page: string, files: ReadonlySet<string>): string | undefined {
  let base: string;
  if (specifier.startsWith('.')) base = posix.join(posix.dirname(page), specifier);
  else if (specifier.startsWith('@src/')) base = posix.join('website/src', specifier.slice('@src/'.length));
  else return undefined;
  return ['', '.mjs', '.js', '.ts', '.jsx', '.tsx'].map((extension) => base + extension).find((file) => files.has(file));
}

/** The elements of `export const name = [...]` in a module, each a literal program. */
function exportedArray(moduleSource: string, name: string): Tune[] | undefined {
  const source = ts.createSourceFile('module.ts', moduleSource, ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    if (!statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (!ts.isIdentifier(declaration.name) || declaration.name.text !== name || declaration.initializer === undefined) continue;
      const value = declaration.initializer;
      if (!ts.isArrayLiteralExpression(value)) return undefined;
      return valuesOf(value, source, () => undefined);
    }
  }
  return undefined;
}

/** Translated pages (`de/...`) sort after the others, each group alphabetically. */
function pageOrder(a: string, b: string): number {
  const translated = (page: string) => (/^[a-z]{2}\//.test(page) ? 1 : 0);
  return translated(a) - translated(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Extracts the programs of every page of one revision. */
export function extract(gitPath: string, revision: string, repo: string): DocsPrograms {
  const at = new Revision(gitPath, revision);
  const files = new Set(at.files('website/src'));
  const pages = [...files]
    .filter((file) => file.startsWith(`${PAGES}/`) && file.endsWith('.mdx'))
    .map((file) => file.slice(PAGES.length + 1, -'.mdx'.length))
    .sort(pageOrder);
  const programs: DocsProgram[] = [];
  const skipped: DocsPrograms['skipped'] = {};
  const seen = new Set<string>();
  let total = 0;
  let duplicates = 0;
  for (const page of pages) {
    const file = `${PAGES}/${page}.mdx`;
    const mdx = at.read(file) ?? '';
    const imports = importsOf(mdx, file, files);
    const resolve = (name: string): Tune[] | undefined => {
      const imported = imports.get(name);
      const moduleSource = imported === undefined ? undefined : at.read(imported.file);
      return moduleSource === undefined || imported === undefined ? undefined : exportedArray(moduleSource, imported.exported);
    };
    tunesOf(mdx, resolve).forEach((tune, index) => {
      total++;
      const code = 'code' in tune ? tune.code.trim() : '';
      const reason = 'skipped' in tune ? tune.skipped : code === '' ? 'empty' : undefined;
      if (reason !== undefined) {
        (skipped[reason] ??= []).push({ page, index });
        return;
      }
      if (seen.has(code)) {
        duplicates++;
        return;
      }
      seen.add(code);
      programs.push({ page, index, code });
    });
  }
  const skippedCount = Object.values(skipped).reduce((sum, list) => sum + list.length, 0);
  return {
    source: { repo, revision: at.commit, pages: PAGES },
    counts: { tunes: total, duplicates, skipped: skippedCount, programs: programs.length },
    skipped,
    programs,
  };
}

// Run directly: write test/conformance/docs-programs.json.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [gitPath, revision, repo = 'tidalcycles/strudel'] = process.argv.slice(2);
  if (gitPath === undefined || revision === undefined) {
    console.error('usage: npx tsx scripts/extract-strudel-docs.ts <strudel git dir or checkout> <revision> [owner/name]');
    process.exit(2);
  }
  const result = extract(gitPath, revision, repo);
  const output = fileURLToPath(new URL('../test/conformance/docs-programs.json', import.meta.url));
  writeFileSync(output, `${JSON.stringify(result, null, 1)}\n`);
  const byFolder = new Map<string, number>();
  for (const { page } of result.programs) {
    const folder = posix.dirname(page);
    byFolder.set(folder, (byFolder.get(folder) ?? 0) + 1);
  }
  console.log(`${result.counts.programs} programs from ${result.source.repo}@${result.source.revision.slice(0, 12)}:`);
  for (const [folder, count] of [...byFolder].sort()) console.log(`  ${folder}: ${count}`);
  console.log(`${result.counts.tunes} tunes, ${result.counts.duplicates} duplicates, ${result.counts.skipped} skipped`);
  for (const [reason, list] of Object.entries(result.skipped)) console.log(`  skipped, ${reason}: ${list.length}`);
}
