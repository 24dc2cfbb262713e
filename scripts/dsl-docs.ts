/**
 * Reading the DSL's TSDoc from its sources, for the declarations (scripts/gen-dsl-dts.ts) and the
 * reference: one {@link DocEntry} per name that performer code sees.
 */
import ts from 'typescript-js';
import { basename } from 'node:path';
import { CONTROL_SECTIONS } from '../src/controls/index.ts';
import type { DocEntry, DocKind } from '../src/intel/reference-data.ts';

/** The raw `/** ... *\/` comment that precedes a declaration (its statement for a variable). */
export function rawDocOf(node: ts.Node): string | undefined {
  let target: ts.Node = node;
  if (ts.isVariableDeclaration(target)) target = target.parent.parent;
  const text = target.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, target.pos) ?? [];
  const last = ranges.filter((r) => text.startsWith('/**', r.pos)).at(-1);
  return last === undefined ? undefined : text.slice(last.pos, last.end);
}

/** The text of a doc comment without its `/**`, `*\/` and leading stars. */
export function commentBody(raw: string): string {
  return raw
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

/** A doc comment split into prose (summary and details) and its `@example` blocks. */
export function splitDoc(body: string): { summary: string; details: string; examples: string[] } {
  const [prose = '', ...tagged] = body.split(/^(?=@\w)/m);
  const examples = tagged
    .filter((t) => t.startsWith('@example'))
    .map((t) => t.replace(/^@example[ \t]*\n?/, '').trim())
    .filter((t) => t.length > 0);
  const text = prose.trim().replace(/\{@link\s+([^}|\s]+)(?:\s*\|\s*([^}]+))?\}/g, (_m, name: string, label?: string) => `\`${label ?? name}\``);
  // The summary is the first sentence (up to a full stop that ends a line or is followed by space,
  // outside a `code` span: "`0 .. n-1`" does not end one).
  const firstSentence = /^((?:`[^`]*`|[^`])*?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
  const summary = firstSentence.replace(/\s+/g, ' ').trim();
  const details = text.slice(firstSentence.length).trim();
  return { summary, details, examples };
}

/** The category a module's names are listed under in the reference. */
const CATEGORIES: Readonly<Record<string, string>> = {
  constructors: 'Making patterns', concat: 'Making patterns', run: 'Making patterns', pattern: 'Making patterns',
  combine: 'Making patterns', primitives: 'Making patterns', joins: 'Making patterns',
  time: 'Time', 'float-time': 'Time', cycles: 'Time', playback: 'Time',
  conditional: 'Structure', structure: 'Structure', euclid: 'Structure', rhythm: 'Structure', steps: 'Structure',
  'steps-combine': 'Structure', pieces: 'Structure', layering: 'Layering', crossfade: 'Layering',
  signal: 'Signals', continuous: 'Signals', signals: 'Signals', 'signals-extra': 'Signals', mouse: 'Signals',
  random: 'Randomness', 'random-streams': 'Randomness', chance: 'Randomness',
  ops: 'Arithmetic', 'ops-values': 'Arithmetic', pick: 'Picking', lists: 'Picking', tags: 'Structure',
  sampling: 'Samples', scrub: 'Samples', ribbon: 'Time', arp: 'Harmony',
  note: 'Harmony', interval: 'Harmony', scale: 'Harmony', 'scale-types': 'Harmony', transpose: 'Harmony',
  voicing: 'Harmony', 'voicing-dictionary': 'Harmony', 'controls-voicing': 'Harmony',
  controls: 'Sound', names: 'Sound', sources: 'Sound', envelopes: 'Synthesis', sysex: 'MIDI',
  distortion: 'Effects', 'fx-chain': 'Effects', modulators: 'Modulation', index: 'Mini-notation', parser: 'Mini-notation',
  // The generated control functions (src/pattern/surface/controls-<section>.ts), by their table's section.
  ...Object.fromEntries(CONTROL_SECTIONS.map((section) => [`controls-${section.name}`, section.category])),
  'reset-join': 'Time', core: 'Making patterns', reify: 'Making patterns', transform: 'Making patterns',
};

/** The category of a declaration's source file. */
export function categoryOf(fileName: string): string {
  const module = basename(fileName).replace(/\.ts$/, '');
  return CATEGORIES[module] ?? module;
}

/** How a DSL value is described: a control function, a function, or a pattern or constant. */
export function kindOf(checker: ts.TypeChecker, symbol: ts.Symbol, declaration: ts.Declaration): DocKind {
  if (ts.isFunctionDeclaration(declaration)) return 'function';
  const type = checker.getTypeOfSymbol(symbol);
  const alias = type.aliasSymbol?.getName();
  if (alias === 'ControlFunction') return 'control';
  if (type.getCallSignatures().length > 0) return 'function';
  return 'constant';
}

/** A one-line signature: `fast(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T>`. */
export function signatureOf(checker: ts.TypeChecker, name: string, symbol: ts.Symbol, kind: DocKind): string {
  const type = checker.getTypeOfSymbol(symbol);
  const signatures = type.getCallSignatures();
  if (kind === 'constant' || signatures.length === 0) {
    return `${name}: ${checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation)}`;
  }
  return signatures
    .map((s) => name + checker.signatureToString(s, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.WriteArrowStyleSignature).replace(/ => /, ': '))
    .join('\n');
}

/** The doc entry of one DSL name, resolved to its declaration in `src/`. */
export function docEntry(checker: ts.TypeChecker, name: string, exported: ts.Symbol, methods: ReadonlySet<string>): DocEntry | undefined {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const declaration = symbol.declarations?.[0];
  if (declaration === undefined) return undefined;
  const raw = rawDocOf(declaration);
  const { summary, details, examples } = splitDoc(raw === undefined ? '' : commentBody(raw));
  const kind = kindOf(checker, symbol, declaration);
  const aliasOf = /^Alias of `([\w$]+)`/.exec(summary)?.[1];
  return {
    name,
    kind,
    category: categoryOf(declaration.getSourceFile().fileName),
    signature: signatureOf(checker, name, symbol, kind),
    summary,
    details,
    examples,
    method: methods.has(name),
    ...(aliasOf === undefined ? {} : { aliasOf }),
  };
}
