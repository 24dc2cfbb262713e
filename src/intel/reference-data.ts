/**
 * The shapes of what scripts/gen-dsl-dts.ts generates from the DSL's sources: the doc entries
 * (one per name performer code sees) and the files the language service reads.
 */

/** What a DSL name is: a control (`lpf`), another function (`fast`), a pattern or constant (`sine`), or a global of the evaluator (`setcps`). */
export type DocKind = 'control' | 'function' | 'constant' | 'global';

/** One name of the DSL, as its TSDoc describes it. */
export interface DocEntry {
  readonly name: string;
  readonly kind: DocKind;
  /** Where the reference lists it, e.g. "Time" or "Filters". */
  readonly category: string;
  /** One signature per line, e.g. `fast(factor: PatternArg<number>, pat: Pattern<T>): Pattern<T>`. */
  readonly signature: string;
  /** The doc's first sentence. */
  readonly summary: string;
  /** The rest of the doc's prose. */
  readonly details: string;
  /** Performer code from the `@example` blocks. */
  readonly examples: readonly string[];
  /** True when patterns also have it as a method (`pat.fast(2)`). */
  readonly method: boolean;
  /** For an alias (`sound`), the name it stands for (`s`). */
  readonly aliasOf?: string;
}

/** The declaration files the language service needs, by absolute virtual path (`/dsl/...`, `/lib/...`). */
export interface DslFiles {
  readonly files: Readonly<Record<string, string>>;
}

/** A pattern method's signature and summary, for completions after a `.`. */
export interface MethodDoc {
  readonly signature: string;
  readonly summary: string;
}

/** The generated reference: every DSL name with its docs, and every pattern method's signature. */
export interface DslReference {
  readonly entries: readonly DocEntry[];
  readonly methods?: Readonly<Record<string, MethodDoc>>;
}

/** The virtual path of the performer's global declarations in {@link DslFiles}. */
export const DSL_ENTRY = '/dsl/dsl.d.ts';

/** Where the TypeScript library files sit in {@link DslFiles}. */
export const LIB_DIR = '/lib/';

/** The library the performer's code is checked against: the language, without the DOM. */
export const PERFORMER_LIB = 'lib.es2022.d.ts';

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Checks fetched JSON against {@link DslFiles}. */
export function asDslFiles(json: unknown): DslFiles {
  if (!isRecord(json) || !isRecord(json['files'])) throw new TypeError('not a DSL declaration bundle');
  const files: Record<string, string> = {};
  for (const [path, text] of Object.entries(json['files'])) {
    if (typeof text !== 'string') throw new TypeError(`DSL bundle: ${path} is not text`);
    files[path] = text;
  }
  return { files };
}

const KINDS: ReadonlySet<string> = new Set<DocKind>(['control', 'function', 'constant', 'global']);

/** Checks fetched JSON against {@link DslReference}. */
export function asDslReference(json: unknown): DslReference {
  if (!isRecord(json) || !Array.isArray(json['entries'])) throw new TypeError('not a DSL reference');
  const entries = json['entries'].map((e: unknown, i): DocEntry => {
    const ok =
      isRecord(e) && typeof e['name'] === 'string' && typeof e['kind'] === 'string' && KINDS.has(e['kind']) &&
      typeof e['category'] === 'string' && typeof e['signature'] === 'string' && typeof e['summary'] === 'string' &&
      typeof e['details'] === 'string' && Array.isArray(e['examples']) && e['examples'].every((x) => typeof x === 'string') &&
      typeof e['method'] === 'boolean';
    if (!ok) throw new TypeError(`DSL reference: entry ${i} is malformed`);
    // Checked field by field just above: the one place this JSON becomes typed.
    return e as unknown as DocEntry;
  });
  const methods: Record<string, MethodDoc> = {};
  const rawMethods = json['methods'];
  if (isRecord(rawMethods)) {
    for (const [name, m] of Object.entries(rawMethods)) {
      if (isRecord(m) && typeof m['signature'] === 'string' && typeof m['summary'] === 'string') {
        methods[name] = { signature: m['signature'], summary: m['summary'] };
      }
    }
  }
  return { entries, methods };
}
