import { describe, expect, it } from 'vitest';
import { blockAt, labelOf } from '../../src/editor/block.ts';

/** The offset of the `n`-th (from 0) occurrence of `needle` in `doc`. */
function at(doc: string, needle: string, n = 0): number {
  let pos = -1;
  for (let i = 0; i <= n; i++) {
    pos = doc.indexOf(needle, pos + 1);
    if (pos === -1) throw new Error(`no ${needle} #${n}`);
  }
  return pos;
}

/** Checks that a block's text is what its offsets cut from the document. */
function expectConsistent(doc: string, pos: number): void {
  const block = blockAt(doc, pos);
  if (block) expect(doc.slice(block.from, block.to)).toBe(block.text);
}

describe('labelOf', () => {
  it('reads the labels the evaluator knows, as typed', () => {
    expect(labelOf('$: s("bd")')).toBe('$');
    expect(labelOf('_$: s("bd")')).toBe('_$');
    expect(labelOf('$drums: s("bd")')).toBe('$drums');
    expect(labelOf('_$drums: s("bd")')).toBe('_$drums');
    expect(labelOf('bass: note("c2")')).toBe('bass');
    expect(labelOf('$ : s("bd")')).toBe('$');
  });

  it('does not take indented keys, keywords, plain code or `::` for labels', () => {
    expect(labelOf('  gain: 0.5,')).toBeUndefined();
    expect(labelOf('default: break')).toBeUndefined();
    expect(labelOf('case 1:')).toBeUndefined();
    expect(labelOf('s("bd:3")')).toBeUndefined();
    expect(labelOf('a ? b : c')).toBeUndefined();
    expect(labelOf('x:= 1')).toBeUndefined();
    expect(labelOf('')).toBeUndefined();
  });
});

describe('blockAt', () => {
  it('gives the blank-line separated paragraph around the position, with its offsets', () => {
    const doc = 'setcps(1)\n\nnote("c e g")\n  .s("saw")\n\nsound("bd")';
    const block = blockAt(doc, at(doc, 'e g'));
    expect(block).toEqual({ text: 'note("c e g")\n  .s("saw")', from: 11, to: 36, label: undefined });
    expect(blockAt(doc, 0)).toEqual({ text: 'setcps(1)', from: 0, to: 9, label: undefined });
    expect(blockAt(doc, doc.length)?.text).toBe('sound("bd")');
  });

  it('gives the whole document when it is one paragraph', () => {
    const doc = 'note("c")\n.s("saw")';
    for (let pos = 0; pos <= doc.length; pos++) expect(blockAt(doc, pos)?.text).toBe(doc);
  });

  it('includes the line the position is at, from its first to its last character', () => {
    const doc = 'a()\nb()\n\nc()';
    expect(blockAt(doc, 0)?.text).toBe('a()\nb()');
    expect(blockAt(doc, 3)?.text).toBe('a()\nb()'); // end of line 1
    expect(blockAt(doc, 7)?.text).toBe('a()\nb()'); // end of line 2
    expect(blockAt(doc, 9)?.text).toBe('c()'); // start of line 4
  });

  it('takes the block just above when the position is on a blank line right after it', () => {
    const doc = 'a()\nb()\n\n\nc()\n';
    expect(blockAt(doc, 8)?.text).toBe('a()\nb()');
    expect(blockAt(doc, doc.length)?.text).toBe('c()');
  });

  it('gives nothing on a blank line that does not follow a block', () => {
    const doc = 'a()\n\n\nc()';
    expect(blockAt(doc, 5)).toBeUndefined();
    expect(blockAt('\n\na()', 0)).toBeUndefined();
    expect(blockAt('', 0)).toBeUndefined();
    expect(blockAt('   \n\t', 2)).toBeUndefined();
  });

  it('gives a labelled block from its label to the line before the next label', () => {
    const doc = '$: s("bd sd")\n  .fast(2)\n$drums: s("hh*8")\nbass: note("c2")';
    expect(blockAt(doc, at(doc, 'fast'))).toEqual({ text: '$: s("bd sd")\n  .fast(2)', from: 0, to: 24, label: '$' });
    expect(blockAt(doc, at(doc, 'hh'))).toEqual({ text: '$drums: s("hh*8")', from: 25, to: 42, label: '$drums' });
    expect(blockAt(doc, doc.length)).toEqual({ text: 'bass: note("c2")', from: 43, to: 59, label: 'bass' });
  });

  it('matches the documented example', () => {
    expect(blockAt('$: s("bd sd")\n$drums: s("hh*8")\n\nsetcps(1)', 20)).toEqual({
      text: '$drums: s("hh*8")',
      from: 14,
      to: 31,
      label: '$drums',
    });
  });

  it('keeps code before the first label of a paragraph as an unlabelled block', () => {
    const doc = 'setcps(0.5)\nconst x = 1\n$: s("bd")';
    expect(blockAt(doc, 3)).toEqual({ text: 'setcps(0.5)\nconst x = 1', from: 0, to: 23, label: undefined });
    expect(blockAt(doc, doc.length)?.label).toBe('$');
  });

  it('gives muted labels as typed', () => {
    const doc = '_$: s("bd")\n_$hats: s("hh")';
    expect(blockAt(doc, 2)?.label).toBe('_$');
    expect(blockAt(doc, doc.length)?.label).toBe('_$hats');
  });

  it('ends a labelled block at a blank line', () => {
    const doc = '$: s("bd")\n\nsetcps(1)';
    expect(blockAt(doc, 0)?.text).toBe('$: s("bd")');
    expect(blockAt(doc, doc.length)).toEqual({ text: 'setcps(1)', from: 12, to: 21, label: undefined });
  });

  it('attaches comment lines right above a label to its block', () => {
    const doc = '// drums\n$: s("bd")\n// hats, quietly\n// (for now)\n$: s("hh").gain(0.3)';
    expect(blockAt(doc, 2)).toEqual({ text: '// drums\n$: s("bd")', from: 0, to: 19, label: '$' });
    const hats = blockAt(doc, at(doc, 'quietly'));
    expect(hats?.text).toBe('// hats, quietly\n// (for now)\n$: s("hh").gain(0.3)');
    expect(hats?.label).toBe('$');
    expect(blockAt(doc, at(doc, 'gain'))).toEqual(hats);
  });

  it('joins a paragraph starting with `.method(` to the block above it', () => {
    const doc = '$: note("c e g")\n  .s("saw")\n\n  .lpf(800)\n\n$: s("bd")';
    const expected = { text: '$: note("c e g")\n  .s("saw")\n\n  .lpf(800)', from: 0, to: 41, label: '$' };
    expect(blockAt(doc, 3)).toEqual(expected);
    expect(blockAt(doc, at(doc, 'lpf'))).toEqual(expected);
    expect(blockAt(doc, at(doc, '\n\n') + 1)).toEqual(expected); // on the blank line inside
    expect(blockAt(doc, doc.length)?.text).toBe('$: s("bd")');
  });

  it('does not join a paragraph starting with a number like `.5`', () => {
    const doc = 'a()\n\n.5';
    expect(blockAt(doc, doc.length)?.text).toBe('.5');
  });

  it('does not take indented object keys for labels', () => {
    const doc = '$: s("bd").set({\n  gain: 0.5,\n  room: 0.2,\n})';
    for (let pos = 0; pos <= doc.length; pos++) expect(blockAt(doc, pos)?.text).toBe(doc);
  });

  it('clamps positions outside the document', () => {
    const doc = 'a()\n\nb()';
    expect(blockAt(doc, -5)?.text).toBe('a()');
    expect(blockAt(doc, 1000)?.text).toBe('b()');
  });

  it('leaves Windows line ends out of the block text', () => {
    const doc = 'a()\r\nb()\r\n\r\nc()';
    expect(blockAt(doc, 0)).toEqual({ text: 'a()\r\nb()', from: 0, to: 8, label: undefined });
    expect(blockAt(doc, doc.length)?.text).toBe('c()');
  });

  it('always gives whole lines that contain the position and match the document', () => {
    const docs = [
      '$: s("bd")\n// c\n\n\n$x: note("c")\n  .s("saw")\n\n  .fast(2)\nsetcps(1)\n',
      'a\n\nb\n.c()\n\n.d()\n_$: e\n// f\n// g\nh: i\n\n',
      '\n\n  indented()\n\t\n$:x\n',
    ];
    for (const doc of docs) {
      for (let pos = 0; pos <= doc.length; pos++) {
        expectConsistent(doc, pos);
        const block = blockAt(doc, pos);
        if (!block) continue;
        expect(block.from === 0 || doc[block.from - 1] === '\n').toBe(true);
        expect(block.to === doc.length || doc[block.to] === '\n' || doc[block.to] === '\r').toBe(true);
        const lineStart = doc.lastIndexOf('\n', pos - 1) + 1;
        const onBlankLine = doc.slice(lineStart).split('\n')[0]?.trim() === '';
        if (!onBlankLine) expect(block.from <= pos && pos <= block.to).toBe(true);
        expect(block.text.trim()).not.toBe('');
      }
    }
  });
});
