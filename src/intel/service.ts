/**
 * The language service for performer code: TypeScript's, over the generated DSL declarations,
 * plus weft's reading of mini-notation strings. Plain functions of code and offsets, so it runs
 * the same in the worker and in Node tests.
 */
import ts from 'typescript-js';
import {
  checkString, patternStringMisuses, roleOf, stringArgumentAt, stringArguments, wordAt, type StringRole,
} from './mini-strings.ts';
import type {
  CompletionKind, IntelCompletion, IntelCompletions, IntelDiagnostic, IntelHover, IntelSignatureHelp,
} from './protocol.ts';
import { DSL_ENTRY, LIB_DIR, type DocEntry, type DslFiles, type DslReference } from './reference-data.ts';
import type { MiniVocabulary } from './vocabulary.ts';
import { PERFORMER_OPTIONS } from './compiler-options.ts';
// From the module itself: the language service needs which names the code registers, not the evaluator.
import { registeredNames } from '../eval/registered-names.ts';

/** The performer's code, as the service names it. */
export const PERFORMER_FILE = '/performer.ts';

/** A language service for one piece of performer code at a time. */
export interface IntelService {
  diagnostics(code: string): IntelDiagnostic[];
  completions(code: string, pos: number, explicit: boolean): IntelCompletions | null;
  hover(code: string, pos: number): IntelHover | null;
  signatureHelp(code: string, pos: number): IntelSignatureHelp | null;
}

/** TypeScript's compiler options, from the plain options shared with patterns/tsconfig.json. */
export function compilerOptions(): ts.CompilerOptions {
  const { options, errors } = ts.convertCompilerOptionsFromJson(PERFORMER_OPTIONS, '/');
  if (errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(errors[0]!.messageText, '\n'));
  return options;
}

const KINDS: Readonly<Record<string, CompletionKind>> = {
  method: 'method', property: 'property', getter: 'property', function: 'function', 'local function': 'function',
  const: 'variable', let: 'variable', var: 'variable', 'local var': 'variable', parameter: 'variable',
  keyword: 'keyword', type: 'type', interface: 'type', class: 'type', alias: 'variable', module: 'variable',
};

/** The expression before the `.` when `pos` is in the name after it (`note("c").l|`). */
function memberReceiverAt(source: ts.SourceFile, pos: number): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (node: ts.Node): void => {
    if (pos < node.getStart(source) || pos > node.getEnd()) return;
    if (ts.isPropertyAccessExpression(node) && pos > node.expression.getEnd() && pos <= node.name.getEnd()) found = node.expression;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The declarations of the methods that performer code registers (see src/eval/register.ts). */
const REGISTERED_FILE = '/registered.d.ts';

/**
 * Declares methods of patterns and of strings (mini-notation) for the names the code registers,
 * taking anything: `f`'s own parameters are performer code's and untyped there.
 */
function registeredDeclarations(names: readonly string[]): string {
  if (names.length === 0) return 'export {};\n';
  const members = names.map((name) => `    /** Registered by this code with \`register('${name}', ...)\`. */\n    ${name}(...args: any[]): Pattern<any>;`).join('\n');
  return `import type { Pattern } from './dsl/pattern/pattern.ts';
declare module './dsl/pattern/pattern.ts' {
  interface Pattern<T> {
${members.replace(/^/gm, '  ')}
  }
}
declare global {
  interface String {
${members.replace(/^/gm, '  ')}
  }
}
export {};
`;
}

/** How completion shows a method the code registers. */
function registeredMethod(name: string): { signature: string; summary: string } {
  return { signature: `${name}(...args): Pattern`, summary: `Registered by this code with register('${name}', ...).` };
}

/** Creates the service over the generated files and reference. */
export function createIntelService(files: DslFiles, reference: DslReference, vocabulary: MiniVocabulary): IntelService {
  const options = compilerOptions();
  const entries = new Map<string, DocEntry>(reference.entries.map((e) => [e.name, e]));
  const methods = reference.methods ?? {};
  let code = '';
  let version = 0;
  // The methods the code registers (`register('name', f)`), and their declarations on patterns and strings.
  let registeredList: readonly string[] = [];
  let registered = registeredDeclarations(registeredList);
  let registeredVersion = 0;
  const snapshots = new Map<string, ts.IScriptSnapshot>();
  const read = (path: string): string | undefined => (path === PERFORMER_FILE ? code : path === REGISTERED_FILE ? registered : files.files[path]);

  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => options,
    getScriptFileNames: () => [DSL_ENTRY, REGISTERED_FILE, PERFORMER_FILE],
    getScriptVersion: (path) => (path === PERFORMER_FILE ? String(version) : path === REGISTERED_FILE ? String(registeredVersion) : '0'),
    getScriptSnapshot: (path) => {
      if (path === PERFORMER_FILE) return ts.ScriptSnapshot.fromString(code);
      if (path === REGISTERED_FILE) return ts.ScriptSnapshot.fromString(registered);
      let snapshot = snapshots.get(path);
      const text = read(path);
      if (snapshot === undefined && text !== undefined) snapshots.set(path, (snapshot = ts.ScriptSnapshot.fromString(text)));
      return snapshot;
    },
    getCurrentDirectory: () => '/',
    getDefaultLibFileName: () => `${LIB_DIR}lib.d.ts`,
    fileExists: (path) => read(path) !== undefined,
    readFile: read,
    directoryExists: (dir) => dir === '/' || Object.keys(files.files).some((p) => p.startsWith(dir.endsWith('/') ? dir : `${dir}/`)),
    getDirectories: () => [],
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());

  const sync = (next: string): void => {
    if (next === code && version > 0) return;
    code = next;
    version++;
    const names = registeredNames(next);
    if (names.join() !== registeredList.join()) {
      registeredList = names;
      registered = registeredDeclarations(names);
      registeredVersion++;
      // A pattern's members changed: the cached member lists are out of date.
      memberCompletions.clear();
    }
  };
  const sourceFile = (): ts.SourceFile => {
    const source = service.getProgram()?.getSourceFile(PERFORMER_FILE);
    if (source === undefined) throw new Error('the performer file is not in the program');
    return source;
  };
  const checker = (): ts.TypeChecker => {
    const program = service.getProgram();
    if (program === undefined) throw new Error('no program');
    return program.getTypeChecker();
  };

  function diagnostics(next: string): IntelDiagnostic[] {
    sync(next);
    const out: IntelDiagnostic[] = [];
    const push = (d: ts.Diagnostic, source: 'types' | 'syntax'): void => {
      const from = d.start ?? 0;
      out.push({
        from,
        to: from + (d.length ?? 0),
        severity: source === 'syntax' ? 'error' : 'warning',
        source,
        message: ts.flattenDiagnosticMessageText(d.messageText, '\n'),
      });
    };
    for (const d of service.getSyntacticDiagnostics(PERFORMER_FILE)) push(d, 'syntax');
    for (const d of service.getSemanticDiagnostics(PERFORMER_FILE)) push(d, 'types');
    const source = sourceFile();
    const types = checker();
    for (const arg of stringArguments(source)) out.push(...checkString(arg, roleOf(types, arg.call, arg.index), source));
    out.push(...patternStringMisuses(types, source));
    return out.sort((a, b) => a.from - b.from);
  }

  function stringCompletions(pos: number): IntelCompletions | null | undefined {
    const source = sourceFile();
    const arg = stringArgumentAt(source, pos);
    if (arg === undefined) return undefined;
    const role: StringRole = roleOf(checker(), arg.call, arg.index);
    const stringStart = arg.node.getStart(source) + 1;
    const { start, afterColon } = wordAt(code, stringStart, pos);
    let words: readonly string[] = [];
    let kind: CompletionKind = 'text';
    if (role.holds === 'sounds' && !afterColon) words = vocabulary.sounds;
    else if (role.holds === 'notes' && !afterColon) words = vocabulary.notes;
    else if (role.holds === 'scales') words = afterColon ? vocabulary.scales : vocabulary.notes.filter((n) => !/\d/.test(n)).map((n) => n.toUpperCase());
    else return null;
    if (role.holds === 'sounds') kind = 'constant';
    const options = words.map((label): IntelCompletion => ({ label, kind, boost: 0, info: `${role.holds.replace(/s$/, '')} for ${role.what}` }));
    let end = pos;
    while (end < code.length && /[\w#$]/.test(code[end]!)) end++;
    return { from: start, to: end, options, inString: true };
  }

  // Member completions depend only on the receiver's type (`Pattern<Controls>` nearly always), and
  // listing a pattern's 700 methods is the slow part: they are kept by type.
  const memberCompletions = new Map<string, readonly IntelCompletion[]>();

  function receiverType(pos: number): string | undefined {
    const receiver = memberReceiverAt(sourceFile(), pos);
    if (receiver === undefined) return undefined;
    const types = checker();
    const type = types.getTypeAtLocation(receiver);
    return types.typeToString(types.getBaseTypeOfLiteralType(type), undefined, ts.TypeFormatFlags.NoTruncation);
  }

  function completions(next: string, pos: number, explicit: boolean): IntelCompletions | null {
    sync(next);
    const inString = stringCompletions(pos);
    if (inString !== undefined) return inString;
    let from = pos;
    while (from > 0 && /[\w$]/.test(code[from - 1]!)) from--;
    const receiver = receiverType(pos);
    const cached = receiver === undefined ? undefined : memberCompletions.get(receiver);
    if (cached !== undefined) return { from, to: pos, options: cached, inString: false };
    const result = service.getCompletionsAtPosition(PERFORMER_FILE, pos, {
      triggerKind: explicit ? ts.CompletionTriggerKind.Invoked : ts.CompletionTriggerKind.TriggerCharacter,
      includeCompletionsWithInsertText: false,
      includeCompletionsForModuleExports: false,
    });
    if (result === undefined) return null;
    const options = result.entries.map((e): IntelCompletion => {
      const member = result.isMemberCompletion;
      const entry = member ? undefined : entries.get(e.name);
      const method = member ? (methods[e.name] ?? (registeredList.includes(e.name) ? registeredMethod(e.name) : undefined)) : undefined;
      const detail = entry?.signature.split('\n')[0] ?? method?.signature;
      const info = entry?.summary ?? method?.summary;
      const kind: CompletionKind = entry !== undefined ? (entry.kind === 'global' ? 'function' : entry.kind) : (KINDS[e.kind] ?? 'variable');
      const known = entry !== undefined || method !== undefined;
      return { label: e.name, kind, boost: known ? 1 : e.kind === 'keyword' ? -2 : -1, ...(detail === undefined ? {} : { detail }), ...(info ? { info } : {}) };
    });
    if (receiver !== undefined && result.isMemberCompletion) memberCompletions.set(receiver, options);
    return { from, to: pos, options, inString: false };
  }

  function hover(next: string, pos: number): IntelHover | null {
    sync(next);
    const info = service.getQuickInfoAtPosition(PERFORMER_FILE, pos);
    if (info === undefined) return null;
    const from = info.textSpan.start;
    const to = from + info.textSpan.length;
    const name = code.slice(from, to);
    const entry = info.kind === 'alias' ? entries.get(name) : undefined;
    const shown = ts.displayPartsToString(info.displayParts).replace(/^\(alias\) /, '').replace(/\nimport [\w$]+ = [\w$.]+$/, '');
    const documentation = ts.displayPartsToString(info.documentation).trim();
    const examples = (info.tags ?? []).filter((t) => t.name === 'example').map((t) => ts.displayPartsToString(t.text).trim());
    if (entry !== undefined) {
      return { from, to, signature: entry.signature, summary: entry.summary, details: entry.details, examples: entry.examples };
    }
    const [summary = '', ...rest] = documentation.split(/(?<=[.!?])\s+/);
    return { from, to, signature: shown, summary, details: rest.join(' '), examples };
  }

  function signatureHelp(next: string, pos: number): IntelSignatureHelp | null {
    sync(next);
    const help = service.getSignatureHelpItems(PERFORMER_FILE, pos, undefined);
    if (help === undefined) return null;
    const signatures = help.items.map((item) => {
      let label = ts.displayPartsToString(item.prefixDisplayParts);
      const parameters = item.parameters.map((p, i) => {
        if (i > 0) label += ts.displayPartsToString(item.separatorDisplayParts);
        const from = label.length;
        label += ts.displayPartsToString(p.displayParts);
        return { from, to: label.length };
      });
      label += ts.displayPartsToString(item.suffixDisplayParts);
      return { label, parameters, documentation: ts.displayPartsToString(item.documentation).trim() };
    });
    return { signatures, active: help.selectedItemIndex, activeParameter: help.argumentIndex };
  }

  return { diagnostics, completions, hover, signatureHelp };
}
