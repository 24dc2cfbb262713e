// The examples menu: every file in patterns/, named, loaded on demand.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleName, exampleTitle, listExamples } from '../../src/app/examples.ts';

const dir = fileURLToPath(new URL('../../patterns/', import.meta.url));

describe('listExamples', () => {
  it('lists every pattern file, sorted by name, each loading its own code', async () => {
    const examples = listExamples();
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, ''));
    expect(examples.map((e) => e.id).sort()).toEqual(files.sort());
    expect(examples.map((e) => e.name)).toEqual([...examples.map((e) => e.name)].sort((a, b) => a.localeCompare(b)));
    const first = examples[0]!;
    expect(await first.load()).toBe(readFileSync(`${dir}${first.id}.ts`, 'utf8'));
  });
});

describe('exampleName', () => {
  it('turns a file id into a menu name', () => {
    expect(exampleName('first-steps')).toBe('First steps');
    expect(exampleName('acid')).toBe('Acid');
  });
});

describe('exampleTitle', () => {
  it('reads the title from the first comment line', () => {
    expect(exampleTitle('// Acid line — a squelchy line\n$: s("bd")')).toBe('Acid line');
    expect(exampleTitle('$: s("bd")')).toBeUndefined();
  });
});
