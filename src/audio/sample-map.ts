/**
 * Sample maps: the object `samples({...})` takes in performer code, which is also the form of a
 * `strudel.json` file (Strudel's format). Shared by the evaluator, which reads the object the code
 * gives, and by the loaders, which read a map file the code names. Pure: no fetching here.
 */
import { noteToMidiNumber } from './dsp/pitch.ts';
import type { CodeRange, SampleDeclaration, SampleFile, SampleMapDeclaration, SoundDeclaration } from './protocol.ts';

/** A `samples(...)` argument weft cannot use, with what to write instead. */
export class SampleMapError extends Error {
  override readonly name = 'SampleMapError';
}

const GITHUB = 'github:';
const RAW_GITHUB = 'https://raw.githubusercontent.com/';
/** The URL schemes a sample may be read from (no scheme: relative to where the loader reads). */
const SCHEMES = new Set(['http', 'https', 'blob', 'data', 'file']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Where `github:user/repo/branch/path` points: its raw file URL
 * (`https://raw.githubusercontent.com/user/repo/branch/path`). The branch defaults to `main`.
 */
export function githubUrl(text: string): string {
  const parts = text.slice(GITHUB.length).split('/');
  const [user, repo] = parts;
  if (user === undefined || user === '' || repo === undefined || repo === '') {
    throw new SampleMapError(`"${text}" should name a repository, as "github:user/repo/branch/"`);
  }
  if (parts.length === 2) parts.push('main', '');
  return RAW_GITHUB + parts.join('/');
}

/** A base URL as the code wrote it, with `github:` expanded; checked like a file URL. */
export function resolveBase(base: string): string {
  const url = base.startsWith(GITHUB) ? githubUrl(base) : base;
  checkUrl(url);
  return url;
}

/**
 * `path` read against `base`: a path with a URL scheme stands alone; otherwise the two are joined
 * (with a `/` between them if neither has one), as Strudel prefixes each path with its base.
 */
export function joinUrl(base: string | undefined, path: string): string {
  if (path.startsWith(GITHUB)) return githubUrl(path);
  if (base === undefined || base === '' || SCHEME.test(path)) return path;
  return base.endsWith('/') || path.startsWith('/') ? base + path : `${base}/${path}`;
}

/** Throws a {@link SampleMapError} for a URL with a scheme weft does not read from. */
export function checkUrl(url: string): void {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined && !SCHEMES.has(scheme) && scheme.length > 1) {
    throw new SampleMapError(`cannot read samples from "${url}": use an http(s) URL, a path, or github:user/repo/branch/`);
  }
}

/** Strudel's shorthand for Bubobubobubobubo's sample repositories: `bubo:fox` is `github:Bubobubobubobubo/dough-fox`. */
const BUBO = 'bubo:';
/** The shabda service (shabda.ndre.gr): sounds found on freesound.org, and speech, as sample maps. */
const SHABDA = 'https://shabda.ndre.gr/';

/**
 * The map URL of Strudel's shabda shorthands, as the service serves them: `shabda:bass:4,hihat:4`
 * (sounds from freesound.org) and `shabda/speech[/language[/gender]]:words` (spoken words,
 * `en-GB` and `f` by default). Undefined for any other text.
 */
function shabdaUrl(text: string): string | undefined {
  const speech = /^shabda\/speech(?:\/([\w-]+))?(?:\/(\w+))?:(.+)$/.exec(text);
  if (speech !== null) {
    const [, language = 'en-GB', gender = 'f', words = ''] = speech;
    return `${SHABDA}speech/${encodeURIComponent(words).replace(/%2C/g, ',')}.json?gender=${encodeURIComponent(gender)}&language=${encodeURIComponent(language)}&strudel=1`;
  }
  if (!text.startsWith('shabda:')) return undefined;
  const query = text.slice('shabda:'.length);
  if (query === '') throw new SampleMapError(`"${text}" should name sounds to find, as "shabda:bass:4,hihat:4"`);
  return `${SHABDA}${encodeURIComponent(query).replace(/%3A/g, ':').replace(/%2C/g, ',')}.json?strudel=1`;
}

/**
 * The URL of the map named by `samples('...')`: an http(s) URL or a path as given,
 * `github:user/repo[/branch]` as that repository's `strudel.json`, and Strudel's shorthands
 * `bubo:name` (a repository of Bubobubobubobubo's) and `shabda:...` (the shabda service): the
 * code names what is fetched. Other shorthands (`local:`...) are refused.
 */
export function sampleMapUrl(text: string): string {
  let trimmed = text.trim();
  if (trimmed === '') throw new SampleMapError('samples() needs a map of names to files, or the URL of a strudel.json');
  const shabda = shabdaUrl(trimmed);
  if (shabda !== undefined) return shabda;
  if (trimmed.startsWith(BUBO)) {
    const name = trimmed.slice(BUBO.length);
    if (!/^[\w.-]+$/.test(name)) throw new SampleMapError(`"${trimmed}" should name one of Bubo's sample sets, as "bubo:fox"`);
    trimmed = `${GITHUB}Bubobubobubobubo/dough-${name}`;
  }
  if (trimmed.startsWith(GITHUB)) {
    const url = githubUrl(trimmed);
    return url.endsWith('.json') ? url : `${url.endsWith('/') ? url : `${url}/`}strudel.json`;
  }
  const scheme = SCHEME.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme !== undefined && !SCHEMES.has(scheme) && scheme.length > 1) {
    throw new SampleMapError(
      `samples('${trimmed}') is not supported: name the files, as samples({ name: 'https://.../file.wav' }), or the URL of a strudel.json`,
    );
  }
  return trimmed;
}

/** The directory part of a URL (up to its last `/`), against which a map's own paths are read. */
export function directoryOf(url: string): string {
  const cut = url.split(/[?#]/, 1)[0] ?? url;
  const slash = cut.lastIndexOf('/');
  return slash < 0 ? '' : cut.slice(0, slash + 1);
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function fileList(value: unknown, where: string): string[] {
  const list = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
  if (list === undefined || list.length === 0 || !list.every((item): item is string => typeof item === 'string' && item.trim() !== '')) {
    throw new SampleMapError(`${where} should be a file (a string), a list of files, or { note: file }`);
  }
  return list.map((item) => item.trim());
}

function filesOf(name: string, value: unknown, base: string | undefined): SampleFile[] {
  const url = (path: string): string => {
    const joined = joinUrl(base, path);
    checkUrl(joined);
    return joined;
  };
  if (!isRecord(value)) return fileList(value, `the sound "${name}"`).map((path) => ({ url: url(path) }));
  const files: SampleFile[] = [];
  for (const [key, paths] of Object.entries(value)) {
    if (key.startsWith('_')) continue;
    const note = noteToMidiNumber(key);
    if (note === undefined || !Number.isFinite(note)) {
      throw new SampleMapError(`"${key}" in the sound "${name}" should be a note name such as "c3" or a MIDI number`);
    }
    for (const path of fileList(paths, `"${key}" in the sound "${name}"`)) files.push({ url: url(path), note });
  }
  if (files.length === 0) throw new SampleMapError(`the sound "${name}" has no files`);
  return files;
}

/**
 * The sounds of a sample map: each key is a sound name; its value a file, a list of files (played
 * by `n`), or an object from note names to files (a pitched sound: each note plays the nearest
 * file). Paths are joined to `base`, or to the map's own `_base` when it has one; other keys
 * starting with `_` are ignored, as in Strudel's `strudel.json` files.
 */
export function parseSampleMap(map: unknown, base: string | undefined, locations: CodeRange[]): SoundDeclaration[] {
  if (!isRecord(map)) throw new SampleMapError('a sample map should be an object of names to files, as { bd: "bd.wav" }');
  const own = map['_base'];
  const root = typeof own === 'string' && own !== '' ? joinUrl(base, resolveBase(own)) : base === undefined ? undefined : resolveBase(base);
  const sounds: SoundDeclaration[] = [];
  for (const [name, value] of Object.entries(map)) {
    if (name.startsWith('_')) continue;
    if (name.trim() === '' || /[\s:]/.test(name)) {
      throw new SampleMapError(`"${name}" cannot name a sound: use letters, digits and _ (":" selects a file, as in "bd:2")`);
    }
    sounds.push({ kind: 'sound', name, files: filesOf(name, value, root), locations });
  }
  return sounds;
}

/** The map declaration for `samples('url')`. */
export function sampleMapDeclaration(text: string, locations: CodeRange[], base?: string): SampleMapDeclaration {
  const url = sampleMapUrl(text);
  return base === undefined ? { kind: 'map', url, locations } : { kind: 'map', url, base: resolveBase(base), locations };
}

/** A sound as the engine is told of it: its name, its files' URLs and, for a pitched sound, their notes. */
export interface SoundInfo {
  name: string;
  urls: string[];
  notes?: number[];
}

/** What the engine needs to know of a declared sound (see `Engine.declareSound`). */
export function soundInfo(sound: SoundDeclaration): SoundInfo {
  const urls = sound.files.map((file) => file.url);
  const pitched = sound.files.some((file) => file.note !== undefined);
  return pitched ? { name: sound.name, urls, notes: sound.files.map((file) => file.note ?? 36) } : { name: sound.name, urls };
}

/**
 * The sounds among `declarations` that the engine can be told of at once (map files must load
 * first), the later of two declarations of one name winning.
 */
export function declaredSounds(declarations: readonly SampleDeclaration[]): SoundInfo[] {
  const byName = new Map<string, SoundInfo>();
  for (const declaration of declarations) {
    if (declaration.kind === 'sound') {
      const info = soundInfo(declaration);
      byName.delete(info.name);
      byName.set(info.name, info);
    }
  }
  return [...byName.values()];
}
