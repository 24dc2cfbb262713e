/**
 * Loading the samples performer code declares, wherever the engine runs: the loader is given how
 * to read bytes and how to decode them (the browser's `decodeAudioData`, or the WAV decoder in
 * Node), and hands decoded files to a {@link SampleSink} (the engine, or its worklet node).
 */
import type { VoiceEngine } from './dsp/engine.ts';
import { isInstrumentName, type Instrument } from './dsp/instrument.ts';
import type { DecodedAudio } from './dsp/wav-decode.ts';
import type { Hz } from './dsp/units.ts';
import type { CodeRange, SampleDeclaration, SoundDeclaration } from './protocol.ts';
import { declaredSounds, directoryOf, parseSampleMap, soundInfo, type SoundInfo } from './sample-map.ts';

/** Where decoded samples go: an engine, or the engine's worklet node (`EngineNode`). */
export interface SampleSink {
  declareSounds(sounds: readonly SoundInfo[]): void;
  addSample(name: string, index: number, channels: Float32Array[], sampleRate: Hz): void;
  failSample(name: string, index: number, message: string): void;
  /** Hands in a whole instrument (see {@link InstrumentSource}); a sink without it plays none. */
  addInstrument?(name: string, instrument: Instrument): void;
}

/**
 * Where instruments the code names without declaring them come from (the General MIDI
 * instruments of a SoundFont): loaded when the engine first asks for one.
 */
export interface InstrumentSource {
  /** The instrument `name`, or undefined when the source has none of that name. */
  load(name: string): Promise<Instrument | undefined>;
}

/** A sample file or map that could not be loaded. */
export interface SampleLoadError {
  /** The file's sound and index (absent for a map). */
  name?: string;
  index?: number;
  url: string;
  message: string;
  /** The `samples(...)` call that named it. */
  locations: CodeRange[];
}

/** Files asked for so far, and how many of them have loaded or failed. */
export interface SampleProgress {
  requested: number;
  loaded: number;
  failed: number;
}

/** What one {@link SampleLoader.load} did. */
export interface SampleLoadReport {
  /** Files of this load that are now playable (including those loaded before). */
  loaded: number;
  errors: SampleLoadError[];
}

/** Settings for a {@link SampleLoader}. */
export interface SampleLoaderOptions {
  sink: SampleSink;
  /** Reads the bytes at a URL (as the code gave it: relative URLs are the reader's to resolve). */
  read: (url: string) => Promise<ArrayBuffer | Uint8Array>;
  /** Decodes a file's bytes. */
  decode: (bytes: ArrayBuffer, url: string) => Promise<DecodedAudio> | DecodedAudio;
  /**
   * Load every file the code names as soon as it is declared (default), or only files the
   * engine asks for (an offline render asks for exactly those its events play). Files of a sample
   * map always load when asked for.
   */
  eager?: boolean;
  /** Instruments for names the code does not declare (`gm_*`...), loaded when the engine asks for them. */
  instruments?: InstrumentSource;
  /** How many files load at once. Default 6. */
  concurrency?: number;
  onProgress?: (progress: SampleProgress) => void;
  onError?: (error: SampleLoadError) => void;
}

interface Declared {
  info: SoundInfo;
  locations: CodeRange[];
}

interface FileLoad {
  url: string;
  done: Promise<boolean>;
  failed: boolean;
}

const keyOf = (name: string, index: number): string => `${name}\u0000${index}`;

/** A message for a failed read or decode, with a hint for URLs that cannot outlive a page. */
function failure(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  if (url.startsWith('blob:')) return `${message} (a dropped file's blob: URL lasts only until the page reloads: drop the file again)`;
  return message;
}

/**
 * Loads declared samples into a {@link SampleSink}: declares the sounds, then reads and decodes
 * their files, a few at a time, each once (a file already loaded for the same name, index and URL
 * is not loaded again when the code is evaluated again). Sample maps are read once per URL.
 */
export class SampleLoader {
  private readonly options: SampleLoaderOptions;
  private readonly sounds = new Map<string, Declared>();
  private readonly files = new Map<string, FileLoad>();
  private readonly maps = new Map<string, Promise<SoundDeclaration[]>>();
  private readonly instruments = new Map<string, Promise<boolean>>();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly queue: (() => void)[] = [];
  private running = 0;
  private readonly progress: SampleProgress = { requested: 0, loaded: 0, failed: 0 };

  constructor(options: SampleLoaderOptions) {
    this.options = options;
  }

  /**
   * Declares the code's sounds to the sink and loads their files (eagerly, unless the loader was
   * made with `eager: false`); reads each sample map and declares its sounds. Resolves when all
   * of that has finished, successfully or not (failures are in the report and sent to the sink).
   */
  async load(declarations: readonly SampleDeclaration[]): Promise<SampleLoadReport> {
    const errors: SampleLoadError[] = [];
    const own = declarations.filter((d): d is SoundDeclaration => d.kind === 'sound');
    const named = new Set(own.map((d) => d.name));
    const maps = await Promise.all(
      declarations.flatMap((d) => (d.kind === 'map' ? [this.readMap(d.url, d.base, d.locations, errors)] : [])),
    );
    // A sound the code names itself wins over a map's sound of the same name.
    const sounds = [...maps.flat().filter((d) => !named.has(d.name)), ...own];
    this.declare(sounds);
    const eager = this.options.eager ?? true;
    const loads = own.flatMap((sound) =>
      eager ? sound.files.map((_, index) => this.loadFile(sound.name, index, errors, true)) : [],
    );
    const results = await Promise.all(loads);
    return { loaded: results.filter(Boolean).length, errors };
  }

  /**
   * Loads file `index` of the declared sound `name`, unless it has loaded, is loading or has
   * failed; resolves to whether it is playable.
   */
  want(name: string, index: number): Promise<boolean> {
    if (!this.sounds.has(name) && isInstrumentName(name) && this.options.instruments !== undefined && this.options.sink.addInstrument !== undefined) return this.loadInstrument(name, this.options.instruments);
    return this.loadFile(name, index, [], false);
  }

  /** Loads an instrument the code names without declaring it, once, and hands it to the sink. */
  private loadInstrument(name: string, source: InstrumentSource): Promise<boolean> {
    let done = this.instruments.get(name);
    if (done !== undefined) return done;
    this.progress.requested++;
    this.notify();
    done = this.track(
      source.load(name).then((instrument) => {
        if (instrument === undefined) throw new Error(`there is no instrument "${name}" (the General MIDI ones are named as gm_acoustic_grand_piano)`);
        // A sound the code declared under this name meanwhile (a sample map's "piano") wins.
        if (!this.sounds.has(name)) this.options.sink.addInstrument?.(name, instrument);
        this.progress.loaded++;
        this.notify();
        return true;
      }).catch((error: unknown) => {
        const message = failure(error, name);
        this.options.sink.failSample(name, 0, message);
        this.progress.failed++;
        this.notify();
        this.report([], { name, index: 0, url: name, message, locations: [] });
        return false;
      }),
    );
    this.instruments.set(name, done);
    return done;
  }

  /** The names of the sounds declared so far (a map's once it has loaded), for completion and display. */
  soundNames(): string[] {
    return [...this.sounds.keys()];
  }

  /** Resolves once every load started so far has finished. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private declare(sounds: readonly SoundDeclaration[]): void {
    const infos = declaredSounds(sounds);
    for (const sound of sounds) this.sounds.set(sound.name, { info: soundInfo(sound), locations: sound.locations });
    if (infos.length > 0) this.options.sink.declareSounds(infos);
  }

  private readMap(url: string, base: string | undefined, locations: CodeRange[], errors: SampleLoadError[]): Promise<SoundDeclaration[]> {
    const key = base === undefined ? url : `${url} ${base}`;
    let map = this.maps.get(key);
    if (map === undefined) {
      map = this.track(
        this.limited(async () => {
          const bytes = await this.options.read(url);
          const text = new TextDecoder().decode(bytes);
          return parseSampleMap(JSON.parse(text) as unknown, base ?? directoryOf(url), locations);
        }),
      );
      this.maps.set(key, map);
    }
    return map.catch((error: unknown) => {
      this.maps.delete(key);
      this.report(errors, { url, message: `cannot read the sample map: ${failure(error, url)}`, locations });
      return [];
    });
  }

  /** Loads a file once; `retry` tries again a file that failed (a new evaluation does). */
  private loadFile(name: string, index: number, errors: SampleLoadError[], retry: boolean): Promise<boolean> {
    const declared = this.sounds.get(name);
    const url = declared?.info.urls[index];
    if (declared === undefined || url === undefined) return Promise.resolve(false);
    const key = keyOf(name, index);
    const known = this.files.get(key);
    if (known !== undefined && known.url === url && !(retry && known.failed)) return known.done;
    const load: FileLoad = { url, done: Promise.resolve(false), failed: false };
    this.progress.requested++;
    this.notify();
    const done = this.track(
      this.limited(async (): Promise<boolean> => {
        let audio: DecodedAudio;
        try {
          const bytes = await this.options.read(url);
          audio = await this.options.decode(bytes instanceof Uint8Array ? toArrayBuffer(bytes) : bytes, url);
          if (audio.channels.length === 0) throw new Error('the file has no audio');
        } catch (error) {
          const message = failure(error, url);
          if (this.current(name, index) === url) this.options.sink.failSample(name, index, message);
          load.failed = true;
          this.progress.failed++;
          this.notify();
          this.report(errors, { name, index, url, message, locations: declared.locations });
          return false;
        }
        // A file whose sound was declared again with other files meanwhile is of no use.
        if (this.current(name, index) !== url) return false;
        this.options.sink.addSample(name, index, audio.channels, audio.sampleRate);
        this.progress.loaded++;
        this.notify();
        return true;
      }),
    );
    load.done = done;
    this.files.set(key, load);
    return done;
  }

  private current(name: string, index: number): string | undefined {
    return this.sounds.get(name)?.info.urls[index];
  }

  private report(errors: SampleLoadError[], error: SampleLoadError): void {
    errors.push(error);
    this.options.onError?.(error);
  }

  private notify(): void {
    this.options.onProgress?.({ ...this.progress });
  }

  /** Runs `task` when fewer than `concurrency` tasks are running. */
  private limited<T>(task: () => Promise<T>): Promise<T> {
    const limit = Math.max(1, this.options.concurrency ?? 6);
    return new Promise<T>((resolve, reject) => {
      const run = (): void => {
        this.running++;
        task().then(resolve, reject).finally(() => {
          this.running--;
          this.queue.shift()?.();
        });
      };
      if (this.running < limit) run();
      else this.queue.push(run);
    });
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    const settled = promise.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return promise;
  }
}

/** The bytes of a view as an ArrayBuffer of their own (the view's, when it covers all of it). */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer;
}

/** An engine as a {@link SampleSink} (for rendering offline). */
export function engineSink(engine: VoiceEngine): SampleSink {
  return {
    declareSounds: (sounds) => {
      for (const sound of sounds) engine.declareSound(sound.name, sound.urls, sound.notes);
    },
    addSample: (name, index, channels, sampleRate) => engine.addSample(name, index, channels, sampleRate),
    failSample: (name, index, message) => engine.failSample(name, index, message),
    addInstrument: (name, instrument) => engine.addInstrument(name, instrument),
  };
}
