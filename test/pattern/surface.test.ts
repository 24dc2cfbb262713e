import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-js';
import { buildSurface, surfaceOnDisk } from '../../scripts/dsl-surface.ts';
import { controlFile, controlSectionFile } from '../../scripts/dsl-controls.ts';
import { docEntry } from '../../scripts/dsl-docs.ts';
import { memberName } from '../../scripts/dsl-method-docs.ts';
import { LAYER_OPTIONS } from '../../scripts/dsl-methods.ts';
import { CONTROL_SECTIONS, type ControlSection } from '../../src/controls/index.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');

describe('the pattern surface (src/pattern/surface/)', () => {
  it('is what the generator makes from the free functions and the control table (npm run gen:surface)', () => {
    const built = buildSurface();
    const disk = surfaceOnDisk();
    expect([...disk.keys()].sort()).toEqual([...built.keys()].sort());
    for (const [path, text] of built) expect(disk.get(path), `${path} is out of date: run npm run gen:surface`).toBe(text);
  }, 180_000);

  it('gets a control from one row of the table: its function, its alias, its method and their docs', () => {
    const section = CONTROL_SECTIONS.find((s) => s.name === 'effects')!;
    const row = { kind: 'number', aliases: ['wob'], engine: 'unsupported', doc: 'How much the sound wobbles.', example: 's("bd").wobble(0.5)' } as const;
    const extended: ControlSection = { ...section, rows: { ...section.rows, wobble: row } };
    // The row, written into the table's source, and the section's generated file from the table.
    const tablePath = join(ROOT, 'src/controls/table-effects.ts');
    const end = '} as const satisfies ControlRows;';
    const table = readFileSync(tablePath, 'utf8').replace(end, `  wobble: ${JSON.stringify(row)},\n${end}`);
    const path = join(ROOT, controlFile(extended));
    const text = controlSectionFile(extended);
    const changed = new Map([[tablePath, table], [path, text]]);

    // The sources as they would be with the new row.
    const host = ts.createCompilerHost(LAYER_OPTIONS);
    const readFile = host.readFile.bind(host);
    host.readFile = (f) => changed.get(f) ?? readFile(f);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (f, v, ...rest) => {
      const source = changed.get(f);
      return source === undefined ? getSourceFile(f, v, ...rest) : ts.createSourceFile(f, source, v);
    };
    const program = ts.createProgram([join(ROOT, 'src/pattern/index.ts')], LAYER_OPTIONS, host);
    const file = program.getSourceFile(path)!;
    expect(table).toContain('wobble');
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);

    const checker = program.getTypeChecker();
    const exported = new Map(checker.getExportsOfModule(checker.getSymbolAtLocation(file)!).map((s) => [s.getName(), s]));
    const cls = file.statements.find(ts.isClassDeclaration)!;
    const methods = new Set(cls.members.map(memberName));
    expect(methods.has('wobble') && methods.has('wob')).toBe(true);

    // The reference's entries (and so hover and completion), as npm run gen makes them.
    const entry = docEntry(checker, 'wobble', exported.get('wobble')!, new Set(['wobble', 'wob']));
    expect(entry).toMatchObject({ kind: 'control', category: 'Effects', method: true, summary: 'How much the sound wobbles.', examples: ['s("bd").wobble(0.5)'] });
    expect(entry?.signature).toContain('ControlArg<"wobble">');
    const alias = docEntry(checker, 'wob', exported.get('wob')!, new Set(['wobble', 'wob']));
    expect(alias).toMatchObject({ kind: 'control', method: true, examples: ['s("bd").wob(0.5)'] });
    expect(alias?.summary).toMatch(/^Alias of .*wobble/);
  }, 180_000);
});
