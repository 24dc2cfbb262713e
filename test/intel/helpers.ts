// The generated declarations and a language service over them, built in memory from src/ (so
// tests never read a stale generated/ directory, and never race on it), once per vitest run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDsl, type GeneratedDsl } from '../../scripts/gen-dsl-dts.ts';
import type { DslFiles } from '../../src/intel/reference-data.ts';
import { createIntelService, type IntelService } from '../../src/intel/service.ts';
import { defaultVocabulary } from '../../src/intel/vocabulary.ts';
import { runDir, writeWhole } from '../run-dir.ts';

let built: GeneratedDsl | undefined;

/**
 * The generator's output for the current sources. Its type check of the DSL takes seconds, so it
 * is built once per run, not per test file: the first file to finish building it leaves it, as
 * JSON (which gives the same maps and reference back), in the run's directory
 * (test/global-setup.ts) and the files after it read that. Without one, it is built here.
 */
export function generated(): GeneratedDsl {
  built ??= sharedDsl();
  return built;
}

function sharedDsl(): GeneratedDsl {
  const run = runDir();
  if (run === undefined) return buildDsl();
  const file = join(run, 'dsl.json');
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { declarations: [string, string][]; libs: [string, string][]; reference: GeneratedDsl['reference'] };
    return { declarations: new Map(saved.declarations), libs: new Map(saved.libs), reference: saved.reference };
  }
  const dsl = buildDsl();
  // A file that reads it never sees half of it.
  writeWhole(file, JSON.stringify({ declarations: [...dsl.declarations], libs: [...dsl.libs], reference: dsl.reference }));
  return dsl;
}

/** The files the service reads: declarations and library. */
export function dslFiles(): DslFiles {
  const { declarations, libs } = generated();
  return { files: Object.fromEntries([...declarations, ...libs]) };
}

let service: IntelService | undefined;

/** One language service over the generated declarations. */
export function intelService(): IntelService {
  service ??= createIntelService(dslFiles(), generated().reference, defaultVocabulary());
  return service;
}

/** The offset of the `n`th (from 0) occurrence of `part` in `code`; throws when absent. */
export function offsetOf(code: string, part: string, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = code.indexOf(part, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(part)} is not in ${JSON.stringify(code)}`);
  }
  return at;
}
