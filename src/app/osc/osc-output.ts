/**
 * `.osc()` in the page: the haps marked `output: 'osc'` go to SuperDirt through `weft osc-bridge`
 * (bridge-link.ts). Each hap is held (held-events.ts) until it is within {@link HORIZON} of when
 * it must sound, then sent as SuperDirt's `/dirt/play` (dirt-event.ts), timetagged with the
 * moment the speakers play its audio time (the output clock's map, steadied: steady-clock.ts) on
 * the epoch clock. Holding is what lets a swap or a stop withdraw haps already scheduled: a change
 * is heard within the horizon, and a main thread busy for longer than it sends late (counted, in
 * the readout's title).
 * The status line says whether the bridge is connected while the code uses `.osc()`; when it is
 * not, a warning at the `.osc()` call says why nothing is heard. Loaded with the first `.osc()`
 * hap (features/outputs.ts); nothing it does throws at the performer.
 */
import type { AudioSession } from '../audio-session.ts';
import { el } from '../dom.ts';
import { oscWords } from '../i18n/osc-words.ts';
import { outputClockOf } from '../output-clock.ts';
import type { Performance } from '../performance.ts';
import type { HapBatch, SoundingHap } from '../runtime/index.ts';
import { BridgeLink, type BridgeState } from './bridge-link.ts';
import { dirtEvent } from './dirt-event.ts';
import { HeldEvents } from './held-events.ts';
import { SteadyClock } from './steady-clock.ts';

/** How long before its time an event leaves for the bridge (ms): a swap is heard within it. */
export const HORIZON = 250;

/** Events further past their time than this (ms) while the bridge is being reached are let go. */
const STALE = 1000;

/** How often the held events are looked at (ms). */
const TICK = 20;

/** With no `.osc()` hap for this long (ms), the code no longer uses it: the link closes, the readout clears. */
const IDLE = 3000;

/** What the OSC output needs of the app. */
export interface OscParts {
  readonly performance: Pick<Performance, 'onHaps' | 'onEvaluated' | 'outputProblem' | 'withdrawOutputProblem'>;
  readonly audio: Pick<AudioSession, 'ready'>;
  readonly notify: (message: string) => void;
  /** Where its slot goes in the status line: before this element. */
  readonly anchor: HTMLElement;
  /** The batches that arrived while it downloaded, and what stops the listener that kept them. */
  readonly waiting: readonly HapBatch[];
  readonly stop: () => void;
}

/** Starts the OSC output (see the module comment); returns the way to stop it. */
export function startOscOutput(parts: OscParts): () => void {
  const words = oscWords();
  const element = el('span', { class: 'status-slot', 'data-readout': 'osc', role: 'status', 'aria-label': words.readoutName });
  parts.anchor.before(element);
  const held = new HeldEvents<SoundingHap>();
  const steady = new SteadyClock();
  let lastHap = -Infinity;
  let late = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  /** Notices given since the bridge was last connected (or the code evaluated): each once. */
  const told = new Set<string>();

  const show = (): void => {
    const active = timer !== undefined;
    const text = !active ? '' : link.state === 'connected' ? words.connected : link.state === 'absent' ? words.notRunning : words.connecting;
    if (element.textContent !== text) element.textContent = text;
    element.title = active && late > 0 ? words.late(late) : '';
  };

  /** A warning at the `.osc()` call a hap went through; the readout says it already, so no notice. */
  const warnAt = (hap: SoundingHap, message: string): void => parts.performance.outputProblem(hap.id, 'osc', message, false);
  const notifyOnce = (message: string): void => {
    if (told.has(message)) return;
    told.add(message);
    parts.notify(message);
  };

  const link = new BridgeLink({
    state: (state: BridgeState) => {
      // Connected: the warnings that it was not are taken back, and only those.
      if (state === 'connected') {
        parts.performance.withdrawOutputProblem(words.notHeard);
        told.clear();
      }
      show();
    },
    refused: (reason) => notifyOnce(words.refused(reason)),
  });

  /** Sends what is due: the held haps within the horizon of now. */
  const tick = (): void => {
    const context = parts.audio.ready?.context;
    if (context === undefined) return;
    const clock = outputClockOf(context);
    const now = performance.now();
    // Until the first try to reach the bridge ends, what is due waits for it (to leave late,
    // counted), unless it is past its time by more than a stall would explain.
    if (link.state === 'connecting') held.take(clock.toContext(now - STALE));
    const due = link.state === 'connecting' ? [] : held.take(clock.toContext(now + HORIZON));
    const tempo = parts.audio.ready?.runtime.status()?.tempo;
    for (const { item: hap } of due) {
      const at = steady.toPerformance(hap.time, clock.toPerformance(hap.time));
      if (at < now) late++;
      const { event, problems } = dirtEvent(hap, tempo, performance.timeOrigin + at);
      for (const problem of problems) warnAt(hap, words.leftOut(problem));
      if (!link.send(JSON.stringify(event)) && link.state === 'absent') warnAt(hap, words.notHeard);
    }
    if (held.size === 0 && now - lastHap > IDLE) {
      clearInterval(timer);
      timer = undefined;
      link.want(false);
    }
    show();
  };
  const guarded = (run: () => void) => (): void => {
    try {
      run();
    } catch (error) {
      notifyOnce(words.failed(error instanceof Error ? error.message : String(error)));
    }
  };
  const tickSafely = guarded(tick);

  const receive = (batch: HapBatch): void => {
    held.cancel(batch.cancels);
    const haps = batch.haps.filter((hap) => hap.controls['output'] === 'osc');
    if (haps.length === 0) return;
    held.hold(haps.map((hap) => ({ time: hap.time, block: hap.block, item: hap })));
    lastHap = performance.now();
    link.want(true);
    if (timer === undefined) {
      timer = setInterval(tickSafely, TICK);
      show();
    }
  };
  const receiveSafely = (batch: HapBatch): void => guarded(() => receive(batch))();
  // From now on the batches come here; those of the download first.
  const unsubscribe = [parts.performance.onHaps(receiveSafely), parts.performance.onEvaluated(() => told.clear())];
  parts.stop();
  parts.waiting.forEach(receiveSafely);
  return () => {
    for (const stop of unsubscribe) stop();
    clearInterval(timer);
    timer = undefined;
    held.clear();
    link.dispose();
    element.remove();
  };
}
