// Every @example in the DSL's TSDoc type-checks as performer code, without a single diagnostic.
import { beforeAll, describe, expect, it } from 'vitest';
import { generated, intelService } from './helpers.ts';

// Building the declarations from src/ takes seconds (more on a loaded machine).
beforeAll(() => void generated(), 180_000);

describe('DSL examples as performer code', () => {
  it('get no diagnostic from the language service', { timeout: 300_000 }, () => {
    const service = intelService();
    const failing = generated().reference.entries.flatMap((entry) =>
      entry.examples.flatMap((code, i) => {
        const problems = service.diagnostics(code);
        return problems.length === 0 ? [] : [{ id: `${entry.name}#${i}`, code, problems: problems.map((p) => `${JSON.stringify(code.slice(p.from, p.to))}: ${p.message}`) }];
      }),
    );
    expect(failing).toEqual([]);
  });
});
