import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/eval/edits.ts';
import { decodeMappings } from '../../src/eval/strip-types.ts';
import { rewrite } from '../../src/eval/rewrite.ts';

const text = (code: string): string => rewrite(code).edited.text;

describe('rewrite', () => {
  it('wraps only strings that are values, with the offset of their content', () => {
    const code = [
      'type K = "x"',
      'const o: Record<"k", string> = { "k": "v" }',
      'o["k"] + tag`t` + `u` + \'w\' + f<"g">()',
    ].join('\n');
    const out = text(code);
    expect([...out.matchAll(/__weft\.m\(([^,]*), (\d+)\)/g)].map((m) => [m[1], Number(m[2])])).toEqual([
      ['"v"', code.indexOf('"v"') + 1],
      ['`u`', code.indexOf('`u`') + 1],
    ]);
    expect(out).toContain('tag`t`');
    expect(out).toContain("'w'");
  });

  it('returns the last expression statement, and nothing else', () => {
    expect(text('const a = 1\na + 1 // done')).toBe('const a = 1\nreturn a + 1 // done');
    expect(text('const a = 1;')).toBe('const a = 1;');
    expect(text('$: a')).not.toContain('return');
  });

  it('turns labelled expressions into blocks that know their place', () => {
    const code = '$: a\n_$x: "b"';
    expect(text(code)).toBe('__weft.b("$", 0, 4, a)\n__weft.b("_$x", 5, 13, __weft.m("b", 11))');
  });

  it('leaves the labels of loops alone, and guards the loop', () => {
    expect(text('outer: for (;;) break outer')).toBe('outer: for (;;) {__weft.l(0);break outer}');
  });

  it('puts a guard check first in the body of every kind of loop, naming its head', () => {
    const code = 'while (a) f()\ndo x; while (b)\nfor (let i = 0; i < 3; i++) {}\nfor (const k in o) ;\nfor (const v of w) { g() }';
    const { edited, sites } = rewrite(code);
    expect(edited.text).toBe(
      'while (a) {__weft.l(0);f()}\ndo {__weft.l(1);x;} while (b)\nfor (let i = 0; i < 3; i++) {__weft.l(2);{}}\n' +
        'for (const k in o) {__weft.l(3);;}\nfor (const v of w) {__weft.l(4);{ g() }}',
    );
    expect(sites.map((s) => code.slice(s.start, s.end))).toEqual([
      'while (a)', 'do', 'for (let i = 0; i < 3; i++)', 'for (const k in o)', 'for (const v of w)',
    ]);
  });

  it('guards loops inside functions, which run later', () => {
    expect(text('f(x => { while (true) {} })')).toBe('return f(x => { while (true) {__weft.l(0);{}} })');
  });

  it('marks the place of every throw, keeping what is thrown', () => {
    const { edited, sites } = rewrite('if (a) throw new Error("x")');
    expect(edited.text).toBe('if (a) throw __weft.e((new Error(__weft.m("x", 24))), 0)');
    expect(sites).toEqual([{ start: 7, end: 27 }]);
  });

  it("refuses the runtime's own name", () => {
    expect(() => rewrite('const __weft = 1')).toThrow(/__weft is weft's own name/);
    expect(() => rewrite('__weft.l = () => {}')).toThrow(/__weft is weft's own name/);
  });

  it('maps every copied character back to its place in the original', () => {
    const code = 'const xq: number = 1\n$: fz("a b", xq)\nxq';
    const { text: out, toOriginal } = rewrite(code).edited;
    for (const piece of ['xq:', '= 1', 'fz(', 'a b', 'xq)']) {
      expect(code.startsWith(piece, toOriginal(out.indexOf(piece))), piece).toBe(true);
    }
    expect(toOriginal(out.indexOf('__weft.m'))).toBe(code.indexOf('"a b"'));
    expect(toOriginal(out.indexOf('__weft.b'))).toBe(code.indexOf('$:'));
    expect(toOriginal(out.lastIndexOf('xq'))).toBe(code.lastIndexOf('xq'));
  });
});

describe('applyEdits', () => {
  it('puts insertions at one offset in rank order', () => {
    const edited = applyEdits('ab', [
      { from: 1, to: 1, insert: ']', rank: -1 },
      { from: 1, to: 1, insert: '(', rank: 2 },
      { from: 1, to: 1, insert: '[', rank: 1 },
    ]);
    expect(edited.text).toBe('a][(b');
    expect(edited.toOriginal(4)).toBe(1);
  });

  it('replaces ranges and maps the replacement to where it starts', () => {
    const edited = applyEdits('$: x', [{ from: 0, to: 2, insert: 'call(', rank: 0 }]);
    expect(edited.text).toBe('call( x');
    expect([edited.toOriginal(2), edited.toOriginal(6)]).toEqual([0, 3]);
  });
});

describe('decodeMappings', () => {
  it('decodes base64 VLQ segments into columns per line', () => {
    // "AAAA,IAAI;AACA": line 0 maps col 0->0:0 and col 4->0:4; line 1 maps col 0->1:4 (source
    // columns carry on across lines; generated columns restart).
    expect(decodeMappings('AAAA,IAAI;AACA')).toEqual([
      [
        { column: 0, sourceLine: 0, sourceColumn: 0 },
        { column: 4, sourceLine: 0, sourceColumn: 4 },
      ],
      [{ column: 0, sourceLine: 1, sourceColumn: 4 }],
    ]);
  });
});
