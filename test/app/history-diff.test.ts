import { describe, expect, it } from 'vitest';
import { blocksOf, lineDiff, versionChange } from '../../src/app/history-diff.ts';

describe('lineDiff', () => {
  it('gives the changed line as removed then added, with its line numbers', () => {
    expect(lineDiff('setcps(1)\n$: s("bd")\n$hh: s("hh*4")', 'setcps(1)\n$: s("bd sd")\n$hh: s("hh*4")')).toEqual([
      { kind: 'removed', text: '$: s("bd")', line: 2 },
      { kind: 'added', text: '$: s("bd sd")', line: 2 },
    ]);
  });

  it('gives an inserted line alone, numbered in the newer version', () => {
    expect(lineDiff('a\nb\nc', 'a\nb\nnew\nc')).toEqual([{ kind: 'added', text: 'new', line: 3 }]);
  });

  it('gives a deleted line alone, numbered in the older version', () => {
    expect(lineDiff('a\nb\nc\nd', 'a\nc\nd')).toEqual([{ kind: 'removed', text: 'b', line: 2 }]);
  });

  it('keeps the lines both versions share out of the diff, wherever they are', () => {
    const before = 'x1\nkeep1\nx2\nkeep2\nx3';
    const after = 'y1\nkeep1\nkeep2\ny3';
    const diff = lineDiff(before, after);
    expect(diff.map((d) => d.text)).not.toContain('keep1');
    expect(diff.map((d) => d.text)).not.toContain('keep2');
    expect(diff.filter((d) => d.kind === 'removed').map((d) => d.text)).toEqual(['x1', 'x2', 'x3']);
    expect(diff.filter((d) => d.kind === 'added').map((d) => d.text)).toEqual(['y1', 'y3']);
  });

  it('is empty for versions that differ only in trailing spaces or blank lines', () => {
    expect(lineDiff('a  \nb', 'a\n\nb')).toEqual([]);
  });

  it('gives two versions that share nothing as all removed then all added', () => {
    expect(lineDiff('a\nb', 'c')).toEqual([
      { kind: 'removed', text: 'a', line: 1 },
      { kind: 'removed', text: 'b', line: 2 },
      { kind: 'added', text: 'c', line: 1 },
    ]);
  });
});

describe('blocksOf', () => {
  it('gives each labelled block its lines, repeated anonymous labels told apart', () => {
    const blocks = blocksOf('setcps(1)\n$: s("bd")\n  .fast(2)\n$bass: note("c2")\n$: s("hh")');
    expect([...blocks.keys()]).toEqual(['$', '$bass', '$#2']);
    expect(blocks.get('$')).toBe('$: s("bd")\n.fast(2)\n');
  });
});

describe('versionChange', () => {
  it('names the blocks whose code changed, not those that stayed', () => {
    const before = '$drums: s("bd sd")\n$bass: note("c2 e2")\n$lead: note("c5")';
    const after = '$drums: s("bd sd hh")\n$bass: note("c2 e2")\n$lead: note("c5")\n  .lpf(800)';
    expect(versionChange(before, after).blocks).toEqual(['$drums', '$lead']);
  });

  it('names a block added and a block gone', () => {
    expect(versionChange('$a: s("bd")\n$b: s("hh")', '$a: s("bd")\n$c: s("cp")').blocks).toEqual(['$c', '$b']);
  });

  it('names no block when the code has none', () => {
    const change = versionChange('s("bd")', 's("bd sd")');
    expect(change.blocks).toEqual([]);
    expect(change.lines).toHaveLength(2);
  });

  it('tells apart versions that begin alike (the history once cut them to the same prefix)', () => {
    const start = '// my set\nsetcps(0.5)\n';
    const one = versionChange(`${start}$: s("bd")`, `${start}$: s("bd sd")`);
    const two = versionChange(`${start}$: s("bd sd")`, `${start}$: s("bd sd cp")`);
    expect(one.lines.find((l) => l.kind === 'added')?.text).toBe('$: s("bd sd")');
    expect(two.lines.find((l) => l.kind === 'added')?.text).toBe('$: s("bd sd cp")');
  });
});
