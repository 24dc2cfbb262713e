/**
 * The pattern methods, from the free functions: every exported function of src/pattern tagged
 * `@method` in its TSDoc becomes a method that calls it with the pattern as its `pat` argument.
 *
 * - `@method` makes the method of the function's own name; `@method seg` (on `segment`) makes a
 *   method of another name. `@getter` (the operators `add`, `lt`, ...) makes a getter that binds
 *   the pattern to the operator (`pat.add.squeeze(x)`).
 * - The parameter named `pat` is the pattern; a function of one rest parameter (`stack(...items)`)
 *   takes the pattern as its first item.
 * - Types are the function's own: the pattern's value type becomes the class's `T` when the
 *   function takes any pattern (`fast<T>(factor, pat: Pattern<T>)`), and a `this` parameter
 *   otherwise (`range(this: Pattern<number>, ...)`, `jux<U extends object>(this: Pattern<U>, ...)`).
 *
 * The sources are type-checked without the methods: no module below the surface may call one.
 */
import ts from 'typescript-js';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One method, as the class declares it, and the function it calls. */
interface MethodSource {
  readonly name: string;
  readonly getter: boolean;
  /** Tagged `@inert`: the method gives its pattern back, whatever its arguments (made at run time, see index.ts). */
  readonly inert: boolean;
  readonly file: string;
  readonly exportName: string;
  readonly symbol: ts.Symbol;
  readonly declaration: ts.Declaration;
}

const SURFACE = 'src/pattern/surface';

/** Every .ts file under `dir`, recursively, in a stable order. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
    });
}

/** The options the pattern layer is checked with (as tsconfig.pure.json), for the generators. */
export const LAYER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  allowImportingTsExtensions: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  noEmit: true,
};

/** The program of the layers below the surface: src/controls, src/pattern (but surface/ and index.ts) and src/mini. */
export function belowSurface(root: string): ts.Program {
  const files = ['src/controls', 'src/pattern', 'src/mini']
    .flatMap((dir) => sourceFiles(join(root, dir)))
    .filter((f) => !f.includes(`${SURFACE}/`) && f !== join(root, 'src/pattern/index.ts'));
  const program = ts.createProgram(files, LAYER_OPTIONS);
  const problems = ts.getPreEmitDiagnostics(program);
  if (problems.length > 0) {
    const host: ts.FormatDiagnosticsHost = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    throw new Error(
      'the pattern layer does not compile without its generated methods (a module below the surface must call free ' +
        `functions, not methods):\n${ts.formatDiagnostics(problems.slice(0, 20), host)}`,
    );
  }
  return program;
}

function tagsOf(node: ts.Node): { method: string[]; getter: boolean; inert: boolean } {
  const method: string[] = [];
  let getter = false;
  let inert = false;
  for (const tag of ts.getJSDocTags(node)) {
    const comment = typeof tag.comment === 'string' ? tag.comment.trim() : '';
    if (tag.tagName.text === 'method') method.push(comment);
    if (tag.tagName.text === 'getter') getter = true;
    if (tag.tagName.text === 'inert') inert = true;
  }
  return { method, getter, inert };
}

/** Every tagged function of the program's pattern modules, in file order. */
function methodSources(program: ts.Program, checker: ts.TypeChecker, root: string): MethodSource[] {
  const out: MethodSource[] = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(join(root, 'src/pattern/'))) continue;
    const module = checker.getSymbolAtLocation(file);
    if (module === undefined) continue;
    const exported = new Map(checker.getExportsOfModule(module).map((s) => [s.getName(), s]));
    for (const statement of file.statements) {
      const declarations: ts.Declaration[] = ts.isFunctionDeclaration(statement)
        ? [statement]
        : ts.isVariableStatement(statement)
          ? [...statement.declarationList.declarations]
          : [];
      for (const declaration of declarations) {
        const name = ts.getNameOfDeclaration(declaration)?.getText();
        if (name === undefined) continue;
        const { method, getter, inert } = tagsOf(declaration);
        if (method.length === 0 && !getter) continue;
        const symbol = exported.get(name);
        if (symbol === undefined) throw new Error(`${relative(root, file.fileName)}: ${name} is tagged @method but not exported`);
        const base = { file: file.fileName, exportName: name, symbol, declaration };
        for (const m of method) out.push({ ...base, name: m === '' ? name : m, getter: false, inert });
        if (getter) out.push({ ...base, name, getter: true, inert: false });
      }
    }
  }
  return out;
}

/** Imports of the types a method's signature names, by the name they have in the generated file. */
class Imports {
  private readonly byTarget = new Map<ts.Symbol, string>();
  private readonly taken = new Map<string, ts.Symbol>();
  readonly lines = new Map<string, Set<string>>();

  constructor(private readonly checker: ts.TypeChecker, private readonly fromDir: string, reserved: readonly string[]) {
    for (const name of reserved) this.taken.set(name, undefined as unknown as ts.Symbol);
  }

  /** The local name of the export `target` of module file `file`, imported as a type. */
  name(target: ts.Symbol, file: string, exportName: string): string {
    const known = this.byTarget.get(target);
    if (known !== undefined) return known;
    let local = exportName;
    for (let i = 2; this.taken.has(local) && this.taken.get(local) !== target; i++) local = `${exportName}${i}`;
    this.taken.set(local, target);
    this.byTarget.set(target, local);
    let spec = relative(this.fromDir, file).replaceAll('\\', '/');
    if (!spec.startsWith('.')) spec = `./${spec}`;
    const set = this.lines.get(spec) ?? this.lines.set(spec, new Set()).get(spec)!;
    set.add(local === exportName ? exportName : `${exportName} as ${local}`);
    return local;
  }
}

/** Resolves the type names of a signature printed for a source declaration into the generated file's imports. */
function importTypes(node: ts.Node, source: ts.Declaration, checker: ts.TypeChecker, imports: Imports, keep: ReadonlySet<string>): ts.Node {
  const scope = new Map(
    checker.getSymbolsInScope(source, ts.SymbolFlags.Type | ts.SymbolFlags.Namespace | ts.SymbolFlags.Value | ts.SymbolFlags.Alias).map((s) => [s.getName(), s]),
  );
  const rename = (id: ts.Identifier): ts.Identifier => {
    if (keep.has(id.text)) return id;
    let symbol = scope.get(id.text);
    if (symbol === undefined) throw new Error(`cannot resolve type name ${id.text} of ${ts.getNameOfDeclaration(source)?.getText()}`);
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    symbol = checker.getExportSymbolOfSymbol(symbol);
    const declaration = symbol.declarations?.[0];
    const file = declaration?.getSourceFile();
    if (file === undefined || file.isDeclarationFile) return id; // the language's own (Readonly, Record, ...)
    const module = checker.getSymbolAtLocation(file);
    const exported = module === undefined ? undefined : checker.getExportsOfModule(module).find((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return checker.getExportSymbolOfSymbol(target) === symbol;
    });
    if (exported === undefined) throw new Error(`${id.text} (used by ${ts.getNameOfDeclaration(source)?.getText()}) is not exported from ${file.fileName}`);
    return ts.factory.createIdentifier(imports.name(symbol, file.fileName, exported.getName()));
  };
  const visit = (n: ts.Node): ts.Node => {
    if (ts.isTypeReferenceNode(n) || ts.isExpressionWithTypeArguments(n)) {
      const name = ts.isTypeReferenceNode(n) ? n.typeName : n.expression;
      const args = n.typeArguments?.map((a) => visit(a) as ts.TypeNode);
      if (ts.isIdentifier(name)) return ts.factory.createTypeReferenceNode(rename(name), args);
      if (ts.isQualifiedName(name) && ts.isIdentifier(name.left)) {
        return ts.factory.createTypeReferenceNode(ts.factory.createQualifiedName(rename(name.left), name.right), args);
      }
    }
    if (ts.isTypeQueryNode(n) && ts.isIdentifier(n.exprName)) return ts.factory.createTypeQueryNode(rename(n.exprName));
    return ts.visitEachChild(n, visit, undefined);
  };
  return visit(node);
}

function renameTypeParameters(node: ts.Node, names: ReadonlyMap<string, string>): ts.Node {
  if (names.size === 0) return node;
  const visit = (n: ts.Node): ts.Node => {
    if (ts.isIdentifier(n) && names.has(n.text)) return ts.factory.createIdentifier(names.get(n.text)!);
    return ts.visitEachChild(n, visit, undefined);
  };
  return visit(node);
}

const FLAGS =
  ts.NodeBuilderFlags.NoTruncation | ts.NodeBuilderFlags.IgnoreErrors | ts.NodeBuilderFlags.UseAliasDefinedOutsideCurrentScope |
  ts.NodeBuilderFlags.UseSingleQuotesForStringLiteralType;

/** The pattern type a receiver takes (`Pattern<X>`, or the pattern of `PatternArg<X>`), or undefined. */
function patternOf(type: ts.Type): ts.TypeReference | undefined {
  if (type.getSymbol()?.getName() === 'Pattern') return type as ts.TypeReference;
  return type.isUnion() ? type.types.map(patternOf).find((t) => t !== undefined) : undefined;
}

/**
 * A signature's parameters as it is called: a rest parameter of a tuple type (the forms that
 * `curried` makes, `(...args: [factor: ..., pat: Pattern<T>])`) is its elements, by their labels.
 */
function parametersOf(checker: ts.TypeChecker, signature: ts.Signature): { name: string; type: ts.Type }[] {
  return signature.parameters.flatMap((p, i) => {
    const type = checker.getTypeOfSymbol(p);
    const declaration = signature.getDeclaration()?.parameters[i];
    if (declaration === undefined || !ts.isRestParameter(declaration) || !checker.isTupleType(type)) return [{ name: p.getName(), type }];
    const labels = ((type as ts.TypeReference).target as ts.TupleType).labeledElementDeclarations ?? [];
    return checker.getTypeArguments(type as ts.TypeReference).map((t, j) => {
      const label = labels[j]?.name;
      return { name: label !== undefined && ts.isIdentifier(label) ? label.text : `arg${j}`, type: t };
    });
  });
}

function takesUndefined(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.Undefined) !== 0 || (type.isUnion() && type.types.some((t) => (t.flags & ts.TypeFlags.Undefined) !== 0));
}

interface Emitted {
  readonly member: string;
}

/** One method's declaration and body, as a line of the generated class. */
function emitMethod(source: MethodSource, checker: ts.TypeChecker, imports: Imports, namespace: string, printer: ts.Printer, file: ts.SourceFile): Emitted {
  const type = checker.getTypeOfSymbol(source.symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(source.symbol) : source.symbol);
  const signatures = type.getCallSignatures();
  const full = signatures.filter((s) => parametersOf(checker, s).some((p) => p.name === 'pat'));
  const rest = signatures.filter((s) => s.parameters.length === 1 && parametersOf(checker, s).length === 1 && s.getDeclaration() !== undefined && ts.isRestParameter(s.getDeclaration().parameters[0] as ts.ParameterDeclaration));
  const where = `${source.exportName} (for the method ${source.name})`;
  const chosen = full.length === 1 ? full[0] : full.length === 0 && rest.length === 1 ? rest[0] : undefined;
  if (chosen === undefined) throw new Error(`${where}: expected one signature with a parameter named pat (or one rest parameter), found ${full.length}`);
  const chosenParameters = parametersOf(checker, chosen);

  const node = checker.signatureToSignatureDeclaration(chosen, ts.SyntaxKind.MethodDeclaration, source.declaration, FLAGS) as ts.MethodDeclaration | undefined;
  if (node === undefined) throw new Error(`${where}: cannot print its signature`);
  const typeParameters = [...(node.typeParameters ?? [])];
  const parameters = [...node.parameters];
  const receiverIndex = parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === 'pat');
  const receiverType = receiverIndex >= 0 ? chosenParameters[receiverIndex]!.type : undefined;

  // The pattern's value type: the class's T, or a `this` parameter.
  const renames = new Map<string, string>();
  let thisType: ts.TypeNode | undefined;
  const receiverPattern = receiverType === undefined ? undefined : patternOf(checker.getNonNullableType(receiverType));
  const value = receiverPattern === undefined ? undefined : checker.getTypeArguments(receiverPattern)[0];
  const valueParam = value !== undefined && value.flags & ts.TypeFlags.TypeParameter ? typeParameters.find((p) => p.name.text === value.getSymbol()?.getName()) : undefined;
  if (receiverIndex < 0) {
    // A rest parameter of items: the function's one type parameter is the class's.
    if (typeParameters.length === 1) {
      renames.set(typeParameters[0]!.name.text, 'T');
      typeParameters.splice(0, 1);
    }
  } else if (valueParam !== undefined && valueParam.constraint === undefined) {
    renames.set(valueParam.name.text, 'T');
    typeParameters.splice(typeParameters.indexOf(valueParam), 1);
  } else if (value !== undefined && !(value.flags & (ts.TypeFlags.Unknown | ts.TypeFlags.Any))) {
    thisType = checker.typeToTypeNode(receiverPattern!, source.declaration, FLAGS);
  }
  // The method's own type parameters must not hide the class's T.
  for (const p of typeParameters) if (p.name.text === 'T') renames.set('T', 'U');

  const keep = new Set(['T', ...typeParameters.map((p) => renames.get(p.name.text) ?? p.name.text), ...[...renames.keys()]]);
  const print = (n: ts.Node | undefined): string => {
    if (n === undefined) return '';
    const imported = importTypes(n, source.declaration, checker, imports, keep);
    return printer.printNode(ts.EmitHint.Unspecified, renameTypeParameters(imported, renames), file);
  };

  const ownParams = parameters.filter((_, i) => i !== receiverIndex);
  // Without the pattern after them, trailing parameters that take undefined may be left out.
  const ownTypes = chosenParameters.filter((_, i) => i !== receiverIndex).map((p) => p.type);
  const optional = new Set<number>();
  for (let i = ownParams.length - 1; i >= 0; i--) {
    const p = ownParams[i]!;
    if (p.dotDotDotToken !== undefined) continue;
    if (p.questionToken === undefined && !takesUndefined(ownTypes[i]!)) break;
    optional.add(i);
  }
  const paramText = [
    ...(thisType === undefined ? [] : [`this: ${print(thisType)}`]),
    ...ownParams.map((p, i) => `${p.dotDotDotToken ? '...' : ''}${(p.name as ts.Identifier).text}${optional.has(i) ? '?' : ''}: ${print(p.type)}`),
  ].join(', ');
  const typeParamText = typeParameters.length === 0 ? '' : `<${typeParameters.map((p) => print(p)).join(', ')}>`;
  const self = thisType === undefined ? '$self(this)' : 'this';
  const args = receiverIndex < 0
    ? [self, ...ownParams.map((p) => `...${(p.name as ts.Identifier).text}`)]
    : parameters.map((p, i) => (i === receiverIndex ? self : `${p.dotDotDotToken ? '...' : ''}${(p.name as ts.Identifier).text}`));
  const returns = print(node.type);

  if (source.getter) {
    const bound = /^Pattern<(.*)>$/.exec(returns)?.[1];
    if (bound === undefined) throw new Error(`${where}: a @getter operator must return a Pattern, not ${returns}`);
    const boundOperator = imports.name(boundOperatorSymbol(checker, source), source.file, 'BoundOperator');
    return { member: `  get ${source.name}(): ${boundOperator}<${bound}> { return ${namespace}.bindOperator<${bound}>('${source.exportName}', ${self}); }` };
  }
  if (source.inert) return { member: `  abstract ${source.name}${typeParamText}(${paramText}): ${returns};` };
  return { member: `  ${source.name}${typeParamText}(${paramText}): ${returns} { return ${namespace}.${source.exportName}(${args.join(', ')}); }` };
}

function boundOperatorSymbol(checker: ts.TypeChecker, source: MethodSource): ts.Symbol {
  const module = checker.getSymbolAtLocation(source.declaration.getSourceFile());
  const found = module === undefined ? undefined : checker.getExportsOfModule(module).find((s) => s.getName() === 'BoundOperator');
  if (found === undefined) throw new Error(`${source.exportName} is a @getter, but its module exports no BoundOperator`);
  return found;
}

/** The names of the module namespaces in the generated file: `time.ts` is `$time`, `theory/scale.ts` is `$theory_scale`. */
function namespaceOf(root: string, file: string): string {
  return `$${relative(join(root, 'src/pattern'), file).replace(/\.ts$/, '').replace(/[^\w]/g, '_')}`;
}

/** The generated src/pattern/surface/methods.ts, and the names of its methods. */
export function methodsFile(root: string): { text: string; names: string[] } {
  const program = belowSurface(root);
  const checker = program.getTypeChecker();
  const sources = methodSources(program, checker, root);
  const outDir = join(root, SURFACE);
  const imports = new Imports(checker, outDir, ['PatternMethods', '$self']);
  const patternFile = program.getSourceFile(join(root, 'src/pattern/pattern.ts'));
  const patternModule = patternFile === undefined ? undefined : checker.getSymbolAtLocation(patternFile);
  const patternClass = patternModule === undefined ? undefined : checker.getExportsOfModule(patternModule).find((s) => s.getName() === 'Pattern');
  if (patternFile === undefined || patternClass === undefined) throw new Error('no Pattern class in src/pattern/pattern.ts');
  imports.name(patternClass, patternFile.fileName, 'Pattern');
  const printer = ts.createPrinter({ removeComments: true });
  const file = ts.createSourceFile(join(outDir, 'methods.ts'), '', ts.ScriptTarget.ES2022);
  const seen = new Map<string, string>();
  const modules = new Map<string, string>();
  const members: string[] = [];
  const inert: string[] = [];
  let lastFile = '';
  for (const source of sources) {
    const before = seen.get(source.name);
    if (before !== undefined) throw new Error(`two methods named ${source.name}: from ${before} and ${source.exportName}`);
    seen.set(source.name, source.exportName);
    const namespace = namespaceOf(root, source.file);
    if (source.inert) inert.push(source.name);
    else modules.set(namespace, source.file);
    if (source.file !== lastFile) members.push(`  // ${relative(join(root, 'src/pattern'), source.file)}`);
    lastFile = source.file;
    members.push(emitMethod(source, checker, imports, namespace, printer, file).member);
  }
  const spec = (f: string): string => {
    const s = relative(outDir, f).replaceAll('\\', '/');
    return s.startsWith('.') ? s : `./${s}`;
  };
  const moduleImports = [...modules].sort(([a], [b]) => a.localeCompare(b)).map(([ns, f]) => `import * as ${ns} from '${spec(f)}';`);
  const typeImports = [...imports.lines].sort(([a], [b]) => a.localeCompare(b)).map(([from, names]) => `import type { ${[...names].sort().join(', ')} } from '${from}';`);
  const text = `// Generated by scripts/dsl-surface.ts from the @method tags of src/pattern: do not edit (npm run gen:surface).
${typeImports.join('\n')}
${moduleImports.join('\n')}

// The pattern a method was called on (the class is mixed into Pattern, see index.ts).
function $self<T>(methods: PatternMethods<T>): Pattern<T> {
  return methods as Pattern<T>;
}

/**
 * The pattern methods that call the free functions of the same names, with the pattern as \`pat\`;
 * the abstract ones (\`@inert\`: they give the pattern back) are made at run time from
 * {@link INERT_METHODS} (see index.ts).
 */
export abstract class PatternMethods<T> {
${members.join('\n')}
}

/** The methods tagged \`@inert\`, by name. */
export const INERT_METHODS = '${inert.join(' ')}';
`;
  return { text, names: [...seen.keys()] };
}

