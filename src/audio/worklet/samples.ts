// Samples for the engine worklet, on the browser's main thread: files are fetched and decoded
// with the audio context (so any format the browser decodes plays), then moved to the worklet.
import type { DecodedAudio } from '../dsp/index.ts';
import type { SampleDeclaration, SoundDeclaration } from '../protocol.ts';
import { SampleLoader, type InstrumentSource, type SampleLoadError, type SampleLoadReport, type SampleProgress } from '../sample-loader.ts';
import { GM_SOUNDFONT_URL } from '../soundfont/font-url.ts';
import { SoundFontInstruments } from '../soundfont/soundfont.ts';
import type { EngineNode } from './node.ts';

/** Settings for {@link createSampleLoader}. */
export interface BrowserSampleOptions {
  /** Decodes the files (`decodeAudioData` resamples them to the context's rate). */
  context: BaseAudioContext;
  /** Where the decoded files go; its requests for files a map declared are answered too. */
  engine: Pick<EngineNode, 'declareSounds' | 'addSample' | 'addInstrument' | 'failSample' | 'onSampleWanted'>;
  /** Default: the global `fetch`. */
  fetch?: (url: string) => Promise<Response>;
  /** Where `gm_*` instruments come from. Default: {@link generalMidi} (the SoundFont weft ships). */
  instruments?: InstrumentSource;
  /** Load every named file at once (default), or only those the engine asks for. */
  eager?: boolean;
  concurrency?: number;
  onProgress?: (progress: SampleProgress) => void;
  onError?: (error: SampleLoadError) => void;
}

/** Reads a URL's bytes with `fetch`, failing on an HTTP error status. */
export function fetchBytes(fetcher: (url: string) => Promise<Response>): (url: string) => Promise<ArrayBuffer> {
  return async (url) => {
    const response = await fetcher(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}`);
    return response.arrayBuffer();
  };
}

/** Decodes audio bytes with `context` into (at most two) channel arrays of their own. */
export function decodeWith(context: BaseAudioContext): (bytes: ArrayBuffer) => Promise<DecodedAudio> {
  return async (bytes) => {
    const buffer = await context.decodeAudioData(bytes);
    const channels = Array.from({ length: Math.min(2, buffer.numberOfChannels) }, (_, c) => {
      const data = new Float32Array(buffer.length);
      buffer.copyFromChannel(data, c);
      return data;
    });
    return { channels, sampleRate: buffer.sampleRate };
  };
}

/**
 * The General MIDI instruments of the FluidR3Mono SoundFont (MIT) that weft serves as an asset:
 * fetched and parsed when code first names a `gm_*` sound, its Vorbis samples decoded by `context`.
 */
export function generalMidi(context: BaseAudioContext, fetcher: (url: string) => Promise<Response> = (url) => fetch(url)): InstrumentSource {
  const decode = decodeWith(context);
  return new SoundFontInstruments({
    read: () => fetchBytes(fetcher)(GM_SOUNDFONT_URL),
    decodeVorbis: (bytes) => decode(bytes.slice().buffer),
  });
}

/**
 * A sample loader for the engine worklet: fetches the files performer code names, decodes them
 * with `context.decodeAudioData`, and moves them to the worklet (see `EngineNode.addSample`).
 * Files of a sample map are fetched when the worklet first asks for them. Keep one loader per
 * engine node: it remembers what it has loaded, so evaluating the same code again fetches nothing.
 *
 * @example
 * const loader = createSampleLoader({ context, engine });
 * await loader.load(evaluation.samples);
 */
export function createSampleLoader(options: BrowserSampleOptions): SampleLoader {
  const loader = new SampleLoader({
    sink: options.engine,
    read: fetchBytes(options.fetch ?? ((url) => fetch(url))),
    decode: decodeWith(options.context),
    instruments: options.instruments ?? generalMidi(options.context, options.fetch),
    ...(options.eager === undefined ? {} : { eager: options.eager }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    ...(options.onError === undefined ? {} : { onError: options.onError }),
  });
  options.engine.onSampleWanted((name, index) => void loader.want(name, index));
  return loader;
}

/**
 * Loads `declarations` (an evaluation's `samples`) into the engine worklet with a new loader
 * (see {@link createSampleLoader}, which keeps what it has loaded across evaluations).
 */
export function loadSamples(declarations: readonly SampleDeclaration[], options: BrowserSampleOptions): Promise<SampleLoadReport> {
  return createSampleLoader(options).load(declarations);
}

/** Files dropped onto the page, as performer code and declarations. */
export interface DroppedSamples {
  /**
   * A `samples({...})` call naming the files by object URLs, to put into the code. Object
   * (`blob:`) URLs last as long as the page: after a reload the files must be dropped again.
   */
  code: string;
  /** What evaluating `code` declares. */
  declarations: SoundDeclaration[];
  /** Starts loading the files now, before the code is evaluated (with the app's loader). */
  load(loader: Pick<SampleLoader, 'load'>): Promise<SampleLoadReport>;
  /** Frees the object URLs (once the files are no longer in the code). */
  revoke(): void;
}

/** A sound name made from a file name: `Kick 01.wav` → `kick_01` (and `kick` for grouping). */
function soundNames(fileName: string): { name: string; group: string } {
  const stem = fileName.replace(/\.[^.]*$/, '');
  let name = stem.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  if (name === '' || /^[0-9]/.test(name)) name = `s_${name}`;
  const group = name.replace(/[_0-9]+$/, '');
  return { name, group: group === '' || group === 's' ? name : group };
}

const natural = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * Turns files dropped onto the page into a `samples({...})` call: each file gets an object URL,
 * files that differ only by a trailing number (`hat1.wav`, `hat2.wav`) become one sound played by
 * `n`, others a sound each, named after the file.
 *
 * @example
 * const dropped = dropToSamplesCall([...event.dataTransfer.files]);
 * editor.insert(dropped.code); void dropped.load(loader);
 */
export function dropToSamplesCall(
  files: readonly File[],
  objectUrls: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'> = URL,
): DroppedSamples {
  const sorted = [...files].sort((a, b) => natural.compare(a.name, b.name));
  const groups = new Map<string, { file: File; name: string }[]>();
  for (const file of sorted) {
    const { name, group } = soundNames(file.name);
    groups.set(group, [...(groups.get(group) ?? []), { file, name }]);
  }
  const urls: string[] = [];
  const declarations: SoundDeclaration[] = [];
  const lines: string[] = [];
  for (const [group, members] of groups) {
    const made = members.map(({ file }) => objectUrls.createObjectURL(file));
    urls.push(...made);
    const name = members.length === 1 ? members[0]!.name : group;
    const value = made.length === 1 ? `'${made[0]}'` : `[${made.map((u) => `'${u}'`).join(', ')}]`;
    const names = members.map(({ file }) => file.name.replace(/[\r\n\u2028\u2029]/g, ' ')).join(', ');
    lines.push(`  ${name}: ${value}, // ${names}`);
    declarations.push({ kind: 'sound', name, files: made.map((url) => ({ url })), locations: [] });
  }
  const code = `// dropped files: their blob: URLs last until the page reloads\nsamples({\n${lines.join('\n')}\n})\n`;
  return {
    code,
    declarations,
    load: (loader) => loader.load(declarations),
    revoke: () => urls.forEach((url) => objectUrls.revokeObjectURL(url)),
  };
}
