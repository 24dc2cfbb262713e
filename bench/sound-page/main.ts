/// <reference types="vite/client" />
// The sound bench's page (bench/sound.ts drives it; never part of the app's build): renders one
// workload through weft's engine worklet or through superdough in an OfflineAudioContext and
// times the render. Both engines get the same events at the same times, handed over just in time
// by the same scheduler (the context suspends every CHUNK seconds, the page queues the events
// LOOKAHEAD ahead, then resumes), as a live scheduler hands them over.
import { superdough, setAudioContext, initAudio, registerSynthSounds, setMaxPolyphony } from 'superdough';
import { createEngineNode, type EngineNode, type StatsMessage } from '../../src/audio/worklet/index.ts';
import type { SoundEvent } from '../../src/audio/protocol.ts';
import type { Measurement, Timing, Workload } from './api.ts';

const SAMPLE_RATE = 48000;
/** How often the context stops for the scheduler, and how far ahead events are queued. */
const CHUNK = 0.05;
const LOOKAHEAD = 0.1;

/** One event of a workload: the same controls for both engines (the names weft and superdough share). */
interface BenchEvent {
  time: number;
  duration: number;
  controls: Record<string, string | number>;
}

/** The events of `workload` with onsets in [from, to). */
function eventsIn(workload: Workload, from: number, to: number): BenchEvent[] {
  const events: BenchEvent[] = [];
  if (workload.kind === 'sustained') {
    // Every voice starts at once and holds (sustain 0.6) to past the end of the render.
    if (from > 0) return events;
    const length = workload.warmup + workload.seconds + 1;
    for (let v = 0; v < workload.voices; v++) {
      events.push({
        time: 0, duration: length,
        controls: { s: 'sawtooth', note: 36 + (v % 48), cutoff: 600 + (v % 7) * 300, resonance: 12, attack: 0.01, decay: 0.2, sustain: 0.6, release: 0.3, gain: 0.05 },
      });
    }
    return events;
  }
  // Short events: three 25 ms saws through a lowpass, then a 25 ms high-passed noise hat.
  for (let k = Math.ceil(from * workload.rate); k < to * workload.rate; k++) {
    const time = k / workload.rate;
    events.push({
      time, duration: 0.025,
      controls: k % 4 === 3
        ? { s: 'white', hcutoff: 7000, attack: 0.001, decay: 0.02, sustain: 0, release: 0.01, gain: 0.2 }
        : { s: 'sawtooth', note: 48 + (k % 24), cutoff: 2000, release: 0.01, gain: 0.1 },
    });
  }
  return events;
}

/** What an engine needs from the shared scheduler. */
interface Player {
  /** Queues `events` (called while the context is suspended). */
  play(events: BenchEvent[]): Promise<void>;
  /** What went wrong that the engine knows of (late or stolen voices), or ''. */
  trouble(): string;
}

let nextId = 0;
const toSoundEvent = (event: BenchEvent): SoundEvent => ({ id: nextId++, time: event.time, duration: event.duration, controls: event.controls, locations: [] });

/** weft: its engine worklet (the processor `renderInBrowser` drives), fed as the runtime feeds it. */
async function weftPlayer(context: OfflineAudioContext, workload: Workload, first: BenchEvent[]): Promise<Player> {
  const maxVoices = workload.kind === 'sustained' ? workload.voices + 16 : Math.max(1024, Math.ceil(workload.rate * 0.1));
  const engine: EngineNode = await createEngineNode(context, { events: first.map(toSoundEvent), maxVoices, statsInterval: 0.25 });
  engine.node.connect(context.destination);
  let last: StatsMessage | undefined;
  engine.onStats((stats) => {
    last = stats;
  });
  return {
    play: async (events) => engine.schedule(events.map(toSoundEvent)),
    trouble: () => (last === undefined ? 'no stats from the worklet' : last.late + last.stolen + last.dropped + last.errors > 0
      ? `${last.late} late, ${last.stolen} stolen, ${last.dropped} dropped, ${last.errors} errors` : ''),
  };
}

/**
 * superdough, through its documented API: the offline context made its audio context, its
 * worklets loaded into it, its synths registered, and its polyphony cap (`setMaxPolyphony`, 128 by
 * default) set above the voices asked for, as weft's maxVoices is. It keeps nodes of the context
 * it last played on: one context per page load.
 */
async function superdoughPlayer(context: OfflineAudioContext, workload: Workload, first: BenchEvent[]): Promise<Player> {
  setAudioContext(context);
  await initAudio();
  await registerSynthSounds();
  setMaxPolyphony(workload.kind === 'sustained' ? workload.voices + 16 : Math.max(1024, Math.ceil(workload.rate * 0.1)));
  const play = async (events: BenchEvent[]): Promise<void> => {
    await Promise.all(events.map((event) => superdough({ ...event.controls }, event.time, event.duration)));
  };
  await play(first);
  return { play, trouble: () => '' };
}

/** The RMS level of `data[from, to)`. */
function rms(data: Float32Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += data[i]! * data[i]!;
  return Math.sqrt(sum / Math.max(1, to - from));
}

/** CPU seconds the offline audio thread has used so far (read by the Node side from /proc). */
async function audioThreadCpu(): Promise<number> {
  if (window.weftBenchAudioCpu === undefined) throw new Error('the bench did not expose weftBenchAudioCpu');
  return window.weftBenchAudioCpu();
}

/**
 * Renders `workload` through `engine` and times the measured span (`workload.seconds` after the
 * warm-up) in CPU time of the audio thread, and in wall time while the context was not
 * suspended (the page queues events while it is). A render slower than `giveUp` x real time
 * (by `clock`) is left suspended once that is clear (after 0.25 s of audio): its figures
 * so far are returned, and the page is reloaded before the next render.
 */
async function measure(engine: 'weft' | 'superdough', workload: Workload, { giveUp, clock }: Timing): Promise<Measurement> {
  const warmupChunks = Math.round(workload.warmup / CHUNK);
  const timedChunks = Math.round(workload.seconds / CHUNK);
  // One chunk more: the audio thread ends with the render, so the span ends at a suspension before.
  const chunks = warmupChunks + timedChunks + 1;
  const context = new OfflineAudioContext({ numberOfChannels: 2, length: Math.round(chunks * CHUNK * SAMPLE_RATE), sampleRate: SAMPLE_RATE });
  const first = eventsIn(workload, 0, LOOKAHEAD);
  const player = await (engine === 'weft' ? weftPlayer : superdoughPlayer)(context, workload, first);
  let cpu0 = 0;
  let wall0 = 0;
  let paused = 0;
  let queuing = 0;
  let events = first.length;
  let timed: Omit<Measurement, 'rms' | 'trouble'> | undefined;
  let quit: (m: Measurement) => void = () => undefined;
  const gaveUp = new Promise<Measurement>((resolve) => (quit = resolve));
  for (let c = 1; c < chunks; c++) {
    void context.suspend(c * CHUNK).then(async () => {
      const begin = performance.now();
      const timing = c > warmupChunks && c <= warmupChunks + timedChunks;
      if (c === warmupChunks) cpu0 = await audioThreadCpu();
      else if (timing && ((c - warmupChunks) % 5 === 0 || c === warmupChunks + timedChunks)) {
        const audioSeconds = (c - warmupChunks) * CHUNK;
        const so: Omit<Measurement, 'rms' | 'trouble'> = {
          cpuSeconds: (await audioThreadCpu()) - cpu0, wallSeconds: (begin - wall0 - paused) / 1000, queuingSeconds: queuing / 1000, audioSeconds, events, gaveUp: false,
        };
        if (c === warmupChunks + timedChunks) timed = so;
        else if (audioSeconds >= 0.25 && (clock === 'cpu' ? so.cpuSeconds : so.wallSeconds) > giveUp * audioSeconds) {
          quit({ ...so, gaveUp: true, rms: Number.NaN, trouble: '' });
          return;
        }
      }
      const queued = performance.now();
      const due = eventsIn(workload, c * CHUNK + LOOKAHEAD - CHUNK, c * CHUNK + LOOKAHEAD);
      events += due.length;
      await player.play(due);
      if (timing) {
        queuing += performance.now() - queued;
        paused += performance.now() - begin;
      }
      if (c === warmupChunks) wall0 = performance.now();
      await context.resume();
    });
  }
  const finished = context.startRendering().then((buffer): Measurement => {
    if (timed === undefined) throw new Error('the render ended before its timed span did');
    const left = buffer.getChannelData(0);
    const from = Math.round(warmupChunks * CHUNK * SAMPLE_RATE);
    return { ...timed, rms: rms(left, from, from + Math.round(timedChunks * CHUNK * SAMPLE_RATE)), trouble: player.trouble() };
  });
  return Promise.race([finished, gaveUp]);
}

window.soundBench = { measure };
