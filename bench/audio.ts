// Audio engine benchmark: `npx tsx bench/audio.ts`. One thread, 48 kHz, 128-sample blocks.
// Times are the process's CPU time (best of three runs), so other load on the machine does not
// count against the engine; "real time" means rendering a second of audio takes under a second.
import { Engine, renderOffline, type SoundEvent } from '../src/audio/index.ts';

const SR = 48000;
const BLOCK = 128;
const TRIALS = 3;

/** CPU seconds used by `work`. */
function cpuSeconds(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}

/** The smallest of `TRIALS` results of `run`. */
function best(run: () => number): number {
  let result = Infinity;
  for (let t = 0; t < TRIALS; t++) result = Math.min(result, run());
  return result;
}

/** The engine as the worklet runs it: its voices made ahead, a few a block (an offline `Engine` makes each when first needed). */
const LIVE = { voicesAhead: true } as const;

/**
 * CPU seconds to render the next `seconds` of audio, scheduling `eventsFor(t0, t1)` one block
 * ahead, as a live scheduler would.
 */
function timeRender(engine: Engine, seconds: number, eventsFor?: (t0: number, t1: number) => SoundEvent[]): number {
  const left = new Float32Array(BLOCK);
  const right = new Float32Array(BLOCK);
  const blocks = Math.ceil((seconds * SR) / BLOCK);
  let frame = engine.stats().frame;
  return cpuSeconds(() => {
    for (let b = 0; b < blocks; b++, frame += BLOCK) {
      if (eventsFor) for (const event of eventsFor((frame + BLOCK) / SR, (frame + 2 * BLOCK) / SR)) engine.schedule(event);
      engine.render(left, right);
    }
  });
}

/** Real-time factor (render time / audio time) of `voices` sustained saw + resonant lpf + ADSR voices on a reverb orbit. */
function voicesLoad(voices: number): number {
  return best(() => voicesLoadOnce(voices));
}

function voicesLoadOnce(voices: number): number {
  const engine = new Engine({ ...LIVE, sampleRate: SR, blockSize: BLOCK, maxVoices: voices + 16 });
  for (let v = 0; v < voices; v++) {
    engine.schedule({
      id: v, time: 0, duration: 60, locations: [],
      controls: { s: 'sawtooth', note: 36 + (v % 48), lpf: 600 + (v % 7) * 300, lpq: 12, attack: 0.01, decay: 0.2, sustain: 0.6, release: 0.3, room: 0.3, size: 2, gain: 0.05 },
    });
  }
  timeRender(engine, 0.1); // warm up and start every voice
  const seconds = 2;
  return timeRender(engine, seconds) / seconds;
}

/** Real-time factor of `rate` short (20 ms) events per second: saws through a lowpass, and hi-hats. */
function eventsLoad(rate: number): number {
  return best(() => eventsLoadOnce(rate));
}

function eventsLoadOnce(rate: number): number {
  // Enough voices that none is stolen: each event sounds for at most about 70 ms.
  const engine = new Engine({ ...LIVE, sampleRate: SR, blockSize: BLOCK, maxVoices: Math.max(1024, Math.ceil(rate * 0.08)) });
  let id = 0;
  let next = 0;
  const eventsFor = (t0: number, t1: number): SoundEvent[] => {
    const events: SoundEvent[] = [];
    for (; next < t1 * rate; next++) {
      const time = next / rate;
      if (time < t0) continue;
      events.push({
        id: id++, time, duration: 0.02, locations: [{ start: 0, end: 4 }],
        controls: id % 4 === 0 ? { s: 'hh', n: id % 3, gain: 0.2 } : { s: 'sawtooth', note: 48 + (id % 24), lpf: 2000, release: 0.01, gain: 0.1 },
      });
    }
    return events;
  };
  const seconds = 2;
  timeRender(engine, 0.2, eventsFor);
  const load = timeRender(engine, seconds, eventsFor) / seconds;
  const stats = engine.stats();
  if (stats.stolen > 0 || stats.late > 0) throw new Error(`events benchmark: ${stats.stolen} stolen, ${stats.late} late`);
  return load;
}

/** The largest n (on a doubling-then-bisecting search from `start`) with load(n) < 1. */
function largestRealTime(load: (n: number) => number, start: number): { n: number; load: number } {
  let lo = 0;
  let loLoad = 0;
  let hi = start;
  for (let l = load(hi); l < 1; l = load(hi)) {
    lo = hi;
    loLoad = l;
    hi *= 2;
  }
  while (hi - lo > Math.max(1, lo * 0.03)) {
    const mid = Math.round((lo + hi) / 2);
    const l = load(mid);
    if (l < 1) { lo = mid; loLoad = l; } else hi = mid;
  }
  return { n: lo, load: loLoad };
}

/** A dense 16-cycle arrangement at 0.5625 cps (135 bpm in 4/4): drums, bass, chords, arp, pad. */
function denseReference(): { events: SoundEvent[]; duration: number } {
  const cps = 0.5625;
  const cycles = 16;
  const events: SoundEvent[] = [];
  let id = 0;
  const at = (cycle: number, dur: number, controls: Record<string, unknown>): void => {
    events.push({ id: id++, time: cycle / cps, duration: dur / cps, controls, locations: [{ start: 0, end: 1 }] });
  };
  const chords = [['c3', 'eb3', 'g3', 'bb3'], ['ab2', 'c3', 'eb3', 'g3'], ['f2', 'ab2', 'c3', 'eb3'], ['g2', 'b2', 'd3', 'f3']];
  const bassNotes = ['c2', 'c2', 'eb2', 'c2', 'g1', 'c2', 'bb1', 'c2'];
  const arp = ['c4', 'eb4', 'g4', 'bb4', 'c5', 'bb4', 'g4', 'eb4'];
  for (let c = 0; c < cycles; c++) {
    for (let i = 0; i < 4; i++) at(c + i / 4, 1 / 4, { s: 'bd', n: c % 2 });
    for (let i = 0; i < 16; i++) at(c + i / 16, 1 / 16, { s: 'hh', n: i % 3, gain: i % 4 === 2 ? 0.8 : 0.5, pan: 0.3 + 0.4 * ((i % 5) / 5) });
    for (const i of [1, 3]) at(c + i / 4, 1 / 4, { s: i === 3 && c % 2 ? 'cp' : 'sd', room: 0.2, orbit: 2 });
    for (let i = 0; i < 4; i++) at(c + i / 4 + 1 / 8, 1 / 8, { s: 'oh', gain: 0.4 });
    if (c % 4 === 3) at(c, 1, { s: 'cr', gain: 0.5, room: 0.3, orbit: 2 });
    for (let i = 0; i < 16; i++) {
      at(c + i / 16, 1 / 16, { s: 'sawtooth', note: bassNotes[i % 8], lpf: 300, lpq: 8, lpenv: 3, lpdecay: 0.15, decay: 0.1, sustain: 0.5, gain: 0.9 });
    }
    for (let half = 0; half < 2; half++) {
      for (const note of chords[(c * 2 + half) % 4]!) {
        at(c + half / 2, 1 / 2, { s: 'supersaw', note, unison: 7, lpf: 2500, attack: 0.05, release: 0.3, room: 0.4, size: 3, orbit: 1, gain: 0.5, pan: 0.5 });
      }
    }
    for (let i = 0; i < 16; i++) {
      at(c + i / 16, 1 / 32, { s: 'pulse', pw: 0.3, note: arp[i % 8], delay: 0.4, delaytime: 3 / 16 / cps, delayfeedback: 0.5, orbit: 3, gain: 0.4, hpf: 400 });
    }
    at(c, 1, { s: 'triangle', note: 'c5', fm: 2, fmh: 2, attack: 0.3, release: 1, room: 0.6, orbit: 1, gain: 0.3 });
    at(c, 1, { s: 'pink', bpf: 2000, bpq: 4, attack: 0.5, release: 0.5, gain: 0.2, pan: 0.8 });
  }
  return { events, duration: cycles / cps + 2 };
}

/**
 * A convolution reverb with a 4 s stereo impulse response (decaying noise) on one orbit, fed by
 * one sustained voice, from the event that selects it: CPU seconds per second of audio (best of
 * three), and the worst block, each block's CPU taken as its best of the three runs (the same
 * work each run; the best drops what the collector or the compiler took from one run).
 */
function convolutionLoad(): { load: number; worstBlock: number } {
  let load = Infinity;
  let blocks: Float64Array | undefined;
  for (let t = 0; t < TRIALS; t++) {
    const run = convolutionLoadOnce();
    load = Math.min(load, run.load);
    if (blocks === undefined) blocks = run.blocks;
    else for (let b = 0; b < blocks.length; b++) blocks[b] = Math.min(blocks[b]!, run.blocks[b]!);
  }
  return { load, worstBlock: Math.max(...(blocks ?? [])) };
}

function convolutionLoadOnce(): { load: number; blocks: Float64Array } {
  const engine = new Engine({ ...LIVE, sampleRate: SR, blockSize: BLOCK });
  let seed = 1;
  const noise = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 1073741824 - 1);
  const decaying = (): Float32Array => Float32Array.from({ length: 4 * SR }, (_, i) => noise() * Math.exp(-i / SR));
  engine.declareSound('hall', ['hall.wav']);
  engine.addSample('hall', 0, [decaying(), decaying()], SR);
  engine.schedule({ id: 1, time: 0, duration: 60, locations: [], controls: { s: 'sawtooth', note: 48, room: 0.5, ir: 'hall', gain: 0.2 } });
  const left = new Float32Array(BLOCK);
  const right = new Float32Array(BLOCK);
  const seconds = 5;
  const blocks = new Float64Array((seconds * SR) / BLOCK);
  const total = cpuSeconds(() => {
    for (let b = 0; b < blocks.length; b++) {
      const before = process.cpuUsage();
      engine.render(left, right);
      const used = process.cpuUsage(before);
      blocks[b] = (used.user + used.system) / 1000;
    }
  });
  return { load: total / seconds, blocks };
}

/** Prints the convolution reverb's figure (see {@link convolutionLoad}). */
export function benchConvolution(): void {
  const convolution = convolutionLoad();
  console.log(`convolution reverb, 4 s stereo IR on one orbit: ${convolution.load.toFixed(3)}x real time (CPU), worst block ${convolution.worstBlock.toFixed(2)} ms  (target < 0.15x, block ${((BLOCK / SR) * 1000).toFixed(2)} ms)`);
}

let nodeVoices: { n: number; load: number } | undefined;

/**
 * The audio section's sustained-voice figure (saw + resonant lpf + ADSR voices on a reverb orbit
 * that the engine renders in real time in Node, on one thread), once that section has run in this
 * process; the sound section prints it beside the browser figures.
 */
export function nodeRealTimeVoices(): { n: number; load: number } | undefined {
  return nodeVoices;
}

/** Prints the engine's figures: real-time voices, sustained events/s, a convolution reverb's load, render speed. */
export function benchAudio(): void {
  console.log(`weft audio benchmark (Node ${process.version}, ${SR} Hz, ${BLOCK}-sample blocks, one thread)\n`);

  const voices = largestRealTime(voicesLoad, 500);
  nodeVoices = voices;
  console.log(`simultaneous voices in real time (saw + resonant lpf + ADSR, reverb orbit): ${voices.n}  (load ${voices.load.toFixed(2)}; target >= 2000)`);
  console.log(`  load at 2000 voices: ${voicesLoad(2000).toFixed(2)} x real time`);

  const rate = largestRealTime(eventsLoad, 5000);
  console.log(`short retriggering events per second sustained in real time: ${rate.n}  (load ${rate.load.toFixed(2)}; target >= 20000)`);
  console.log(`  load at 20000 events/s: ${eventsLoad(20000).toFixed(2)} x real time`);

  benchConvolution();

  const { events, duration } = denseReference();
  const seconds = best(() => cpuSeconds(() => renderOffline(events, { sampleRate: SR, duration })));
  console.log(`dense 16-cycle reference (${events.length} events, ${duration.toFixed(1)} s of audio): rendered in ${seconds.toFixed(2)} s = ${(duration / seconds).toFixed(1)}x real time`);
}
