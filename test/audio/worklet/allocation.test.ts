// The worklet allocates nothing per event: voices arrive resolved (as the runtime worker posts
// them), are copied into the host's and the engine's preallocated queues, and start in pooled
// voices. Checked with V8's sampling heap profiler at a tiny sampling interval, counting every
// allocation (also those collected again at once) made under the worklet's per-event calls.
import { Session } from 'node:inspector/promises';
import { describe, expect, it } from 'vitest';
import { resolveVoices, type SoundEvent, type VoiceBatch } from '../../../src/audio/index.ts';
import { EngineHost } from '../../../src/audio/worklet/host.ts';
import type { FromWorklet } from '../../../src/audio/worklet/messages.ts';

const SR = 48000;
const BLOCK = 128;
/** Blocks per batch: the runtime worker posts a batch every 50 ms or so. */
const BLOCKS_PER_BATCH = 19;
const EVENTS_PER_BATCH = 48;
/** Batches per measured window, and how many windows the engine has to reach none allocating. */
const WINDOW = 30;
const MAX_WINDOWS = 12;

// A bit of everything a voice can be: synths with filter envelopes (of each filter type), vowels, FM, a supersaw, drums, a
// sample (looped and backwards), cut groups, orbits with reverb and delay; pitch envelopes, vibrato,
// FM envelopes and operators, noise, a spread supersaw and pulse-width modulation; per-voice effects, ducking.
const KINDS: readonly Record<string, unknown>[] = [
  { s: 'sawtooth', note: 'c3', cutoff: 800, resonance: 10, lpenv: 2, attack: 0.01, release: 0.05 },
  { s: 'sawtooth', note: 'c2', cutoff: 500, resonance: 20, ftype: 'ladder', drive: 2, lpenv: 3, fanchor: 0.5 },
  { s: 'square', note: 'a2', cutoff: 1500, ftype: '24db', hcutoff: 100, vowel: 'o' },
  { s: 'supersaw', note: 'e3', unison: 7, detune: 0.3, hcutoff: 300, pan: 0.2 },
  { s: 'pulse', note: 'g4', pw: 0.3, fmi: 2, fmh: 1.5, room: 0.4, size: 2, orbit: 2 },
  { s: 'square', n: 60, bandf: 1200, bandq: 3, bpenv: 1, shape: 0.5, crush: 8, coarse: 2 },
  { s: 'bd', gain: 0.8 },
  { s: 'hh:2', cut: 1, delay: 0.3, delaytime: 0.125, delayfeedback: 0.5 },
  { s: 'sd', clip: 0.5, distort: 2 },
  { s: 'vox', note: 'a3', speed: 1.5, cutoff: 2000, ftype: '24db', lpenv: 1, vowel: 'e' },
  { s: 'vox', speed: -1, begin: 0.1, end: 0.9, pan: 0.8 },
  { s: 'vox', loop: 1, loopBegin: 0.2, loopEnd: 0.6, clip: 1 },
  { s: 'white', hcutoff: 5000, release: 0.02, cut: 1 },
  { note: 'a4', velocity: 0.5 },
  { s: 'supersaw', note: 'c3', spread: 0.8, penv: 12, pcurve: 1, vib: 5, noise: 0.2, fmi2: 2, fmattack: 0.01, hold: 0.02 },
  { s: 'pulse', note: 'd3', pwrate: 3, pwsweep: 0.2, fmi: 1, fmwave: 'square', fmenv: 'exp', fmdecay: 0.05, fmsustain: 0 },
  { s: 'z_sawtooth', note: 'c3', slide: 1, deltaSlide: 0.5, pitchJump: 50, pitchJumpTime: 0.01, zmod: 5, znoise: 0.2, zcrush: 0.1, curve: 2 },
  { s: 'bytebeat', byteBeatExpression: 't*(t>>5|t>>8)', note: 'e3', byteBeatStartTime: 1000 },
  { s: 'wt_pad', note: 'g3', wt: 0.5, warp: 0.3, warpmode: 'asym', wtenv: 0.5, warpenv: 0.4, wtdecay: 0.02, wtphaserand: 1 },
  // A voice's own effects, its orbit's reverb tone and ducking, and a convolution reverb.
  { s: 'sawtooth', note: 'a2', tremolo: 6, compressor: '-20:4', phaser: 2, djf: 0.3, dry: 0.5, room: 0.3, roomlp: 3000, roomdim: 800, roomfade: 1.5, duckorbit: 2 },
  { s: 'sine', note: 'e4', room: 0.5, ir: 'vox', orbit: 3 },
];

/** Batch `k`: its events spread over the blocks it covers, as the runtime worker resolves them. */
function batch(k: number): VoiceBatch {
  const start = (k * BLOCKS_PER_BATCH * BLOCK) / SR;
  const span = (BLOCKS_PER_BATCH * BLOCK) / SR;
  const events: SoundEvent[] = Array.from({ length: EVENTS_PER_BATCH }, (_, i) => {
    const id = k * EVENTS_PER_BATCH + i + 1;
    return {
      id, time: start + (span * i) / EVENTS_PER_BATCH + 0.02, duration: 0.03 + (i % 5) * 0.01,
      controls: KINDS[id % KINDS.length]!, locations: [{ start: i, end: i + 2 }], block: i % 2 === 0 ? 'a' : 'b',
    };
  });
  return resolveVoices(events);
}

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: ProfileNode[];
}

/** The calls the worklet makes for each event: queueing, handing over, starting voices. */
const PER_EVENT: readonly { file: string; name: string }[] = [
  { file: 'src/audio/worklet/host.ts', name: 'schedule' },
  { file: 'src/audio/worklet/host.ts', name: 'handOver' },
  { file: 'src/audio/dsp/engine.ts', name: 'startDueVoices' },
];

/** The allocations (bytes, and the stacks they were made on) in the subtrees of the per-event calls. */
function allocationsUnder(node: ProfileNode, inside: boolean, stack: string[], found: { bytes: number; stacks: Set<string> }): void {
  const { functionName, url } = node.callFrame;
  const here = [...stack, `${functionName} (${url.replace(/^.*\/src\//, 'src/')})`];
  const entering = inside || PER_EVENT.some((f) => url.endsWith(f.file) && functionName === f.name);
  if (entering && node.selfSize > 0) {
    found.bytes += node.selfSize;
    found.stacks.add(`${here.slice(-4).join(' > ')}: ${node.selfSize} bytes`);
  }
  for (const child of node.children) allocationsUnder(child, entering, here, found);
}

describe('the worklet per event', () => {
  it('allocates nothing: records are copied into preallocated queues and pooled voices', async () => {
    const posted: FromWorklet[] = [];
    const host = new EngineHost({ sampleRate: SR, post: (m) => posted.push(m), statsInterval: 0 });
    host.receive({ type: 'declareSamples', sounds: [{ name: 'vox', urls: ['vox.wav'] }] });
    const tone = Float32Array.from({ length: SR / 4 }, (_, i) => Math.sin((2 * Math.PI * 220 * i) / SR));
    host.receive({ type: 'addSample', name: 'vox', index: 0, channels: [tone, tone], sampleRate: SR });
    host.receive({ type: 'declareSamples', sounds: [{ name: 'wt_pad', urls: ['wt_pad.wav'] }] });
    host.receive({ type: 'addSample', name: 'wt_pad', index: 0, channels: [tone.slice(0, 4096)], sampleRate: SR });
    const left = new Float32Array(BLOCK);
    const right = new Float32Array(BLOCK);
    const out = { frame: 0, peak: 0, batches: 0 };
    /** Resolves the next `count` batches (the runtime worker's work, not the audio thread's). */
    const resolve = (count: number): VoiceBatch[] => Array.from({ length: count }, () => batch(out.batches++));
    const play = (batches: readonly VoiceBatch[]): void => {
      for (const voices of batches) {
        host.receive({ type: 'schedule', voices });
        for (let b = 0; b < BLOCKS_PER_BATCH; b++) {
          host.process(left, right, out.frame);
          out.frame += BLOCK;
          out.peak = Math.max(out.peak, ...left);
        }
      }
    };
    // The first batches warm the engine up, as a performance does (every kind of voice, until V8 has optimized them all).
    play(resolve(400));

    // Until V8 has optimized a function, it boxes the fractional numbers the function reads (an
    // allocation each); what optimized code still allocates, it allocates in every window. So the
    // windows must come to allocate nothing, and soon.
    const session = new Session();
    session.connect();
    const windows: { bytes: number; stacks: Set<string> }[] = [];
    try {
      await session.post('HeapProfiler.enable');
      for (let w = 0; w < MAX_WINDOWS && windows.at(-1)?.bytes !== 0; w++) {
        const batches = resolve(WINDOW);
        await session.post('HeapProfiler.startSampling', {
          samplingInterval: 16, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true,
        });
        play(batches);
        const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } };
        const found = { bytes: 0, stacks: new Set<string>() };
        allocationsUnder(profile.head, false, [], found);
        windows.push(found);
      }
    } finally {
      await session.post('HeapProfiler.disable');
      session.disconnect();
    }
    // It played, every kind of voice, with no errors.
    expect(posted.filter((m) => m.type === 'error')).toEqual([]);
    expect(out.peak).toBeGreaterThan(0.05);
    const bytes = `bytes allocated per window: ${windows.map((w) => w.bytes).join(', ')}`;
    expect([...windows.at(-1)!.stacks], bytes).toEqual([]);
    expect(windows.at(-1)!.bytes, bytes).toBe(0);
  }, 120_000);
});
