import { describe, expect, it } from 'vitest';
import { EvalError, evaluate } from '../../src/eval/index.ts';
import { rewrite } from '../../src/eval/rewrite.ts';

const at = (code: string, text: string): { start: number; end: number } => {
  const start = code.indexOf(text);
  return { start, end: start + text.length };
};

describe('samples', () => {
  it('records each named sound with its files, in n order, located at the call', () => {
    const code = `samples({ bd: 'bd.wav', hh: ['hh/0.wav', 'hh/1.wav'] })\ns("bd hh")`;
    const { samples } = evaluate(code);
    const locations = [at(code, 'samples')];
    expect(samples).toEqual([
      { kind: 'sound', name: 'bd', files: [{ url: 'bd.wav' }], locations },
      { kind: 'sound', name: 'hh', files: [{ url: 'hh/0.wav' }, { url: 'hh/1.wav' }], locations },
    ]);
  });

  it('takes double-quoted strings as plain URLs, not mini-notation', () => {
    const code = `samples({ bd: "https://example.com/a b/bd.wav" }, "https://example.com/")`;
    expect(evaluate(code).samples[0]).toMatchObject({ files: [{ url: 'https://example.com/a b/bd.wav' }] });
    // Elsewhere a double-quoted string is still a pattern.
    expect(evaluate(`samples({ x: "x.wav" })\ns("x").fast(2)`).pattern.queryArc(0, 1)).toHaveLength(2);
  });

  it('joins paths to the base URL, with github:user/repo/branch/ as raw GitHub files', () => {
    const { samples } = evaluate(`samples({ bd: 'bd/a.wav', ab: 'https://x.org/ab.wav' }, 'github:tidalcycles/dirt-samples/master/')`);
    expect(samples.map((s) => (s.kind === 'sound' ? s.files.map((f) => f.url) : []))).toEqual([
      ['https://raw.githubusercontent.com/tidalcycles/dirt-samples/master/bd/a.wav'],
      ['https://x.org/ab.wav'],
    ]);
    expect(evaluate(`samples({ a: 'a.wav' }, 'https://x.org/kit')`).samples[0]).toMatchObject({ files: [{ url: 'https://x.org/kit/a.wav' }] });
  });

  it('reads an object of note names as a pitched sound', () => {
    const { samples } = evaluate(`samples({ moog: { g2: 'g2.wav', 'g3': ['g3a.wav', 'g3b.wav'], 60: 'c4.wav' } })`);
    expect(samples[0]).toMatchObject({
      name: 'moog',
      files: [{ url: 'c4.wav', note: 60 }, { url: 'g2.wav', note: 43 }, { url: 'g3a.wav', note: 55 }, { url: 'g3b.wav', note: 55 }],
    });
  });

  it('names a sample map with a single URL, github:user/repo meaning its strudel.json', () => {
    const code = `samples('github:tidalcycles/dirt-samples')\nsamples("https://example.com/kit.json")`;
    const { samples } = evaluate(code);
    expect(samples).toEqual([
      { kind: 'map', url: 'https://raw.githubusercontent.com/tidalcycles/dirt-samples/main/strudel.json', locations: [at(code, 'samples')] },
      { kind: 'map', url: 'https://example.com/kit.json', locations: [{ start: code.lastIndexOf('samples'), end: code.lastIndexOf('samples') + 7 }] },
    ]);
    expect(evaluate(`samples('github:me/kit/dev')`).samples[0]).toMatchObject({ url: 'https://raw.githubusercontent.com/me/kit/dev/strudel.json' });
  });

  it("reads a named map's paths against a base the code gives, and knows Strudel's bubo: and shabda: shorthands", () => {
    expect(evaluate(`samples('https://x.org/kit.json', 'github:me/sounds/main/')`).samples[0]).toMatchObject({
      kind: 'map', url: 'https://x.org/kit.json', base: 'https://raw.githubusercontent.com/me/sounds/main/',
    });
    expect(evaluate(`samples('bubo:fox')`).samples[0]).toMatchObject({ url: 'https://raw.githubusercontent.com/Bubobubobubobubo/dough-fox/main/strudel.json' });
    expect(evaluate(`samples('shabda:bass:4,hihat:4')`).samples[0]).toMatchObject({ url: 'https://shabda.ndre.gr/bass:4,hihat:4.json?strudel=1' });
  });

  it('declares nothing when the code does not call it', () => {
    expect(evaluate('s("bd")').samples).toEqual([]);
  });

  it('throws errors located at the call for what weft cannot load', () => {
    const cases: [string, RegExp][] = [
      [`samples('local:kit')`, /not supported: name the files/],
      [`samples({ bd: 3 })`, /should be a file/],
      [`samples({ 'b d': 'x.wav' })`, /cannot name a sound/],
      [`samples({ bd: 'ftp://x.org/a.wav' })`, /cannot read samples from "ftp:/],
      [`samples({ keys: { h9: 'x.wav' } })`, /"h9" in the sound "keys" should be a note name/],
      [`samples({ bd: 'a.wav' }, 3)`, /base URL of samples\(\) should be a string/],
      [`const m = { bd: "a.wav" }\nsamples(m)`, /write the URLs in single quotes/],
    ];
    for (const [code, message] of cases) {
      let error: unknown;
      try {
        evaluate(code);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(EvalError);
      expect((error as EvalError).message).toMatch(message);
      expect(code.slice((error as EvalError).from, (error as EvalError).to)).toBe('samples');
    }
  });

  it('can be replaced through the scope option', () => {
    const calls: unknown[] = [];
    const { samples } = evaluate(`samples({ bd: 'x.wav' })`, { scope: { samples: (m: unknown) => calls.push(m) } });
    expect([samples, calls]).toEqual([[], [{ bd: 'x.wav' }]]);
  });
});

describe('rewrite', () => {
  it('leaves the strings in the arguments of samples(...) as strings', () => {
    const { edited } = rewrite(`samples({ bd: "bd.wav" }, "https://x.org/")\ns("bd")`);
    expect(edited.text).toContain(`samples({ bd: "bd.wav" }, "https://x.org/")`);
    expect(edited.text).toContain(`s(__weft.m("bd"`);
  });
});
