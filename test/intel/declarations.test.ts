// The generated declarations (scripts/gen-dsl-dts.ts): complete, valid, documented, and the
// same options as patterns/tsconfig.json.
import ts from 'typescript-js';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dslScope } from '../../src/eval/index.ts';
import { PERFORMER_OPTIONS } from '../../src/intel/compiler-options.ts';
import { DSL_ENTRY } from '../../src/intel/reference-data.ts';
import { compilerOptions } from '../../src/intel/service.ts';
import { dslFiles, generated } from './helpers.ts';

// Building the declarations from src/ takes seconds (more on a loaded machine).
beforeAll(() => void generated(), 180_000);

describe('buildDsl', () => {
  it('declares every name of dslScope as a global, and setcps, setcpm and samples', () => {
    const entry = generated().declarations.get(DSL_ENTRY)!;
    const declared = new Set([...entry.matchAll(/export import ([\w$]+) = /g)].map((m) => m[1]));
    expect([...dslScope.keys()].filter((name) => !declared.has(name))).toEqual([]);
    expect(declared.size).toBe(dslScope.size);
    for (const name of ['setcps', 'setcpm', 'samples']) expect(entry).toContain(`function ${name}(`);
  });

  it('makes declarations that type-check with the library checked too', () => {
    const { files } = dslFiles();
    const options = { ...compilerOptions(), skipLibCheck: false };
    const host = ts.createCompilerHost(options);
    host.getSourceFile = (name, target) => {
      const text = files[name];
      return text === undefined ? undefined : ts.createSourceFile(name, text, target);
    };
    host.fileExists = (name) => files[name] !== undefined;
    host.readFile = (name) => files[name];
    host.getDefaultLibFileName = () => '/lib/lib.d.ts';
    host.getDefaultLibLocation = () => '/lib';
    host.directoryExists = (dir) => Object.keys(files).some((p) => p.startsWith(`${dir}/`));
    host.realpath = (p) => p;
    host.getCurrentDirectory = () => '/';
    const program = ts.createProgram([DSL_ENTRY], options, host);
    const problems = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });

  // The methods are declared by the generated surface's classes (src/pattern/surface/).
  const surface = (): string => [...generated().declarations].filter(([path]) => path.startsWith('/dsl/pattern/surface/')).map(([, text]) => text).join('\n');

  it('gives the Pattern methods the docs of the functions they delegate to', () => {
    const text = surface();
    expect(text).toMatch(/\/\*\*\s*\n\s*\* Speeds a pattern up by a factor\.[\s\S]*?\*\/\s*\n\s*fast\(factor/);
    expect(text).toMatch(/\* Low-pass filter cutoff[\s\S]*?\*\/\s*\n\s*lpf\(x\?/);
  });

  it('gives strings the pattern methods, with pattern getters that clash with String methods as overloads', () => {
    const augmentation = surface().split('interface String {').slice(1).join('interface String {');
    expect(augmentation).toMatch(/\n\s+fast\(factor: PatternArg<number>\): Pattern<any>;/);
    expect(augmentation).toMatch(/\n\s+readonly add: (?:ops\.)?BoundOperator<any>;/);
    expect(augmentation).toMatch(/\n\s+sub\(\.\.\.args: Parameters<(?:ops\.)?BoundOperator<any>>\): ReturnType<(?:ops\.)?BoundOperator<any>>;/);
  });

  it('lists every DSL name in the reference with a kind, category and signature', () => {
    const { entries } = generated().reference;
    const names = new Set(entries.map((e) => e.name));
    expect([...dslScope.keys()].filter((n) => !names.has(n))).toEqual([]);
    const lpf = entries.find((e) => e.name === 'lpf')!;
    expect(lpf).toMatchObject({ kind: 'control', category: 'Filters', method: true, signature: 'lpf(value: ControlArg<"cutoff">): Pattern<Controls>' });
    expect(entries.find((e) => e.name === 'sound')).toMatchObject({ aliasOf: 's' });
  });
});

describe('PERFORMER_OPTIONS', () => {
  it('is what patterns/tsconfig.json says', () => {
    const path = new URL('../../patterns/tsconfig.json', import.meta.url);
    const { config, error } = ts.readConfigFile(path.pathname, (p) => readFileSync(p, 'utf8'));
    expect(error).toBeUndefined();
    expect(config.compilerOptions).toEqual(PERFORMER_OPTIONS);
    expect(config.files).toEqual(['../generated/dsl/dsl.d.ts']);
  });
});
