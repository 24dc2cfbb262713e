import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { DocEntry } from '../../src/intel/reference-data.ts';
import { asDslReference } from '../../src/intel/reference-data.ts';
import { referenceSections, searchReference } from '../../src/intel/reference.ts';
import { TUTORIAL } from '../../src/intel/tutorial.ts';

const entry = (name: string, category: string, summary = ''): DocEntry => ({
  name, kind: 'function', category, signature: `${name}(): Pattern<T>`, summary, details: '', examples: [], method: true,
});
const entries = [entry('slow', 'Time', 'Slows a pattern down.'), entry('fast', 'Time', 'Speeds a pattern up.'), entry('lpf', 'Filters', 'Low-pass filter cutoff.'), entry('fastGap', 'Time'), entry('breakfast', 'Zzz')];

describe('referenceSections', () => {
  it('groups by category in the reference order, names sorted', () => {
    expect(referenceSections(entries).map((s) => [s.category, s.entries.map((e) => e.name)])).toEqual([
      ['Time', ['fast', 'fastGap', 'slow']], ['Filters', ['lpf']], ['Zzz', ['breakfast']],
    ]);
  });
});

describe('searchReference', () => {
  it('ranks an exact name, then prefixes, then names containing the query, then docs', () => {
    expect(searchReference(entries, 'fast').map((e) => e.name)).toEqual(['fast', 'fastGap', 'breakfast']);
    expect(searchReference(entries, 'pattern down').map((e) => e.name)).toEqual(['slow']);
  });

  it('matches everything for an empty query', () => {
    expect(searchReference(entries, '  ')).toHaveLength(entries.length);
  });
});

describe('asDslReference', () => {
  it('accepts the generated shape and rejects a malformed entry', () => {
    expect(asDslReference({ entries, methods: { fast: { signature: 'fast()', summary: 's' } } }).methods).toEqual({ fast: { signature: 'fast()', summary: 's' } });
    expect(() => asDslReference({ entries: [{ name: 'x' }] })).toThrow(/entry 0/);
  });
});

describe("the docs' and the tutorial's prose", () => {
  it('uses no Markdown but `code` spans, which the page shows as code (src/intel/prose.ts)', async () => {
    const reference = asDslReference(JSON.parse(await readFile(new URL('../../generated/dsl-reference.json', import.meta.url), 'utf8')));
    const texts = [
      ...reference.entries.flatMap((e) => [e.summary, e.details]),
      ...TUTORIAL.flatMap((step) => [...step.text, step.tryThis ?? '']),
    ];
    expect(texts.filter((t) => t.includes('`')).length).toBeGreaterThan(100);
    for (const text of texts) {
      // Emphasis, links, headings and lists would show as raw characters.
      expect(text).not.toMatch(/\*\*|__|\[[^\]]*\]\(|^#+ |\n\s*[-*+] |(^|\s)\*\S[^*]*\*(\s|$)/);
      // Backticks come in pairs.
      expect((text.match(/`/g) ?? []).length % 2).toBe(0);
    }
  });
});
