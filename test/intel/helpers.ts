// The generated declarations and a language service over them, built in memory from src/ (so
// tests never read a stale generated/ directory, and never race on it).
import { buildDsl, type GeneratedDsl } from '../../scripts/gen-dsl-dts.ts';
import type { DslFiles } from '../../src/intel/reference-data.ts';
import { createIntelService, type IntelService } from '../../src/intel/service.ts';
import { defaultVocabulary } from '../../src/intel/vocabulary.ts';

let built: GeneratedDsl | undefined;

/** The generator's output for the current sources (built once per test file). */
export function generated(): GeneratedDsl {
  built ??= buildDsl();
  return built;
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
