/**
 * The conformance summary: per feature, how many cases pass; why the others fail, grouped by
 * cause; and which functions weft is missing most (from ReferenceError and "is not a function"
 * messages), to guide the engine work.
 *
 * conformance.test.ts, examples.test.ts and docs.test.ts save their results and print this summary
 * when they finish (`npx vitest run test/conformance`). To print it again from the last saved results:
 * `npx tsx test/conformance/report.ts`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How one case or example came out. */
export type Outcome = 'pass' | 'fail' | 'skip' | 'invalid';

/** The result of comparing one piece of code in both engines. */
export interface ComparisonResult {
  /** The case or example name. */
  name: string;
  /** Its feature group (cases) or source file (examples). */
  feature: string;
  code: string;
  outcome: Outcome;
  /** Why it did not pass: weft's error, the first differing event, or the skip reason. */
  message?: string;
  /** Vocabulary items the code uses (cases only). */
  items?: string[];
  /** Names the code uses that weft does not define, read from the code (see missing.ts). */
  lacking?: string[];
}

/** What made a comparison fail. */
export interface Cause {
  /** e.g. `missing function`, `events differ`, `weft error`. */
  kind: string;
  /** The missing or failing name, when the message gives one. */
  name?: string;
}

/** Reads the cause of a failure from its message. */
export function causeOf(message: string): Cause {
  const notDefined = /\b([A-Za-z_$][\w$]*) is not defined/.exec(message);
  if (notDefined?.[1]) return { kind: 'missing function', name: notDefined[1] };
  // "x.fast is not a function" names a method (reported as `.fast`); "fast is not a function" a value.
  const notFunction = /(?:^|[\s(])([\w$.()[\]"'`]*\.)?([A-Za-z_$][\w$]*)(?:\(\.\.\.\))? is not a function/.exec(message);
  if (notFunction?.[2]) return { kind: 'missing function', name: `${notFunction[1] ? '.' : ''}${notFunction[2]}` };
  const reading = /Cannot read properties of (?:undefined|null) \(reading '([^']+)'\)/.exec(message);
  if (reading?.[1]) return { kind: 'weft error: reading a property of undefined', name: reading[1] };
  if (/mini-notation is not implemented/i.test(message)) return { kind: 'mini-notation not implemented' };
  if (/(?:^|: )event \d+ differs \(\d+ vs \d+ events\)/.test(message)) return { kind: 'events differ: different count' };
  if (/(?:^|: )event \d+ differs/.test(message)) return { kind: 'events differ: same count' };
  if (/^cps differs/.test(message)) return { kind: 'cps differs' };
  // The message's gist: its first line up to the first ": " (where details usually start).
  const gist = (message.split('\n')[0] ?? message).split(': ').find((part) => !/^(?:\w*Error|EvalError)$/.test(part)) ?? message;
  return { kind: 'weft error', name: gist.length > 60 ? `${gist.slice(0, 57)}...` : gist };
}

/**
 * A generated reason for a result that is not identical, for an exceptions list
 * (example-exceptions.ts, docs-exceptions.ts): "not yet implemented: X" (X read from the code:
 * `name` a function, `.name` a pattern method), "Strudel itself fails headless ..." or "events
 * differ ...".
 */
export function exceptionReason(result: ComparisonResult): string {
  if (result.outcome === 'invalid') return result.message ?? 'Strudel itself fails headless';
  const lacking = result.lacking ?? [];
  if (lacking.length > 0) return `not yet implemented: ${lacking.join(', ')}`;
  const cause = causeOf(result.message ?? '');
  if (cause.kind === 'missing function') return `not yet implemented: ${cause.name ?? '?'}`;
  if (cause.kind.startsWith('events differ')) return `${cause.kind} from Strudel's (to investigate)`;
  return `not yet implemented: ${cause.kind}${cause.name ? ` (${cause.name})` : ''}`;
}

/** True for the reasons {@link exceptionReason} writes, which `UPDATE_EXCEPTIONS` refreshes. */
export function isGeneratedReason(reason: string): boolean {
  return /^(?:not yet implemented|Strudel itself fails headless|events differ)/.test(reason);
}

/** What {@link writeExceptions} writes. */
export interface ExceptionsFile {
  /** The module to write, e.g. `new URL('./docs-exceptions.ts', import.meta.url)`. */
  url: URL;
  /** The exported constant's name. */
  name: string;
  /** The lines of its doc comment, without the comment's markers. */
  doc: readonly string[];
  /** The current list: reasons written by hand are kept. */
  current: Readonly<Record<string, string>>;
  /** The reason to write for a result the list has no hand-written reason for. */
  reason: (result: ComparisonResult) => string;
  /** Reasons that are generated besides {@link isGeneratedReason}'s, refreshed too. */
  alsoGenerated?: (reason: string) => boolean;
}

/**
 * Rewrites an exceptions list from a run (`UPDATE_EXCEPTIONS=1`): one entry for each result that
 * did not pass, keeping the reasons written by hand and refreshing the generated ones.
 */
export function writeExceptions(file: ExceptionsFile, results: readonly ComparisonResult[]): void {
  const entries = results.map((result) => {
    const kept = file.current[result.name];
    const generated = kept === undefined || isGeneratedReason(kept) || (file.alsoGenerated?.(kept) ?? false);
    return `  ${JSON.stringify(result.name)}: ${JSON.stringify(generated ? file.reason(result) : kept)},`;
  });
  const text = [
    '/**',
    ...file.doc.map((line) => (line === '' ? ' *' : ` * ${line}`)),
    ' */',
    `export const ${file.name}: Readonly<Record<string, string>> = {`,
    ...entries,
    '};',
    '',
  ].join('\n');
  writeFileSync(fileURLToPath(file.url), text);
}

const resultsDirectory = fileURLToPath(new URL('../../node_modules/.cache/weft-conformance/', import.meta.url));

/** Saves results under node_modules/.cache so that `report.ts` can print them later. */
export function saveResults(suite: string, results: readonly ComparisonResult[]): void {
  const file = join(resultsDirectory, `${suite}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 1));
}

/** The results a suite saved last, or undefined if it has not run. */
export function loadResults(suite: string): ComparisonResult[] | undefined {
  try {
    return JSON.parse(readFileSync(join(resultsDirectory, `${suite}.json`), 'utf8')) as ComparisonResult[];
  } catch {
    return undefined;
  }
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return groups;
}

/** The summary of one suite's results as text. */
export function formatReport(title: string, results: readonly ComparisonResult[], top = 25): string {
  const count = (outcome: Outcome, list: readonly ComparisonResult[] = results) =>
    list.filter((result) => result.outcome === outcome).length;
  const lines = [
    `${title}: ${count('pass')}/${results.length} pass (${percent(count('pass'), results.length)}), ` +
      `${count('fail')} fail, ${count('skip')} skipped, ${count('invalid')} invalid in Strudel`,
    '',
  ];

  const features = [...countBy(results, (result) => result.feature)];
  lines.push(
    table(
      ['feature', 'pass', 'fail', 'skip', 'rate'],
      features.map(([feature, list]) => [
        feature, String(count('pass', list)), String(count('fail', list) + count('invalid', list)),
        String(count('skip', list)), percent(count('pass', list), list.length),
      ]),
    ),
    '',
  );

  const failures = results.filter((result) => result.outcome === 'fail');
  const causes = failures.map((result) => ({ result, cause: causeOf(result.message ?? '') }));
  const missing = [...countBy(causes.filter(({ cause }) => cause.kind === 'missing function'), ({ cause }) => cause.name ?? '?')]
    .sort((a, b) => b[1].length - a[1].length);
  if (missing.length > 0) {
    lines.push(`top missing functions at run time (${missing.length}; cases failing on each):`);
    lines.push(missing.slice(0, top).map(([name, list]) => `  ${name} ${list.length}`).join('\n'), '');
  }
  const lacking = [...countBy(results.flatMap((result) => (result.lacking ?? []).map((name) => ({ name, result }))), ({ name }) => name)]
    .sort((a, b) => b[1].length - a[1].length);
  if (lacking.length > 0) {
    lines.push(`names the code uses that weft does not define yet (${lacking.length}; read from the code; cases using each):`);
    lines.push(wrap(lacking.slice(0, 4 * top).map(([name, list]) => `${name} ${list.length}`).join(', '), 100, '  '), '');
  }
  const kinds = [...countBy(causes, ({ cause }) => cause.kind)].sort((a, b) => b[1].length - a[1].length);
  if (kinds.length > 0) {
    lines.push('failures by cause:');
    for (const [kind, list] of kinds) {
      const names = [...countBy(list, ({ cause }) => cause.name ?? '')]
        .filter(([name]) => name !== '')
        .sort((a, b) => b[1].length - a[1].length)
        .slice(0, 8)
        .map(([name, items]) => `${name} (${items.length})`);
      lines.push(`  ${kind}: ${list.length}${names.length > 0 ? ` — ${names.join(', ')}` : ''}`);
    }
    lines.push('');
  }

  const items = [...countBy(results.flatMap((result) => (result.items ?? []).map((item) => ({ item, result }))), ({ item }) => item)];
  const failingItems = items
    .filter(([, list]) => list.every(({ result }) => result.outcome !== 'pass'))
    .map(([item]) => item);
  if (items.length > 0) {
    lines.push(`vocabulary items with no passing case (${failingItems.length}/${items.length}):`);
    lines.push(wrap(failingItems.join(', '), 100, '  '), '');
  }
  return lines.join('\n');
}

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width && line !== '') {
      lines.push(indent + line);
      line = '';
    }
    line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

const suites: ReadonlyArray<[string, string]> = [
  ['cases', 'conformance cases'],
  ['examples', "Strudel's @examples"],
  ['docs', "Strudel's documentation pages"],
];

// Run directly (`npx tsx test/conformance/report.ts`): print what the suites saved last.
if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [suite, title] of suites) {
    const results = loadResults(suite);
    console.log(results ? formatReport(title, results) : `${title}: no saved results; run npx vitest run test/conformance\n`);
  }
}
