/// <reference types="vite/client" />
// The runtime test page: an AudioContext, weft's engine worklet and a runtime playing through it,
// as the app wires them; it records what the runtime and the engine report.
import { createClockNode } from '../../../src/audio/worklet/clock-node.ts';
import { createEngineNode, type EngineNode } from '../../../src/audio/worklet/index.ts';
import { createRuntime, type Runtime, type RuntimeError } from '../../../src/app/runtime/index.ts';
import type { HeldHap, PageReport, RuntimePageApi, StatsPoint } from './page-api.ts';

let context: AudioContext | undefined;
let engine: EngineNode | undefined;
let runtime: Runtime | undefined;
let stats: StatsPoint[] = [];
let haps: HeldHap[] = [];
let errors: RuntimeError[] = [];
let engineAt: number | undefined;
let makeEngine: (() => Promise<void>) | undefined;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('call open() first');
  return value;
}

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // The main thread is stuck: no timers, no messages.
  }
}

const api: RuntimePageApi = {
  async open(options) {
    context = new AudioContext({ sampleRate: 48000, latencyHint: 'playback' });
    await context.resume();
    stats = [];
    haps = [];
    errors = [];
    engineAt = undefined;
    const made = async (ctx: AudioContext): Promise<EngineNode> => {
      const node = await createEngineNode(ctx);
      node.node.connect(ctx.destination);
      node.onStats((s) => stats.push({ time: s.time, voices: s.voices, late: s.late, dropped: s.dropped, peak: s.peak }));
      engine = node;
      return node;
    };
    const lookahead = options.lookahead === undefined ? {} : { lookahead: options.lookahead };
    if (options.engineLater !== true) runtime = createRuntime({ engine: await made(context), context, ...lookahead });
    else {
      // As the app's audio session: the clock stamps until the engine, made later, takes the ports.
      const ctx = context;
      const clock = await createClockNode(ctx);
      let make: () => void = () => undefined;
      const later = new Promise<void>((resolve) => (make = resolve)).then(() => made(ctx));
      makeEngine = async () => {
        make();
        await later;
        engineAt = ctx.currentTime;
        clock.stop();
      };
      runtime = createRuntime({ engine: { connectPort: (port) => void later.then((node) => node.connectPort(port)) }, clock, context: ctx, ...lookahead });
    }
    runtime.onHaps((batch) => {
      for (const c of batch.cancels) haps = haps.filter((h) => !(h.time > c.time && (c.block === undefined || h.block === c.block)));
      for (const h of batch.haps) {
        const held: HeldHap = { id: h.id, time: h.time };
        if (h.block !== undefined) held.block = h.block;
        if (typeof h.controls['s'] === 'string') held.s = h.controls['s'];
        if (h.locations[0] !== undefined) held.start = h.locations[0].start;
        haps.push(held);
      }
    });
    runtime.onError((e) => errors.push(e));
  },
  makeEngine: () => need(makeEngine)(),
  evaluate: (code, options) => need(runtime).evaluate(code, options),
  busy,
  async stalls(ms, period, count) {
    for (let i = 0; i < count; i++) {
      await sleep(period - ms);
      busy(ms);
    }
  },
  wait: sleep,
  report(): PageReport {
    return { stats, haps, errors, status: runtime?.status(), now: context?.currentTime ?? 0, ...(engineAt === undefined ? {} : { engineAt }) };
  },
  async latencies(code, count) {
    const latency: number[] = [];
    const swap: number[] = [];
    for (let i = 0; i < count; i++) {
      // Each version differs, so each one is a real swap.
      const at = need(context).currentTime;
      const result = await need(runtime).evaluate(`${code}\n// version ${i}`);
      if (!result.ok) throw new Error(result.error.message);
      if (result.latency !== undefined) latency.push(result.latency);
      if (result.swapTime !== undefined) swap.push(result.swapTime - at);
      await sleep(30);
    }
    return { latency, swap };
  },
  async close() {
    runtime?.dispose();
    engine?.dispose();
    await context?.close();
    runtime = undefined;
    engine = undefined;
    makeEngine = undefined;
    context = undefined;
  },
};

window.weftRuntimeTest = api;
