/**
 * The names performer code sees: the whole DSL, taken from the modules' namespaces so that a new
 * export appears in performer code without being listed here.
 */
import * as miniModule from '../mini/index.ts';
import * as patternModule from '../pattern/index.ts';

/**
 * The modules whose exports make the DSL, in order (a later module's export wins a name).
 * Add a layer's index here when it lands (pattern constants such as `sine` if they are not
 * exported from the pattern index, controls, theory, ...). From the mini-notation layer only
 * `mini` is vocabulary; its parser and syntax tree are not.
 */
const modules: readonly Readonly<Record<string, unknown>>[] = [patternModule, { mini: miniModule.mini }];

/**
 * Globals that performer code has no use for and should not reach by accident: they are shadowed
 * by `undefined`. This is hygiene, not a sandbox: isolation is the browser worker's job.
 */
export const SHADOWED_GLOBALS: readonly string[] = [
  'globalThis', 'global', 'window', 'self', 'document', 'process', 'require', 'module', 'exports',
  'Buffer', '__dirname', '__filename', 'importScripts',
];

// Names that cannot be parameters of a strict-mode function.
const reserved = new Set(['eval', 'arguments', 'let', 'static', 'yield', 'await', 'implements', 'interface', 'package', 'private', 'protected', 'public']);

/** A name-to-value table of what performer code can use. */
export type Scope = ReadonlyMap<string, unknown>;

/**
 * The DSL scope: every export of the DSL modules except classes (`Pattern`, `Hap`, `Rational`, ...:
 * performer code makes patterns with functions and never needs the machinery) and constants named
 * in capitals (internal tables such as `EMPTY_CONTEXT`).
 */
export const dslScope: Scope = buildScope(modules);

/** Builds a scope from module namespaces; exported for tests. */
export function buildScope(namespaces: readonly Readonly<Record<string, unknown>>[]): Scope {
  const scope = new Map<string, unknown>();
  for (const namespace of namespaces) {
    for (const [name, value] of Object.entries(namespace)) {
      if (isPerformerName(name, value)) scope.set(name, value);
    }
  }
  return scope;
}

/** Names that clash between DSL modules (two different values for one name); for tests. */
export function scopeClashes(): string[] {
  const seen = new Map<string, unknown>();
  const clashes: string[] = [];
  for (const namespace of modules) {
    for (const [name, value] of Object.entries(namespace)) {
      if (!isPerformerName(name, value)) continue;
      if (seen.has(name) && seen.get(name) !== value) clashes.push(name);
      seen.set(name, value);
    }
  }
  return clashes;
}

function isPerformerName(name: string, value: unknown): boolean {
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return false;
  if (typeof value === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(value))) return false;
  return /^[A-Za-z_$][\w$]*$/.test(name) && !reserved.has(name);
}
