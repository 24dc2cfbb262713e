// What the runtime test page exposes as `window.weftRuntimeTest`, for Node to drive through Playwright.
import type { EvaluateOptions, EvaluateResult, RuntimeError, ClientStatus } from '../../../src/app/runtime/index.ts';

/** One engine stats stamp, reduced to what the tests read. */
export interface StatsPoint {
  /** Audio time of the stamp. */
  time: number;
  voices: number;
  late: number;
  dropped: number;
  peak: number;
}

/** A hap the page holds (cancelled ones removed). */
export interface HeldHap {
  id: number;
  time: number;
  block?: string;
  s?: string;
  start?: number;
}

/** What the page saw since it opened the runtime. */
export interface PageReport {
  stats: StatsPoint[];
  haps: HeldHap[];
  errors: RuntimeError[];
  status: ClientStatus | undefined;
  /** Audio time now (the context's). */
  now: number;
  /** With {@link OpenOptions.engineLater}: the audio time the engine was made at (until then, none). */
  engineAt?: number;
}

/** Settings for {@link RuntimePageApi.open}. */
export interface OpenOptions {
  lookahead?: number;
  /**
   * Makes the engine only when {@link RuntimePageApi.makeEngine} is called, as the app does with
   * the click, the clock worklet stamping meanwhile (and stopped once the engine is made).
   */
  engineLater?: boolean;
}

/** The page's test surface. */
export interface RuntimePageApi {
  /** Makes an AudioContext, an engine node and a runtime on them. */
  open(options: OpenOptions): Promise<void>;
  /** With {@link OpenOptions.engineLater}: makes the engine, which takes the runtime's ports. */
  makeEngine(): Promise<void>;
  evaluate(code: string, options?: EvaluateOptions): Promise<EvaluateResult>;
  /** Keeps the main thread busy for `ms`. */
  busy(ms: number): void;
  /** Keeps the main thread busy for `ms` every `period` ms, `count` times (a stalling UI). */
  stalls(ms: number, period: number, count: number): Promise<void>;
  /** Waits `ms` of wall time. */
  wait(ms: number): Promise<void>;
  report(): PageReport;
  /** Evaluates `code` `count` times, returning each evaluation's latency (ms) and swap latency (audio seconds). */
  latencies(code: string, count: number): Promise<{ latency: number[]; swap: number[] }>;
  close(): Promise<void>;
}

declare global {
  interface Window {
    weftRuntimeTest?: RuntimePageApi;
  }
}
