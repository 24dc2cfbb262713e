import { describe, expect, it } from 'vitest';
import {
  Engine, engineSink, SampleLoader, type DecodedAudio, type SampleDeclaration, type SampleLoadError, type SampleLoaderOptions,
  type InstrumentSource, type SampleProgress, type SampleSink, type SoundInfo,
} from '../../src/audio/index.ts';

/** A sink that records what it was sent. */
function recorder(): SampleSink & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    declareSounds: (sounds: readonly SoundInfo[]) => log.push(`declare ${sounds.map((s) => `${s.name}=${s.urls.join('|')}`).join(' ')}`),
    addSample: (name, index, channels, sampleRate) => log.push(`add ${name}:${index} ${channels[0]!.length}@${sampleRate}`),
    failSample: (name, index, message) => log.push(`fail ${name}:${index} ${message}`),
    addInstrument: (name, instrument) => log.push(`instrument ${name} ${instrument.zones.length}`),
  };
}

/** An instrument source that has `gm_flute` (of no zones) and resolves each load when `gate` does. */
function flutes(gate: Promise<void> = Promise.resolve()): InstrumentSource & { loads: string[] } {
  const loads: string[] = [];
  return {
    loads,
    load: async (name) => {
      loads.push(name);
      await gate;
      return name === 'gm_flute' || name === 'piano' ? { zones: [], velocities: [1], layers: 1, zoneAt: new Int16Array(128).fill(-1) } : undefined;
    },
  };
}

/** Files as the number of frames they decode to; a missing one fails to read. */
function reader(files: Record<string, number | string>, gate?: Promise<void>) {
  const reads: string[] = [];
  let running = 0;
  let most = 0;
  const read = async (url: string): Promise<Uint8Array> => {
    reads.push(url);
    running++;
    most = Math.max(most, running);
    await (gate ?? Promise.resolve());
    running--;
    const file = files[url];
    if (file === undefined) throw new Error(`HTTP 404 for ${url}`);
    return new TextEncoder().encode(String(file));
  };
  const decode = (bytes: ArrayBuffer): DecodedAudio => ({ channels: [new Float32Array(Number(new TextDecoder().decode(bytes)))], sampleRate: 44100 });
  return { reads, read, decode, most: () => most };
}

const sound = (name: string, ...urls: string[]): SampleDeclaration => ({ kind: 'sound', name, files: urls.map((url) => ({ url })), locations: [{ start: 0, end: 7 }] });

function loader(files: Record<string, number | string>, options: Partial<SampleLoaderOptions> = {}, gate?: Promise<void>) {
  const sink = recorder();
  const files_ = reader(files, gate);
  const errors: SampleLoadError[] = [];
  const progress: SampleProgress[] = [];
  const made = new SampleLoader({
    sink,
    read: files_.read,
    decode: files_.decode,
    onError: (e) => errors.push(e),
    onProgress: (p) => progress.push(p),
    ...options,
  });
  return { loader: made, sink, reads: files_.reads, most: files_.most, errors, progress };
}

describe('SampleLoader', () => {
  it('declares the sounds, then loads every file they name, each once', async () => {
    const { loader: l, sink, reads, progress } = loader({ 'a.wav': 10, 'b0.wav': 20, 'b1.wav': 30 });
    const declarations = [sound('a', 'a.wav'), sound('b', 'b0.wav', 'b1.wav')];
    expect(await l.load(declarations)).toEqual({ loaded: 3, errors: [] });
    expect(sink.log).toEqual(['declare a=a.wav b=b0.wav|b1.wav', 'add a:0 10@44100', 'add b:0 20@44100', 'add b:1 30@44100']);
    expect(progress.at(-1)).toEqual({ requested: 3, loaded: 3, failed: 0 });
    // Evaluating the same code again loads nothing; a changed file loads alone.
    expect(await l.load(declarations)).toEqual({ loaded: 3, errors: [] });
    await l.load([sound('a', 'a.wav'), sound('b', 'b0.wav', 'a.wav')]);
    expect(reads).toEqual(['a.wav', 'b0.wav', 'b1.wav', 'a.wav']);
    expect(sink.log.at(-1)).toBe('add b:1 10@44100');
  });

  it('tells the sink and the caller which files failed, and tries them again on the next load', async () => {
    const files: Record<string, number> = { 'a.wav': 10 };
    const { loader: l, sink, errors, reads } = loader(files);
    const report = await l.load([sound('a', 'a.wav', 'gone.wav')]);
    const failure = { name: 'a', index: 1, url: 'gone.wav', message: 'HTTP 404 for gone.wav', locations: [{ start: 0, end: 7 }] };
    expect(report).toEqual({ loaded: 1, errors: [failure] });
    expect(errors).toEqual([failure]);
    expect(sink.log).toContain('fail a:1 HTTP 404 for gone.wav');
    // Asked for by the engine, a failed file is not read again; a new evaluation tries it again.
    expect(await l.want('a', 1)).toBe(false);
    files['gone.wav'] = 5;
    expect((await l.load([sound('a', 'a.wav', 'gone.wav')])).loaded).toBe(2);
    expect(reads).toEqual(['a.wav', 'gone.wav', 'gone.wav']);
  });

  it('explains that a dropped file does not outlive the page', async () => {
    const { loader: l, errors } = loader({});
    await l.load([sound('d', 'blob:http://localhost/1234')]);
    expect(errors[0]!.message).toMatch(/blob: URL lasts only until the page reloads: drop the file again/);
  });

  it('with eager: false, loads only the files asked for', async () => {
    const { loader: l, reads, sink } = loader({ 'x0.wav': 1, 'x1.wav': 2 }, { eager: false });
    await l.load([sound('x', 'x0.wav', 'x1.wav')]);
    expect(reads).toEqual([]);
    await Promise.all([l.want('x', 1), l.want('x', 1), l.want('x', 7), l.want('nope', 0)]);
    expect(reads).toEqual(['x1.wav']);
    expect(sink.log).toEqual(['declare x=x0.wav|x1.wav', 'add x:1 2@44100']);
  });

  it('reads a sample map once, declares its sounds, and loads their files when asked', async () => {
    const map = JSON.stringify({ _base: 'https://cdn.org/kit/', kick: ['k0.wav', 'k1.wav'], snare: 's.wav' });
    const { loader: l, reads, sink } = loader({ 'https://x.org/strudel.json': map, 'https://cdn.org/kit/k1.wav': 3, 'own.wav': 4 });
    const declarations: SampleDeclaration[] = [{ kind: 'map', url: 'https://x.org/strudel.json', locations: [] }, sound('snare', 'own.wav')];
    await l.load(declarations);
    await l.load(declarations);
    // The code's own snare wins over the map's.
    expect(sink.log).toEqual([
      'declare kick=https://cdn.org/kit/k0.wav|https://cdn.org/kit/k1.wav snare=own.wav',
      'add snare:0 4@44100',
      'declare kick=https://cdn.org/kit/k0.wav|https://cdn.org/kit/k1.wav snare=own.wav',
    ]);
    await l.want('kick', 1);
    expect(reads).toEqual(['https://x.org/strudel.json', 'own.wav', 'https://cdn.org/kit/k1.wav']);
    expect(l.soundNames()).toEqual(['kick', 'snare']);
  });

  it('reports a map that cannot be read or parsed', async () => {
    const { loader: l } = loader({ 'bad.json': '{ not json' });
    const report = await l.load([
      { kind: 'map', url: 'bad.json', locations: [{ start: 1, end: 2 }] },
      { kind: 'map', url: 'none.json', locations: [] },
    ]);
    expect(report.errors.map((e) => [e.url, e.message.split(':')[0]])).toEqual([
      ['bad.json', 'cannot read the sample map'],
      ['none.json', 'cannot read the sample map'],
    ]);
    expect(report.errors[0]!.locations).toEqual([{ start: 1, end: 2 }]);
  });

  it('loads at most `concurrency` files at once, and idle waits for them all', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const files = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`${i}.wav`, i + 1]));
    const { loader: l, most, sink } = loader(files, { concurrency: 3, eager: false }, gate);
    await l.load([sound('n', ...Object.keys(files))]);
    for (let i = 0; i < 10; i++) void l.want('n', i);
    setTimeout(open, 5);
    await l.idle();
    expect(most()).toBe(3);
    expect(sink.log.filter((line) => line.startsWith('add'))).toHaveLength(10);
  });

  it('drops a file whose sound was declared again with other files while it loaded', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const { loader: l, sink } = loader({ 'old.wav': 1, 'new.wav': 2 }, {}, gate);
    const first = l.load([sound('s', 'old.wav')]);
    const second = l.load([sound('s', 'new.wav')]);
    open();
    await Promise.all([first, second]);
    expect(sink.log.filter((line) => line.startsWith('add'))).toEqual(['add s:0 2@44100']);
  });
});

describe('SampleLoader with instruments', () => {
  it('loads an instrument the engine asks for once, counts it as a file, and fails a gm_ name it lacks', async () => {
    const instruments = flutes();
    const { loader: l, sink, progress } = loader({}, { instruments });
    expect(await Promise.all([l.want('gm_flute', 0), l.want('gm_flute', 0), l.want('gm_nothing', 0)])).toEqual([true, true, false]);
    expect(instruments.loads).toEqual(['gm_flute', 'gm_nothing']);
    expect(sink.log).toEqual(['instrument gm_flute 0', expect.stringMatching(/^fail gm_nothing:0 there is no instrument "gm_nothing"/)]);
    expect(progress.at(-1)).toEqual({ requested: 2, loaded: 1, failed: 1 });
  });

  it('lets a sound the code declares under the name win, even one declared while the instrument loads', async () => {
    let open = (): void => undefined;
    const instruments = flutes(new Promise<void>((resolve) => (open = resolve)));
    const { loader: l, sink } = loader({ 'p.wav': 4 }, { instruments });
    const loading = l.want('piano', 0);
    await l.load([sound('piano', 'p.wav')]);
    open();
    await loading;
    expect(sink.log.filter((line) => line.startsWith('instrument'))).toEqual([]);
    expect(sink.log).toContain('add piano:0 4@44100');
  });
});

describe('engineSink', () => {
  it('hands declarations and files to an Engine', () => {
    const engine = new Engine({ sampleRate: 48000 });
    const sink = engineSink(engine);
    sink.declareSounds([{ name: 'k', urls: ['a', 'b'], notes: [48, 60] }]);
    sink.addSample('k', 1, [new Float32Array(8)], 48000);
    sink.failSample('k', 0, 'gone');
    expect([engine.samples.entry('k', 0)?.state, engine.samples.entry('k', 1)?.state, engine.samples.select('k', 0, 59)]).toEqual(['failed', 'loaded', 1]);
  });
});
