// Valid Strudel code type-checks cleanly: every conformance case and every pattern in patterns/
// gets not a single diagnostic from the language service (types, syntax or mini-notation).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCases } from '../conformance/cases.ts';
import { generated, intelService } from './helpers.ts';

// Building the declarations from src/ takes seconds (more on a loaded machine).
beforeAll(() => void generated(), 180_000);

const PATTERNS = fileURLToPath(new URL('../../patterns/', import.meta.url));

/** The diagnostics as readable lines, so a failure says what and where. */
function problemsIn(code: string): string[] {
  return intelService().diagnostics(code).map((d) => `${d.source} at ${d.from}-${d.to} (${JSON.stringify(code.slice(d.from, d.to))}): ${d.message}`);
}

describe('diagnostics of valid performer code', () => {
  it('finds nothing in any conformance case', () => {
    expect(allCases.length).toBeGreaterThan(300);
    const failing = allCases
      .map((c) => ({ name: c.name, code: c.code, problems: problemsIn(c.code) }))
      .filter((c) => c.problems.length > 0);
    expect(failing).toEqual([]);
  });

  it('finds nothing in any pattern in patterns/', () => {
    const files = readdirSync(PATTERNS).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(0);
    const failing = files
      .map((f) => ({ file: f, problems: problemsIn(readFileSync(PATTERNS + f, 'utf8')) }))
      .filter((f) => f.problems.length > 0);
    expect(failing).toEqual([]);
  });
});
