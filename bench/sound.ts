/**
 * `npm run bench -- sound`: weft's sound engine against superdough (Strudel's), in one run of
 * headless Chromium. Both render the same workloads in an OfflineAudioContext: weft through its
 * engine worklet (the processor the app plays live with), superdough through its documented API
 * (`setAudioContext`, `initAudio`, `registerSynthSounds`, `superdough(value, deadline, duration)`).
 * The figures are the largest loads each renders with render time / audio time under MARGIN.
 * Figures, not assertions: these machines are noisy. The page is bench/sound-page/, built here
 * with its own root: the app's build never includes it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { launchChromium } from '../test/browser/harness.ts';
import { nodeRealTimeVoices } from './audio.ts';
import type { Measurement, Timing, Workload } from './sound-page/api.ts';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const PAGE = fileURLToPath(new URL('./sound-page/', import.meta.url));

/**
 * The highest render time / audio time that counts as real time. An offline render has no
 * deadline; a live one must finish every 2.7 ms block in time, with the page, the scheduler and
 * the rest of the machine running too: 30% headroom.
 */
const MARGIN = 0.7;
/** A render slower than this x real time is stopped early: it is over MARGIN, by far. */
const GIVE_UP = 1.5 * MARGIN;
/** Seconds rendered, untimed, before the timed span: voices start and the worklet's code warms up. */
const WARMUP = 0.5;
/** Seconds of audio timed per render. */
const SECONDS = 2;
/**
 * What a render is timed by: the CPU time of the browser's offline audio thread (the default: other
 * load on this shared machine does not count against an engine), or `CLOCK=wall`: the wall time
 * while the context renders.
 */
const CLOCK: 'cpu' | 'wall' = process.env['CLOCK'] === 'wall' ? 'wall' : 'cpu';
/** Renders per load at most (`TRIALS=3 npm run bench -- sound`); the fastest counts. */
const TRIALS = Number(process.env['TRIALS'] ?? 3);

type Engine = 'weft' | 'superdough';

/** The installed superdough's version (from its package.json). */
function superdoughVersion(): string {
  const path = createRequire(import.meta.url).resolve('superdough/package.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

/** Builds the bench page with `vite build` (its own root, not the app's config) and serves it. */
async function serveBenchPage(): Promise<{ url: string; close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'weft-sound-bench-'));
  const config = {
    root: PAGE,
    configFile: false as const,
    logLevel: 'error' as const,
    cacheDir: join(dir, 'cache'),
    server: { fs: { allow: [REPO] } },
    preview: { host: '127.0.0.1', port: 0 },
  };
  const outDir = join(dir, 'dist');
  await build({ ...config, build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
  const server = await preview({ ...config, build: { outDir } });
  const address = server.httpServer.address() as AddressInfo | string | null;
  if (address === null || typeof address === 'string') throw new Error('preview server has no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The CPU seconds used so far by the browser's offline audio rendering thread, from /proc: the
 * thread (named "OfflineAudioRenderer", or "Offline AudioWorklet" once a worklet is loaded) of a
 * renderer process, the newest if a page left another behind. Both engines render on it.
 */
async function audioThreadCpu(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    let newest: { tid: number; path: string } | undefined;
    for (const { type, id } of processInfo) {
      if (type !== 'renderer') continue;
      for (const tid of readdirSync(`/proc/${id}/task`)) {
        const path = `/proc/${id}/task/${tid}`;
        try {
          if (!/^Offline ?Audio/.test(readFileSync(`${path}/comm`, 'utf8')) || (newest !== undefined && Number(tid) < newest.tid)) continue;
          newest = { tid: Number(tid), path };
        } catch {
          // The thread ended meanwhile.
        }
      }
    }
    if (newest === undefined) throw new Error('no offline audio thread in any renderer process');
    // schedstat's first field: nanoseconds on a CPU.
    return Number(readFileSync(`${newest.path}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
  } finally {
    await cdp.detach();
  }
}

/** One render in a freshly loaded page (nothing left over from the previous render). */
async function measureOnce(page: Page, url: string, engine: Engine, workload: Workload): Promise<Measurement> {
  const errors: string[] = [];
  const onError = (error: Error): void => void errors.push(String(error));
  page.on('pageerror', onError);
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.soundBench !== undefined, undefined, { timeout: 20_000 });
    const timing: Timing = { giveUp: GIVE_UP, clock: CLOCK };
    const result = await page.evaluate(([e, w, t]) => window.soundBench!.measure(e, w, t), [engine, workload, timing] as const);
    const what = `${engine} ${JSON.stringify(workload)}`;
    if (errors.length > 0) throw new Error(`${what}: ${errors.join('; ')}`);
    if (result.trouble !== '') throw new Error(`${what}: ${result.trouble}`);
    if (!result.gaveUp && !(result.rms > 1e-4)) throw new Error(`${what}: silent (rms ${result.rms})`);
    return result;
  } finally {
    page.off('pageerror', onError);
  }
}

const factor = (m: Measurement): number => (CLOCK === 'cpu' ? m.cpuSeconds : m.wallSeconds) / m.audioSeconds;

/**
 * Render time / audio time of `workload` on `engine`: the fastest of up to TRIALS renders (other
 * load on the machine only slows a render down). A render under MARGIN settles it; one over it is
 * tried again, even one given up as far too slow: a render is given up on its first quarter
 * second, where a garbage collection or a compilation in either engine can push it over.
 */
async function load(page: Page, url: string, engine: Engine, workload: Workload): Promise<Measurement> {
  let best: Measurement | undefined;
  for (let t = 0; t < Math.max(1, TRIALS); t++) {
    const m = await measureOnce(page, url, engine, workload);
    if (best === undefined || factor(m) < factor(best)) best = m;
    if (factor(m) < MARGIN) break;
  }
  return best!;
}

/** A search's result: the largest load under MARGIN, its render, and every load tried. */
interface Largest {
  n: number;
  at: Measurement | undefined;
  tried: string;
}

/** The largest n (doubling from `start`, then bisecting to 3%) whose render is under MARGIN. */
async function largestUnder(loadOf: (n: number) => Promise<Measurement>, start: number): Promise<Largest> {
  const tried: string[] = [];
  const attempt = async (n: number): Promise<Measurement> => {
    const m = await loadOf(n);
    tried.push(`${n}:${m.gaveUp ? '>' : ''}${factor(m).toFixed(2)}`);
    return m;
  };
  let lo = 0;
  let at: Measurement | undefined;
  let hi = start;
  for (let m = await attempt(hi); factor(m) < MARGIN; m = await attempt(hi)) {
    lo = hi;
    at = m;
    hi *= 2;
  }
  while (hi - lo > Math.max(1, lo * 0.03)) {
    const mid = Math.round((lo + hi) / 2);
    const m = await attempt(mid);
    if (factor(m) < MARGIN) {
      lo = mid;
      at = m;
    } else hi = mid;
  }
  return { n: lo, at, tried: tried.join(' ') };
}

const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(1)}` : 'n/a');
const per = (seconds: (m: Measurement) => number) => (m: Measurement | undefined): string => (m === undefined ? 'n/a' : (seconds(m) / m.audioSeconds).toFixed(2));
const cpuAt = per((m) => m.cpuSeconds);
const wallAt = per((m) => m.wallSeconds);
const queuingAt = per((m) => m.queuingSeconds);

/** Prints one figure for both engines: the two searches (weft's first), their ratio and what they tried. */
async function printPair(what: string, weft: () => Promise<Largest>, superdough: () => Promise<Largest>, target: string): Promise<void> {
  const w = await weft();
  const s = await superdough();
  console.log(`${what} weft: ${w.n}  superdough: ${s.n}  ratio: ${ratio(w.n, s.n)}${target}`);
  console.log(`  at those loads, per second of audio: audio-thread CPU weft ${cpuAt(w.at)} s, superdough ${cpuAt(s.at)} s; wall weft ${wallAt(w.at)} s, superdough ${wallAt(s.at)} s;`);
  console.log(`    main thread queuing the events (not counted) weft ${queuingAt(w.at)} s, superdough ${queuingAt(s.at)} s`);
  console.log(`  tried (load:${CLOCK} time/audio time, > = stopped early): weft ${w.tried}`);
  console.log(`  ${' '.repeat(`tried (load:${CLOCK} time/audio time, > = stopped early):`.length)} superdough ${s.tried}`);
}

/** Prints the sustained-voice and short-event figures of weft and superdough side by side. */
export async function benchSound(): Promise<void> {
  const [browser, served] = await Promise.all([launchChromium(), serveBenchPage()]);
  try {
    const page = await browser.newPage();
    await page.exposeFunction('weftBenchAudioCpu', () => audioThreadCpu(browser));
    const clock = CLOCK === 'cpu' ? "the CPU time of Chromium's offline audio thread\n  (from /proc; `CLOCK=wall`: wall time)" : 'the wall time while the context renders';
    console.log(`weft vs superdough ${superdoughVersion()} in headless Chromium ${browser.version()}, each in an OfflineAudioContext (48 kHz, stereo):`);
    console.log('  weft through its engine worklet (src/audio/worklet, the processor it plays live with), superdough through');
    console.log('  its documented API (setAudioContext, initAudio, registerSynthSounds, superdough(value, deadline, duration)).');
    console.log(`  Method: a load renders ${WARMUP} s untimed (warm-up), then ${SECONDS} s timed by ${clock}.`);
    console.log(`  A figure is the largest load timed under ${MARGIN} x its audio time (30% headroom for real time), found by`);
    console.log(`  doubling, then bisecting to 3%; fastest of up to ${TRIALS} renders per load; renders over ${GIVE_UP.toFixed(2)} x are stopped early.`);
    console.log('  Events reach both engines just in time: the context suspends every 50 ms and the page queues the events');
    console.log('  due in the next 100 ms. Polyphony caps (weft maxVoices, superdough setMaxPolyphony) are set above the');
    console.log('  voices asked for. A fresh page for every render.\n');

    const sustained = (engine: Engine) => (voices: number) => load(page, served.url, engine, { kind: 'sustained', voices, warmup: WARMUP, seconds: SECONDS });
    const events = (engine: Engine) => (rate: number) => load(page, served.url, engine, { kind: 'events', rate, warmup: WARMUP, seconds: SECONDS });
    await printPair('sustained voices (saw+lpf+ADSR)', () => largestUnder(sustained('weft'), 256), () => largestUnder(sustained('superdough'), 32), '  (target >= 6)');
    await printPair('short events/s (25 ms saw+lpf, every 4th a noise hat)', () => largestUnder(events('weft'), 1000), () => largestUnder(events('superdough'), 250), '');
  } finally {
    await browser.close();
    await served.close();
  }
  const node = nodeRealTimeVoices();
  console.log(node === undefined
    ? 'weft in Node (one thread, saw+lpf+ADSR on a reverb orbit, load < 1): see the audio section, `npm run bench -- audio sound`'
    : `weft in Node (the audio section's figure: one thread, saw+lpf+ADSR on a reverb orbit, load < 1): ${node.n} voices`);
}
