/**
 * Which names in performer code weft does not define yet, found by reading the code rather than
 * running it, so that the report can list every missing function even while an earlier failure
 * (e.g. in the mini-notation) stops the evaluation.
 */
import { dslScope } from '../../src/eval/index.ts';
import { Pattern } from '../../src/pattern/index.ts';
import { codeOutsideStrings } from './vocabulary.ts';

const keywords = new Set([
  'const', 'let', 'var', 'function', 'return', 'new', 'typeof', 'instanceof', 'if', 'else', 'for', 'of', 'in',
  'while', 'do', 'true', 'false', 'null', 'undefined', 'this', 'await', 'async', 'void', 'delete', 'class',
  'switch', 'case', 'break', 'continue', 'default', 'throw', 'try', 'catch', 'finally', 'yield', 'import', 'export',
]);

// Methods of JavaScript's arrays, strings and numbers, which performer code also calls.
const jsMethods = new Set([
  'map', 'filter', 'forEach', 'reduce', 'join', 'concat', 'push', 'toFixed', 'toString', 'includes', 'indexOf',
  'split', 'keys', 'values', 'entries', 'flat', 'flatMap', 'find', 'some', 'length', 'then', 'log',
]);

// Names that `evaluate` provides itself besides its DSL scope.
const evaluatorNames = new Set(['setcps', 'setcpm']);

/** JavaScript's own globals (`Math`, `console`, ...): the non-enumerable properties of the global object. */
function isBuiltin(name: string): boolean {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  return descriptor !== undefined && !descriptor.enumerable;
}

/** Names the code declares itself: `const x`, `function f`, arrow and function parameters. */
function declaredNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const match of code.matchAll(/\b(?:const|let|var|function)\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1] ?? '');
  for (const match of code.matchAll(/\(([^()]*)\)\s*=>/g)) {
    for (const parameter of (match[1] ?? '').split(',')) names.add(parameter.trim().replace(/\s*=.*$/, ''));
  }
  for (const match of code.matchAll(/([A-Za-z_$][\w$]*)\s*=>/g)) names.add(match[1] ?? '');
  for (const match of code.matchAll(/\bfunction\s*[\w$]*\s*\(([^()]*)\)/g)) {
    for (const parameter of (match[1] ?? '').split(',')) names.add(parameter.trim());
  }
  return names;
}

/**
 * The free names and pattern methods that `code` uses and weft does not define: free names are
 * looked up in the evaluator's DSL scope (and in `provided`, names given to `evaluate` through its
 * `scope` option), methods (`.name(`) on the `Pattern` class.
 */
export function namesWeftLacks(code: string, provided: ReadonlySet<string> = new Set()): string[] {
  const text = codeOutsideStrings(code).replace(/\/\/[^\n]*/g, '');
  const declared = declaredNames(text);
  const missing = new Set<string>();
  for (const match of text.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)(?![\w$])(?!\s*:(?!:))/g)) {
    const name = match[1] ?? '';
    if (keywords.has(name) || declared.has(name) || isBuiltin(name) || evaluatorNames.has(name) || provided.has(name)) continue;
    if (/^\d/.test(name) || dslScope.has(name)) continue;
    missing.add(name);
  }
  // `.name(` right after a call or a name: a method; `.a.b(` is a property of a method (`add.out`).
  for (const match of text.matchAll(/(?<=[\w$)\]"'`]\s*)\.\s*([A-Za-z_$][\w$]*)\s*(?=[(.])/g)) {
    const name = match[1] ?? '';
    const before = text.slice(0, match.index);
    if (/\.\s*[A-Za-z_$][\w$]*\s*$/.test(before) || jsMethods.has(name)) continue;
    const receiver = /([A-Za-z_$][\w$]*)\s*$/.exec(before)?.[1];
    if (receiver !== undefined && isBuiltin(receiver)) continue;
    if (!(name in Pattern.prototype) && !declared.has(name)) missing.add(`.${name}`);
  }
  return [...missing];
}
