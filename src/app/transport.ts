/**
 * The transport: play/stop (and, before the first click, the "click to start audio" state; after
 * it, "loading audio" until the audio runs), the tempo as cps and bpm (both editable) and the
 * cycle position, in the top bar; voices, CPU load and the output peak meter, in the status line
 * ({@link Transport.meters}).
 */
import type { AudioState } from './audio-session.ts';
import { el } from './dom.ts';
import { t } from './i18n/index.ts';
import { toDb, type WeftStatus } from './live-status.ts';

/** What the transport shows, read once a frame. */
export interface TransportView {
  readonly audio: AudioState;
  /** Whether the performer has asked for the audio (a click or a key): it is loading, not waiting for one. */
  readonly requested: boolean;
  readonly status: WeftStatus;
  /** The engine's CPU load (1 = one core). */
  readonly cpu: number;
  /** The output's recent peak (linear), for the meter's bar. */
  readonly level: number;
}

/** What the transport's controls do. */
export interface TransportActions {
  readonly togglePlay: () => void;
  readonly setCps: (cps: number) => void;
}

/** Beats per cycle when converting cps to bpm (a cycle is a bar of four beats). */
export const BEATS_PER_CYCLE = 4;

/** The cps of a bpm, with {@link BEATS_PER_CYCLE} beats a cycle. */
export const bpmToCps = (bpm: number): number => bpm / 60 / BEATS_PER_CYCLE;
/** The bpm of a cps, with {@link BEATS_PER_CYCLE} beats a cycle. */
export const cpsToBpm = (cps: number): number => cps * 60 * BEATS_PER_CYCLE;

function field(label: string, input: HTMLElement, title: string): HTMLElement {
  return el('label', { class: 'field', title }, el('span', { class: 'field-label' }, label), input);
}

function readout(name: string, label: string, title: string): [HTMLElement, HTMLElement] {
  const value = el('span', { class: 'readout-value', 'data-readout': name }, '–');
  return [el('span', { class: 'readout', title }, el('span', { class: 'field-label' }, label), value), value];
}

/** The play button's label for `view`. */
export function playLabel(view: Pick<TransportView, 'audio' | 'requested'> & { readonly playing: boolean }): string {
  const words = t().transport;
  if (view.audio === 'failed') return words.audioFailed;
  if (view.audio !== 'running') return view.requested ? words.loadingAudio : words.clickToStart;
  return view.playing ? words.stop : words.play;
}

/** Sets an element's text only when it changed (it is called every frame). */
function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** The transport bar; call {@link Transport.update} once a frame. */
export class Transport {
  /** Play, tempo and cycle, for the top bar. */
  readonly element: HTMLElement;
  /** Voices, CPU and the peak meter, for the status line. */
  readonly meters: HTMLElement;
  private readonly play: HTMLButtonElement;
  private readonly cps: HTMLInputElement;
  private readonly bpm: HTMLInputElement;
  private readonly cycle: HTMLElement;
  private readonly voices: HTMLElement;
  private readonly cpu: HTMLElement;
  private readonly meterBar: HTMLElement;
  private readonly meterText: HTMLElement;

  constructor(actions: TransportActions) {
    const words = t().transport;
    this.play = el('button', { class: 'play', 'data-action': 'play', title: words.playTitle, onclick: () => actions.togglePlay(), onmousedown: (event: Event) => event.preventDefault() });
    const commit = (input: HTMLInputElement, toCps: (n: number) => number) => (): void => {
      const value = Number(input.value);
      if (Number.isFinite(value) && value > 0) actions.setCps(toCps(value));
      input.blur();
    };
    this.cps = el('input', { type: 'number', class: 'tempo', name: 'cps', min: '0.01', max: '20', step: '0.01', 'aria-label': words.cpsName });
    this.bpm = el('input', { type: 'number', class: 'tempo', name: 'bpm', min: '1', max: '999', step: '1', 'aria-label': words.bpmName });
    this.cps.addEventListener('change', commit(this.cps, (n) => n));
    this.bpm.addEventListener('change', commit(this.bpm, bpmToCps));
    for (const input of [this.cps, this.bpm]) {
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') input.dispatchEvent(new Event('change'));
      });
    }
    const [cycle, cycleValue] = readout('cycle', words.cycle, words.cycleTitle);
    const [voices, voicesValue] = readout('voices', words.voices, words.voicesTitle);
    const [cpu, cpuValue] = readout('cpu', words.cpu, words.cpuTitle);
    this.cycle = cycleValue;
    this.voices = voicesValue;
    this.cpu = cpuValue;
    this.meterBar = el('span', { class: 'meter-bar' });
    this.meterText = el('span', { class: 'meter-text', 'data-readout': 'peak' }, '-∞ dB');
    const meter = el('span', { class: 'meter', title: words.meterTitle }, el('span', { class: 'meter-track' }, this.meterBar), this.meterText);
    this.element = el(
      'div',
      { class: 'transport', role: 'toolbar', 'aria-label': words.name },
      this.play,
      field(words.cps, this.cps, words.cpsTitle),
      field(words.bpm, this.bpm, words.bpmTitle(BEATS_PER_CYCLE)),
      cycle,
    );
    this.meters = el('span', { class: 'meters' }, voices, cpu, meter);
  }

  /** Shows `view`. */
  update(view: TransportView): void {
    const { audio, status } = view;
    const started = audio === 'running';
    setText(this.play, playLabel({ audio, requested: view.requested, playing: status.playing }));
    this.play.classList.toggle('waiting', !started && audio !== 'failed' && !view.requested);
    this.play.classList.toggle('loading', !started && audio !== 'failed' && view.requested);
    this.play.classList.toggle('playing', started && status.playing);
    this.element.dataset['audio'] = audio;
    if (document.activeElement !== this.cps) this.cps.value = status.cps.toFixed(3).replace(/\.?0+$/, '');
    if (document.activeElement !== this.bpm) this.bpm.value = String(Math.round(cpsToBpm(status.cps) * 10) / 10);
    setText(this.cycle, status.cycle.toFixed(2));
    setText(this.voices, String(status.voices));
    setText(this.cpu, `${Math.round(view.cpu * 100)}%`);
    const db = toDb(view.level);
    // The bar spans -60 to 0 dBFS.
    const fill = Math.max(0, Math.min(1, (db + 60) / 60));
    this.meterBar.style.width = `${(fill * 100).toFixed(1)}%`;
    this.meterBar.classList.toggle('hot', db > -1.5);
    setText(this.meterText, status.peakDb === -Infinity ? '-∞ dB' : `${status.peakDb.toFixed(1)} dB`);
  }
}
