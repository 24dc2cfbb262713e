// The browser bundles carry the control table without its docs and examples: only the lines
// holding a row's `doc` or `example` go, every other line stays as written.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripControlDocs } from '../../scripts/strip-control-docs.ts';

const dir = new URL('../../src/controls/', import.meta.url);
const tables = readdirSync(dir).filter((f) => /^table.*\.ts$/.test(f));

describe('the control table in the browser bundles', () => {
  it.each(tables)('%s loses only its doc and example lines', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const lines = source.split('\n');
    const kept = stripControlDocs(source).split('\n');
    // The kept lines are the source's in order; each line left out is a doc or an example.
    const removed: string[] = [];
    let k = 0;
    for (const line of lines) {
      if (kept[k] === line) k++;
      else removed.push(line);
    }
    expect(k).toBe(kept.length);
    for (const line of removed) expect(line).toMatch(/^\s*(doc|example): /);
  });

  it('takes the docs out of the rows', () => {
    const docs = tables.map((file) => readFileSync(new URL(file, dir), 'utf8')).map((source) => stripControlDocs(source).match(/^\s*doc: '/gm)?.length ?? 0);
    expect(docs.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('keeps a line that holds more than a doc', () => {
    const row = "  a: {\n    doc: 'x', engine: 'voice',\n    example: 's(\"bd\")',\n  },\n";
    expect(stripControlDocs(row)).toBe("  a: {\n    doc: 'x', engine: 'voice',\n  },\n");
  });
});
