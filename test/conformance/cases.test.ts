import { describe, expect, it } from 'vitest';
import { allCases, caseGroups, coverageMap, MIN_CYCLES } from './cases.ts';
import { codeOutsideStrings, itemsUsedBy, stringsIn, vocabulary } from './vocabulary.ts';

describe('allCases', () => {
  it('has at least 260 cases', () => {
    expect(allCases.length).toBeGreaterThanOrEqual(260);
  });

  it('names every case uniquely', () => {
    const names = allCases.map(({ name }) => name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('compares every case over at least 8 whole cycles', () => {
    const short = allCases.filter(({ cycles }) => cycles < MIN_CYCLES || !Number.isInteger(cycles));
    expect(short.map(({ name }) => name)).toEqual([]);
  });

  it('puts every case in a named group', () => {
    for (const { feature, cases } of caseGroups) {
      expect(feature).not.toBe('');
      expect(cases.length).toBeGreaterThan(0);
    }
  });
});

describe('coverageMap', () => {
  it('covers every vocabulary item with at least one case', () => {
    const uncovered = [...coverageMap()].filter(([, names]) => names.length === 0).map(([item]) => item);
    expect(uncovered).toEqual([]);
  });

  it('maps each item to the names of the cases that use it', () => {
    const coverage = coverageMap([
      { name: 'a', code: 's("bd*2").fast(2)' },
      { name: 'b', code: 'note("c e").slow(2)' },
    ]);
    expect(coverage.get('fast')).toEqual(['a']);
    expect(coverage.get('control: note')).toEqual(['b']);
    expect(coverage.get('mini: * fast')).toEqual(['a']);
    expect(coverage.get('rev')).toEqual([]);
  });
});

describe('vocabulary', () => {
  it('has one entry per item', () => {
    const items = vocabulary.map(({ item }) => item);
    expect(items.filter((item, index) => items.indexOf(item) !== index)).toEqual([]);
  });

  it('finds function names outside strings only', () => {
    expect(itemsUsedBy('s("sine saw")')).not.toContain('sine');
    expect(itemsUsedBy('s("hh").gain(sine)')).toContain('sine');
    expect(itemsUsedBy('n("0").irand(3)')).not.toContain('rand');
    expect(itemsUsedBy('s("bd").every(2, rev)')).toEqual(expect.arrayContaining(['every', 'rev']));
  });

  it('finds mini-notation features inside strings only', () => {
    expect(itemsUsedBy('s("bd(3,8,2)")')).toContain('mini: (k,n,r) euclid');
    expect(itemsUsedBy('s("bd").euclid(3, 8)')).not.toContain('mini: (k,n,r) euclid');
    expect(itemsUsedBy('note("[c,e] g")')).toContain('mini: , stack');
    expect(itemsUsedBy('s("bd(3,8)")')).not.toContain('mini: , stack');
    expect(itemsUsedBy('note("c4 eb3")')).toContain('mini: note names with octaves and accidentals');
    expect(itemsUsedBy('s("bd:3")')).toContain('control: s with a sample number ("bd:3")');
  });

  it('finds program features', () => {
    expect(itemsUsedBy('$: s("bd")\n_$: s("hh")')).toEqual(
      expect.arrayContaining(['program: $: blocks', 'program: _$: muting']),
    );
    expect(itemsUsedBy('"0 2".add("<0 1>")')).toContain('program: method on a double-quoted string');
    expect(itemsUsedBy('s("0 2").add("1")')).not.toContain('program: method on a double-quoted string');
  });
});

describe('codeOutsideStrings', () => {
  it('blanks string contents and keeps their length', () => {
    expect(codeOutsideStrings('s("bd sd").gain(`1`)')).toBe('s("     ").gain(` `)');
  });
});

describe('stringsIn', () => {
  it('lists the contents of every kind of string literal', () => {
    expect(stringsIn(`s("bd").n('1').x(\`c\`)`)).toEqual(['bd', '1', 'c']);
  });
});
