import { describe, expect, it } from 'vitest';
import {
  checkUrl, declaredSounds, directoryOf, githubUrl, joinUrl, parseSampleMap, resolveBase, SampleMapError, sampleMapUrl, soundInfo,
} from '../../src/audio/index.ts';

describe('githubUrl', () => {
  it('points github:user/repo/branch/path at raw.githubusercontent.com, on main by default', () => {
    expect(githubUrl('github:tidalcycles/dirt-samples/master/bd/')).toBe('https://raw.githubusercontent.com/tidalcycles/dirt-samples/master/bd/');
    expect(githubUrl('github:me/kit')).toBe('https://raw.githubusercontent.com/me/kit/main/');
    expect(() => githubUrl('github:me')).toThrow(SampleMapError);
  });
});

describe('joinUrl', () => {
  it('joins a path to a base with one slash, and leaves URLs with a scheme alone', () => {
    expect(joinUrl('https://x.org/kit/', 'a.wav')).toBe('https://x.org/kit/a.wav');
    expect(joinUrl('https://x.org/kit', 'a.wav')).toBe('https://x.org/kit/a.wav');
    expect(joinUrl('https://x.org/kit/', 'https://y.org/b.wav')).toBe('https://y.org/b.wav');
    expect(joinUrl(undefined, 'a.wav')).toBe('a.wav');
    expect(joinUrl('x/', 'github:me/kit/dev/a.wav')).toBe('https://raw.githubusercontent.com/me/kit/dev/a.wav');
  });
});

describe('resolveBase', () => {
  it('expands github: and refuses schemes weft does not read', () => {
    expect(resolveBase('github:a/b/c/')).toBe('https://raw.githubusercontent.com/a/b/c/');
    expect(() => resolveBase('ftp://x.org/')).toThrow(/cannot read samples from "ftp:/);
  });
});

describe('checkUrl', () => {
  it('accepts http(s), blob, data, file and relative paths (and Windows drives), nothing else', () => {
    for (const url of ['https://x.org/a.wav', 'http://x/a.wav', 'blob:http://x/1', 'data:audio/wav;base64,AA', 'file:///a.wav', 'a/b.wav', 'C:\\a.wav']) {
      expect(() => checkUrl(url)).not.toThrow();
    }
    expect(() => checkUrl('javascript:alert(1)')).toThrow(SampleMapError);
  });
});

describe('sampleMapUrl', () => {
  it("gives a repository's strudel.json for github: and bubo:, shabda's maps, a URL as it is, and refuses other shorthands", () => {
    expect(sampleMapUrl('github:me/kit')).toBe('https://raw.githubusercontent.com/me/kit/main/strudel.json');
    expect(sampleMapUrl('github:me/kit/dev/maps/drums.json')).toBe('https://raw.githubusercontent.com/me/kit/dev/maps/drums.json');
    expect(sampleMapUrl(' https://x.org/s.json ')).toBe('https://x.org/s.json');
    expect(sampleMapUrl('bubo:fox')).toBe('https://raw.githubusercontent.com/Bubobubobubobubo/dough-fox/main/strudel.json');
    expect(sampleMapUrl('shabda:bass:4,hihat:4')).toBe('https://shabda.ndre.gr/bass:4,hihat:4.json?strudel=1');
    expect(sampleMapUrl('shabda/speech:the_drum,forever')).toBe('https://shabda.ndre.gr/speech/the_drum,forever.json?gender=f&language=en-GB&strudel=1');
    expect(sampleMapUrl('shabda/speech/fr-FR/m:magnifique')).toBe('https://shabda.ndre.gr/speech/magnifique.json?gender=m&language=fr-FR&strudel=1');
    expect(() => sampleMapUrl('local:kit')).toThrow(/not supported: name the files/);
    expect(() => sampleMapUrl('bubo:../x')).toThrow(/one of Bubo's sample sets/);
    expect(() => sampleMapUrl('')).toThrow(SampleMapError);
  });
});

describe('directoryOf', () => {
  it('keeps a URL up to its last slash, ignoring the query', () => {
    expect(directoryOf('https://x.org/kit/strudel.json?v=2/3')).toBe('https://x.org/kit/');
    expect(directoryOf('strudel.json')).toBe('');
  });
});

describe('parseSampleMap', () => {
  it('reads names to files, lists and pitched objects, with the map\'s _base over the given base', () => {
    const sounds = parseSampleMap({ _base: 'sub/', _meta: 1, a: 'a.wav', b: ['b0.wav', 'b1.wav'], c: { c3: 'c.wav' } }, 'https://x.org/', []);
    expect(sounds.map((s) => [s.name, s.files])).toEqual([
      ['a', [{ url: 'https://x.org/sub/a.wav' }]],
      ['b', [{ url: 'https://x.org/sub/b0.wav' }, { url: 'https://x.org/sub/b1.wav' }]],
      ['c', [{ url: 'https://x.org/sub/c.wav', note: 48 }]],
    ]);
    expect(() => parseSampleMap(['a.wav'], undefined, [])).toThrow(SampleMapError);
    expect(() => parseSampleMap({ a: [] }, undefined, [])).toThrow(/should be a file/);
    expect(() => parseSampleMap({ a: {} }, undefined, [])).toThrow(/has no files/);
  });
});

describe('soundInfo', () => {
  it('gives the URLs, and the notes of a pitched sound', () => {
    const [plain, pitched] = parseSampleMap({ a: ['x.wav', 'y.wav'], p: { c3: 'c.wav', d3: 'd.wav' } }, undefined, []);
    expect(soundInfo(plain!)).toEqual({ name: 'a', urls: ['x.wav', 'y.wav'] });
    expect(soundInfo(pitched!)).toEqual({ name: 'p', urls: ['c.wav', 'd.wav'], notes: [48, 50] });
  });
});

describe('declaredSounds', () => {
  it('keeps the last declaration of each name and leaves maps out', () => {
    const first = parseSampleMap({ a: 'one.wav', b: 'b.wav' }, undefined, []);
    const second = parseSampleMap({ a: 'two.wav' }, undefined, []);
    expect(declaredSounds([...first, { kind: 'map', url: 'm.json', locations: [] }, ...second])).toEqual([
      { name: 'b', urls: ['b.wav'] },
      { name: 'a', urls: ['two.wav'] },
    ]);
  });
});
