// What the sound bench's page offers the Node side (bench/sound.ts), and what it measures.

/** Sustained voices, or a steady rate of short events; rendered for `warmup` + `seconds`. */
export type Workload = { warmup: number; seconds: number } & ({ kind: 'sustained'; voices: number } | { kind: 'events'; rate: number });

/** One timed render. */
export interface Measurement {
  /** CPU time of the offline audio thread over the measured span (after the warm-up). */
  cpuSeconds: number;
  /** Wall time over the measured span while the context rendered (not while it was suspended). */
  wallSeconds: number;
  /** Main-thread time spent queuing events during the measured span (in neither of the above). */
  queuingSeconds: number;
  /** The audio time of the measured span. */
  audioSeconds: number;
  /** Events handed to the engine. */
  events: number;
  /** RMS level of the left channel over the measured span (0: nothing played). */
  rms: number;
  /** Late or stolen voices the engine reports, or ''. */
  trouble: string;
  /** The render was stopped early, too slow (the figures are those of the audio rendered so far). */
  gaveUp: boolean;
}

/** How a render is timed: stopped early when slower than `giveUp` x real time by `clock`. */
export interface Timing {
  giveUp: number;
  clock: 'cpu' | 'wall';
}

/** The page's API, `window.soundBench`. */
export interface SoundBenchApi {
  measure(engine: 'weft' | 'superdough', workload: Workload, timing: Timing): Promise<Measurement>;
}

declare global {
  interface Window {
    soundBench?: SoundBenchApi;
    /** Exposed by the Node side: CPU seconds used so far by the offline audio rendering thread. */
    weftBenchAudioCpu?: () => Promise<number>;
  }
}
